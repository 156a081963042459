//! Sign-in through the national identity provider (VNeID via the national portal), by OpenID
//! Connect. `oidc.rs` speaks the protocol; this module keeps the sign-ins in flight and links the
//! person the provider vouched for to a citizen account.
//!
//! Linking rule: an (issuer, subject) pair seen before names its account. Otherwise the personal
//! ID number the provider asserts finds an account only if that number was itself proven
//! (`identity_verified`, i.e. vouched for by the national provider before). An account whose
//! holder typed the number at registration proves nothing (anyone can read it off an ID card):
//! the person chooses, on `/dang-nhap/vneid/lien-ket`, between linking it with its password and
//! taking a new account, which releases the number from the self-typed one (`choice.rs`).
//! Otherwise a new citizen account is created. Never by e-mail alone. Every such account is
//! marked identity-verified (Decision 766, indicator 4.5).

mod choice;

pub use choice::{CHOICE_FOR, LinkError, LinkView};

use super::audit::{self, Entry, Event};
use super::oidc::{OidcClient, VerifiedIdentity};
use super::{Accounts, KIND_CITIZEN, sessions, tokens};
use crate::db::schema::{account_identities, accounts, oidc_logins};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::identity::{CitizenId, Email};
use shared::time::now;

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

/// How a national sign-in ended.
pub enum Finished {
    Session(sessions::Started),
    /// The ID number is held by a self-registered account: the person chooses (the token of the
    /// choice, for the browser's cookie).
    ChooseLink(String),
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
    ) -> Result<Finished, FederatedError> {
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
        self.complete_federated(identity, ip, user_agent).await
    }

    /// Writes a refused national sign-in to the audit log (a forged or replayed callback, a
    /// provider's refusal), with why, as a short code.
    pub async fn record_federated_refusal(&self, why: &'static str, ip: String) {
        let recorded = self
            .db
            .run(move |conn| {
                let entry = Entry {
                    event: Event::FederatedRefused,
                    actor: None,
                    subject: None,
                    ip: Some(&ip),
                    detail: Some(why),
                };
                audit::record(conn, now(), entry)
            })
            .await;
        if let Err(e) = recorded {
            tracing::warn!(error = %e, "cannot audit a refused national sign-in");
        }
    }

    /// After the provider vouched for `identity`: the session of its account, or the choice to
    /// make when a self-registered account holds its ID number.
    pub async fn complete_federated(
        &self,
        identity: VerifiedIdentity,
        ip: String,
        user_agent: Option<String>,
    ) -> Result<Finished, FederatedError> {
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let account_id = match resolve(conn, &identity, &ip)? {
                        Resolved::Account(id) => id,
                        Resolved::New => {
                            let id = create_citizen(conn, &identity, now)?;
                            link_pair(conn, &identity, id, now, &ip, "oidc_new")?;
                            id
                        }
                        Resolved::HeldBySelfRegistered(holder) => {
                            let token = choice::offer(conn, &identity, holder, now)?;
                            return Ok(Ok(Finished::ChooseLink(token)));
                        }
                        Resolved::Officer(id) => {
                            let entry = Entry {
                                event: Event::FederatedRefused,
                                actor: None,
                                subject: Some(id.to_string()),
                                ip: Some(&ip),
                                detail: Some("officer_account"),
                            };
                            audit::record(conn, now, entry)?;
                            return Ok(Err(FederatedError::NotCitizen));
                        }
                    };
                    vouch(conn, account_id, &identity)?;
                    let session = start_session(conn, account_id, now, &ip, user_agent.as_deref())?;
                    Ok::<_, DbError>(Ok(Finished::Session(session)))
                })
            })
            .await
            .map_err(anyhow::Error::from)?
    }
}

/// Starts a citizen's session after a national sign-in, with its audit line.
fn start_session(
    conn: &mut DbConn,
    account_id: i64,
    now: NaiveDateTime,
    ip: &str,
    user_agent: Option<&str>,
) -> Result<sessions::Started, DbError> {
    let session = sessions::start(conn, account_id, sessions::CITIZEN, now, Some(ip), user_agent)?;
    let entry =
        Entry { event: Event::SignedIn, actor: Some(account_id), subject: None, ip: Some(ip), detail: Some("oidc") };
    audit::record(conn, now, entry)?;
    Ok(session)
}

/// Where a verified identity leads.
enum Resolved {
    /// Linked before, or holding the same number that the provider vouched for before.
    Account(i64),
    /// Nobody holds it: a new account.
    New,
    /// An account holds the number on its own word only: the person must choose.
    HeldBySelfRegistered(i64),
    /// An officer account: officers never sign in this way.
    Officer(i64),
}

fn resolve(conn: &mut DbConn, identity: &VerifiedIdentity, ip: &str) -> Result<Resolved, DbError> {
    let linked: Option<i64> = account_identities::table
        .filter(account_identities::issuer.eq(&identity.issuer))
        .filter(account_identities::subject.eq(&identity.subject))
        .select(account_identities::account_id)
        .first(conn)
        .optional()?;
    let found = match linked {
        Some(id) => Some((id, true)),
        None => match identity.id_number.as_deref().and_then(|n| CitizenId::parse(n).ok()) {
            Some(n) => accounts::table
                .filter(accounts::citizen_id.eq(n.as_str()))
                .select((accounts::id, accounts::identity_verified))
                .first::<(i64, bool)>(conn)
                .optional()?,
            None => None,
        },
    };
    let Some((id, proven)) = found else { return Ok(Resolved::New) };
    let kind: String = accounts::table.filter(accounts::id.eq(id)).select(accounts::kind).first(conn)?;
    Ok(match (kind == KIND_CITIZEN, linked.is_some() || proven) {
        (false, _) => Resolved::Officer(id),
        (true, true) => {
            if linked.is_none() {
                link_pair(conn, identity, id, now(), ip, "oidc_same_number")?;
            }
            Resolved::Account(id)
        }
        (true, false) => Resolved::HeldBySelfRegistered(id),
    })
}

/// Records that (issuer, subject) is this account, with its audit line.
fn link_pair(
    conn: &mut DbConn,
    identity: &VerifiedIdentity,
    account_id: i64,
    now: NaiveDateTime,
    ip: &str,
    how: &str,
) -> Result<(), DbError> {
    diesel::insert_into(account_identities::table)
        .values((
            account_identities::issuer.eq(&identity.issuer),
            account_identities::subject.eq(&identity.subject),
            account_identities::account_id.eq(account_id),
            account_identities::linked_at.eq(now),
        ))
        .execute(conn)?;
    let entry =
        Entry { event: Event::IdentityLinked, actor: Some(account_id), subject: None, ip: Some(ip), detail: Some(how) };
    audit::record(conn, now, entry)
}

/// The provider vouched for the person behind this account: indicator 4.5 counts them as
/// identity-verified, under the name and birth date the provider gave.
fn vouch(conn: &mut DbConn, account_id: i64, identity: &VerifiedIdentity) -> Result<(), DbError> {
    diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
        .set(accounts::identity_verified.eq(true))
        .execute(conn)?;
    if let Some(name) = identity.full_name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
            .set(accounts::full_name.eq(shared::text::nfc(name)))
            .execute(conn)?;
    }
    if let Some(born) = identity.birthdate {
        diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
            .set(accounts::date_of_birth.eq(born))
            .execute(conn)?;
    }
    Ok(())
}

/// A new identity-verified citizen account for the person the provider vouched for.
fn create_citizen(conn: &mut DbConn, identity: &VerifiedIdentity, now: NaiveDateTime) -> Result<i64, DbError> {
    let id_number = identity.id_number.as_deref().and_then(|n| CitizenId::parse(n).ok());
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
