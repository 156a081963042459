//! The choice a person makes when the national provider vouches for an ID number that a
//! self-registered account holds: anyone can type a number read off an ID card, so holding it
//! proves nothing, and linking on it alone would hand the real person's filings to whoever
//! registered first (account pre-hijacking).
//!
//! - "This is my account": the person proves control of it with its password, and consents to
//!   the link. The account becomes identity-verified under the provider's name; every session of
//!   it ends (one may belong to someone who knew the password) and its address is told.
//! - "It is not mine": a new verified account is created for the person, and the number is
//!   released from the self-registered one, whose address is told why.
//!
//! The provider's answer waits in `federated_links` behind a single-use token (hashed, 10
//! minutes) carried by an HttpOnly cookie of this browser.

use super::super::audit::{self, Entry, Event};
use super::super::notify;
use super::super::{Accounts, OwnedMail, passwords, sessions, throttle, tokens};
use super::{VerifiedIdentity, create_citizen, link_pair, start_session, vouch};
use crate::db::schema::{account_identities, accounts, federated_links};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::identity::Email;
use shared::time::now;

/// How long the choice waits.
pub const CHOICE_FOR: Duration = Duration::minutes(10);

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    /// No such choice, or used, or expired, or the account changed meanwhile: start again.
    #[error("no pending choice")]
    Expired,
    #[error("wrong password")]
    WrongPassword,
    /// Too many wrong passwords for that account: wait this many seconds.
    #[error("throttled")]
    Throttled(i64),
    #[error("consent not given")]
    NoConsent,
    #[error("busy")]
    Busy,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<DbError> for LinkError {
    fn from(e: DbError) -> Self {
        LinkError::Unexpected(e.into())
    }
}

/// What the choice page shows: who the provider vouched for, and the held account as its owner
/// would recognise it (never the address in full).
pub struct LinkView {
    pub provider_name: Option<String>,
    pub masked_email: Option<String>,
}

/// Keeps the provider's answer for the choice; returns the token for the browser's cookie.
pub(super) fn offer(
    conn: &mut DbConn,
    identity: &VerifiedIdentity,
    holder: i64,
    now: NaiveDateTime,
) -> Result<String, DbError> {
    diesel::delete(federated_links::table.filter(federated_links::expires_at.lt(now))).execute(conn)?;
    let token = tokens::new_secret();
    diesel::insert_into(federated_links::table)
        .values((
            federated_links::token_hash.eq(tokens::hash_secret(&token)),
            federated_links::holder_account_id.eq(holder),
            federated_links::issuer.eq(&identity.issuer),
            federated_links::subject.eq(&identity.subject),
            federated_links::id_number.eq(identity.id_number.as_deref().unwrap_or_default()),
            federated_links::full_name.eq(&identity.full_name),
            federated_links::email.eq(&identity.email),
            federated_links::email_verified.eq(identity.email_verified),
            federated_links::birthdate.eq(identity.birthdate),
            federated_links::created_at.eq(now),
            federated_links::expires_at.eq(now + CHOICE_FOR),
        ))
        .execute(conn)?;
    Ok(token)
}

/// A choice still open: the holder, and the identity the provider vouched for.
struct Open {
    holder: i64,
    identity: VerifiedIdentity,
}

type Row = (i64, String, String, String, Option<String>, Option<String>, bool, Option<NaiveDate>);

fn open(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Option<Open>, DbError> {
    if !tokens::is_well_formed(token) {
        return Ok(None);
    }
    let row: Option<Row> = federated_links::table
        .filter(federated_links::token_hash.eq(tokens::hash_secret(token)))
        .filter(federated_links::used_at.is_null())
        .filter(federated_links::expires_at.gt(now))
        .select((
            federated_links::holder_account_id,
            federated_links::issuer,
            federated_links::subject,
            federated_links::id_number,
            federated_links::full_name,
            federated_links::email,
            federated_links::email_verified,
            federated_links::birthdate,
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|(holder, issuer, subject, id_number, full_name, email, email_verified, birthdate)| Open {
        holder,
        identity: VerifiedIdentity {
            issuer,
            subject,
            full_name,
            email,
            email_verified,
            id_number: Some(id_number),
            birthdate,
        },
    }))
}

/// Spends the choice and checks that nothing moved since it was offered: the holder still holds
/// the number on its own word, and the provider's person is linked to nobody. `None` if not.
fn take(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Option<Open>, DbError> {
    let Some(choice) = open(conn, token, now)? else { return Ok(None) };
    let spent = diesel::update(
        federated_links::table
            .filter(federated_links::token_hash.eq(tokens::hash_secret(token)))
            .filter(federated_links::used_at.is_null()),
    )
    .set(federated_links::used_at.eq(now))
    .execute(conn)?;
    let still_held: Option<bool> = accounts::table
        .filter(accounts::id.eq(choice.holder))
        .filter(accounts::citizen_id.eq(choice.identity.id_number.as_deref().unwrap_or_default()))
        .filter(accounts::kind.eq(super::super::KIND_CITIZEN))
        .select(accounts::identity_verified)
        .first(conn)
        .optional()?;
    let linked: i64 = account_identities::table
        .filter(account_identities::issuer.eq(&choice.identity.issuer))
        .filter(account_identities::subject.eq(&choice.identity.subject))
        .count()
        .get_result(conn)?;
    Ok((spent == 1 && still_held == Some(false) && linked == 0).then_some(choice))
}

impl Accounts {
    /// The open choice behind the browser's cookie, for its page.
    pub async fn open_link_choice(&self, token: String) -> anyhow::Result<Option<LinkView>> {
        Ok(self
            .db
            .run(move |conn| {
                let Some(choice) = open(conn, &token, now())? else { return Ok(None) };
                let email: Option<String> =
                    accounts::table.filter(accounts::id.eq(choice.holder)).select(accounts::email).first(conn)?;
                let masked_email = email.as_deref().and_then(|e| Email::parse(e).ok()).map(|e| e.masked());
                Ok::<_, DbError>(Some(LinkView { provider_name: choice.identity.full_name, masked_email }))
            })
            .await?)
    }

    /// "This is my account": links it after checking its password and the person's consent.
    pub async fn link_with_password(
        &self,
        token: String,
        password: String,
        consent: bool,
        ip: String,
        user_agent: Option<String>,
    ) -> Result<sessions::Started, LinkError> {
        if !consent {
            return Err(LinkError::NoConsent);
        }
        let lookup = token.clone();
        let (holder, stored) = self
            .db
            .run(move |conn| {
                let Some(choice) = open(conn, &lookup, now())? else { return Ok(None) };
                let stored: Option<String> = accounts::table
                    .filter(accounts::id.eq(choice.holder))
                    .select(accounts::password_hash)
                    .first(conn)?;
                Ok::<_, DbError>(Some((choice.holder, stored)))
            })
            .await?
            .ok_or(LinkError::Expired)?;
        // The holder's password is guessed here as at sign-in: its throttle, one check at a time.
        let key = throttle::account_key(holder);
        let Some(_turn) = self.gate.enter(&key) else { return Err(LinkError::Throttled(1)) };
        let waiting = self.db.run(move |conn| throttle::wait(conn, &[&key], now())).await?;
        if let Some(wait) = waiting {
            return Err(LinkError::Throttled(wait.num_seconds().max(1)));
        }
        let right = passwords::verify(stored, password).await.map_err(|_| LinkError::Busy)?;
        let base = self.base_url.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    if !right {
                        throttle::record_failure(conn, &throttle::account_key(holder), throttle::PER_ACCOUNT, now)?;
                        let entry = Entry {
                            event: Event::SignInFailed,
                            actor: None,
                            subject: Some(holder.to_string()),
                            ip: Some(&ip),
                            detail: Some("oidc_link"),
                        };
                        audit::record(conn, now, entry)?;
                        return Ok(Err(LinkError::WrongPassword));
                    }
                    let Some(choice) = take(conn, &token, now)? else { return Ok(Err(LinkError::Expired)) };
                    link_pair(conn, &choice.identity, holder, now, &ip, "oidc_password")?;
                    vouch(conn, holder, &choice.identity)?;
                    // Whoever else knew the password is signed out; the owner is told.
                    sessions::end_all(conn, holder, now)?;
                    super::super::devices::forget_all(conn, holder)?;
                    throttle::clear(conn, &throttle::account_key(holder))?;
                    if let Some(to) = email_of(conn, holder)? {
                        notify::enqueue(conn, now, linked_mail(&to, &base).as_mail())?;
                    }
                    Ok(Ok(start_session(conn, holder, now, &ip, user_agent.as_deref())?))
                })
            })
            .await?
    }

    /// "It is not mine": a new verified account; the number leaves the self-registered one.
    pub async fn link_as_new(
        &self,
        token: String,
        ip: String,
        user_agent: Option<String>,
    ) -> Result<sessions::Started, LinkError> {
        let base = self.base_url.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let Some(choice) = take(conn, &token, now)? else { return Ok(Err(LinkError::Expired)) };
                    diesel::update(accounts::table.filter(accounts::id.eq(choice.holder)))
                        .set(accounts::citizen_id.eq(None::<String>))
                        .execute(conn)?;
                    let entry = Entry {
                        event: Event::IdNumberReleased,
                        actor: None,
                        subject: Some(choice.holder.to_string()),
                        ip: Some(&ip),
                        detail: Some("oidc"),
                    };
                    audit::record(conn, now, entry)?;
                    if let Some(to) = email_of(conn, choice.holder)? {
                        notify::enqueue(conn, now, released_mail(&to, &base).as_mail())?;
                    }
                    let account = create_citizen(conn, &choice.identity, now)?;
                    link_pair(conn, &choice.identity, account, now, &ip, "oidc_new")?;
                    Ok(Ok(start_session(conn, account, now, &ip, user_agent.as_deref())?))
                })
            })
            .await?
    }
}

fn email_of(conn: &mut DbConn, account: i64) -> Result<Option<String>, DbError> {
    Ok(accounts::table.filter(accounts::id.eq(account)).select(accounts::email).first::<Option<String>>(conn)?)
}

fn linked_mail(to: &str, base: &url::Url) -> OwnedMail {
    let account = base.join("/tai-khoan").map(|u| u.to_string()).unwrap_or_default();
    OwnedMail::new(to, &app::i18n::mail::LINKED_TO_VNEID, &[("account", &account)])
}

fn released_mail(to: &str, base: &url::Url) -> OwnedMail {
    let account = base.join("/tai-khoan").map(|u| u.to_string()).unwrap_or_default();
    OwnedMail::new(to, &app::i18n::mail::ID_NUMBER_RELEASED, &[("account", &account)])
}
