//! Sign-in through the national identity provider (VNeID via the national portal), by OpenID
//! Connect. `oidc.rs` speaks the protocol; this module keeps the sign-ins in flight and links the
//! person the provider vouched for to a citizen account.
//!
//! Linking rule: an (issuer, subject) pair seen before names its account. Otherwise the personal
//! ID number the provider asserts finds an existing citizen account; otherwise a new citizen
//! account is created. Never by e-mail alone: an address is not proof of identity, an ID number
//! asserted by the national provider is. Every such account is marked identity-verified
//! (Decision 766, indicator 4.5).

use super::audit::{self, Entry, Event};
use super::oidc::{OidcClient, VerifiedIdentity};
use super::{Accounts, KIND_CITIZEN, now, sessions, tokens};
use crate::db::schema::{account_identities, accounts, oidc_logins};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::identity::{CitizenId, Email};

/// How long a sign-in may stay at the provider.
pub const LOGIN_FOR: Duration = Duration::minutes(10);

#[derive(Debug, thiserror::Error)]
pub enum FederatedError {
    /// Unknown, used or expired state, or not this browser's: start again.
    #[error("invalid or expired sign-in state")]
    InvalidState,
    /// The provider refused, or its answer did not verify.
    #[error("identity provider: {0:#}")]
    Provider(anyhow::Error),
    /// The provider's person is tied to an officer account, which may not sign in this way.
    #[error("not a citizen account")]
    NotCitizen,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

/// Where to send the browser, and the state to remember in its cookie.
pub struct Redirect {
    pub url: url::Url,
    pub state: String,
}

impl Accounts {
    /// Starts a sign-in at the provider.
    pub async fn begin_federated(&self, client: &OidcClient) -> anyhow::Result<Redirect> {
        let begun = client.begin().await?;
        let (state, verifier, nonce) = (begun.state.clone(), begun.pkce_verifier, begun.nonce);
        self.db
            .run(move |conn| {
                let now = now();
                // Forget abandoned sign-ins as new ones start; the table stays small.
                diesel::delete(oidc_logins::table.filter(oidc_logins::expires_at.lt(now))).execute(conn)?;
                diesel::insert_into(oidc_logins::table)
                    .values((
                        oidc_logins::state_hash.eq(tokens::hash_secret(&state)),
                        oidc_logins::pkce_verifier.eq(verifier),
                        oidc_logins::nonce.eq(nonce),
                        oidc_logins::created_at.eq(now),
                        oidc_logins::expires_at.eq(now + LOGIN_FOR),
                    ))
                    .execute(conn)?;
                Ok::<_, DbError>(())
            })
            .await?;
        Ok(Redirect { url: begun.authorize_url, state: begun.state })
    }

    /// Finishes a sign-in: spends the state, redeems the code, links the account, starts a session.
    pub async fn finish_federated(
        &self,
        client: &OidcClient,
        state: String,
        code: String,
        ip: String,
        user_agent: Option<String>,
    ) -> Result<sessions::Started, FederatedError> {
        let hash = tokens::hash_secret(&state);
        let flight = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let row: Option<(String, String)> = oidc_logins::table
                        .filter(oidc_logins::state_hash.eq(&hash))
                        .filter(oidc_logins::used_at.is_null())
                        .filter(oidc_logins::expires_at.gt(now))
                        .select((oidc_logins::pkce_verifier, oidc_logins::nonce))
                        .first(conn)
                        .optional()?;
                    let spent = diesel::update(
                        oidc_logins::table
                            .filter(oidc_logins::state_hash.eq(&hash))
                            .filter(oidc_logins::used_at.is_null()),
                    )
                    .set(oidc_logins::used_at.eq(now))
                    .execute(conn)?;
                    Ok::<_, DbError>(row.filter(|_| spent == 1))
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        let Some((verifier, nonce)) = flight else { return Err(FederatedError::InvalidState) };
        let identity = client.finish(code, verifier, nonce).await.map_err(FederatedError::Provider)?;
        let outcome = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let Some(account_id) = link(conn, &identity, now, &ip)? else {
                        return Ok(Err(FederatedError::NotCitizen));
                    };
                    let session =
                        sessions::start(conn, account_id, sessions::CITIZEN, now, Some(&ip), user_agent.as_deref())?;
                    let entry = Entry {
                        event: Event::SignedIn,
                        actor: Some(account_id),
                        subject: None,
                        ip: Some(&ip),
                        detail: Some("oidc"),
                    };
                    audit::record(conn, now, entry)?;
                    Ok::<_, DbError>(Ok(session))
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        outcome
    }
}

/// The citizen account for this identity (linking or creating it); `None` if it belongs to an
/// officer account.
fn link(conn: &mut DbConn, identity: &VerifiedIdentity, now: NaiveDateTime, ip: &str) -> Result<Option<i64>, DbError> {
    let linked: Option<i64> = account_identities::table
        .filter(account_identities::issuer.eq(&identity.issuer))
        .filter(account_identities::subject.eq(&identity.subject))
        .select(account_identities::account_id)
        .first(conn)
        .optional()?;
    let id_number = identity.id_number.as_deref().and_then(|n| CitizenId::parse(n).ok());
    let account_id = match linked {
        Some(id) => id,
        None => {
            let by_id_number: Option<i64> = match &id_number {
                Some(n) => accounts::table
                    .filter(accounts::citizen_id.eq(n.as_str()))
                    .select(accounts::id)
                    .first(conn)
                    .optional()?,
                None => None,
            };
            let id = match by_id_number {
                Some(id) => id,
                None => create_citizen(conn, identity, id_number.as_ref(), now)?,
            };
            diesel::insert_into(account_identities::table)
                .values((
                    account_identities::issuer.eq(&identity.issuer),
                    account_identities::subject.eq(&identity.subject),
                    account_identities::account_id.eq(id),
                    account_identities::linked_at.eq(now),
                ))
                .execute(conn)?;
            let entry = Entry {
                event: Event::IdentityLinked,
                actor: Some(id),
                subject: None,
                ip: Some(ip),
                detail: Some("oidc"),
            };
            audit::record(conn, now, entry)?;
            id
        }
    };
    let kind: String = accounts::table.filter(accounts::id.eq(account_id)).select(accounts::kind).first(conn)?;
    if kind != KIND_CITIZEN {
        return Ok(None);
    }
    // The provider vouched for this person: indicator 4.5 counts them as identity-verified.
    diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
        .set(accounts::identity_verified.eq(true))
        .execute(conn)?;
    if let Some(name) = identity.full_name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
            .set(accounts::full_name.eq(shared::text::nfc(name)))
            .execute(conn)?;
    }
    Ok(Some(account_id))
}

fn create_citizen(
    conn: &mut DbConn,
    identity: &VerifiedIdentity,
    id_number: Option<&CitizenId>,
    now: NaiveDateTime,
) -> Result<i64, DbError> {
    // The address is kept only if the provider verified it and nobody else uses it.
    let email = identity.email.as_deref().filter(|_| identity.email_verified).and_then(|e| Email::parse(e).ok());
    let email = match email {
        Some(e) => {
            let taken: Option<i64> =
                accounts::table.filter(accounts::email.eq(e.as_str())).select(accounts::id).first(conn).optional()?;
            taken.is_none().then_some(e)
        }
        None => None,
    };
    let name = identity.full_name.clone().unwrap_or_else(|| "Công dân".to_owned());
    diesel::insert_into(accounts::table)
        .values((
            accounts::kind.eq(KIND_CITIZEN),
            accounts::email.eq(email.as_ref().map(|e| e.as_str().to_owned())),
            accounts::email_verified_at.eq(email.as_ref().map(|_| now)),
            accounts::citizen_id.eq(id_number.map(|n| n.as_str().to_owned())),
            accounts::full_name.eq(shared::text::nfc(&name)),
            accounts::date_of_birth.eq(identity.birthdate),
            accounts::identity_verified.eq(true),
            accounts::created_at.eq(now),
        ))
        .returning(accounts::id)
        .get_result(conn)
        .map_err(Into::into)
}
