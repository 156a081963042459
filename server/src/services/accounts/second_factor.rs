//! The second factor (TOTP) of officers. After the right password an officer holds only a
//! pending sign-in (a single-use token, ten minutes, in its own cookie); the session starts when
//! a code from the authenticator, or an unused recovery code, is given.
//!
//! An officer who has not enrolled yet gets a secret at the password step; the pending page
//! shows it as a QR code, and the first correct code both enrols the authenticator and signs in.
//! Enrolment also issues ten recovery codes, shown once. Wrong codes count against the account's
//! sign-in throttle, exactly like wrong passwords.

use super::audit::{self, Entry, Event};
use super::{Accounts, insert_token, now, sessions, spend_token, throttle, tokens, totp};
use crate::db::schema::{accounts, auth_tokens, recovery_codes};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

/// How long a pending sign-in waits for its code.
pub const PENDING_FOR: Duration = Duration::minutes(10);
const PURPOSE: &str = "second_factor";
/// The issuer name authenticator apps show beside the code.
pub const ISSUER: &str = "Cổng DVC Sơn La";

/// Starts a pending sign-in for `account_id` (password already checked); gives an officer who
/// has not enrolled a fresh secret to enrol. Returns the pending token.
pub(super) fn begin(conn: &mut DbConn, account_id: i64, now: NaiveDateTime) -> Result<String, DbError> {
    let (enrolled, secret): (Option<NaiveDateTime>, Option<String>) = accounts::table
        .filter(accounts::id.eq(account_id))
        .select((accounts::totp_enabled_at, accounts::totp_secret))
        .first(conn)?;
    // Keep a secret already handed out, so a QR code scanned on an earlier attempt still works.
    if enrolled.is_none() && secret.is_none() {
        diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
            .set(accounts::totp_secret.eq(totp::new_secret()))
            .execute(conn)?;
    }
    let token = tokens::new_secret();
    insert_token(conn, account_id, PURPOSE, &token, now, PENDING_FOR)?;
    Ok(token)
}

/// What the second-factor page shows for a pending sign-in.
pub struct Pending {
    pub account_id: i64,
    /// For an officer still to enrol: the secret (as text and in the QR code's URI).
    pub enrolment: Option<Enrolment>,
}

pub struct Enrolment {
    pub secret: String,
    pub uri: String,
}

/// A finished sign-in: the session, and the recovery codes when this sign-in enrolled.
pub struct Completed {
    pub session: sessions::Started,
    pub recovery_codes: Option<Vec<String>>,
}

#[derive(Debug, thiserror::Error)]
pub enum SecondFactorError {
    /// No pending sign-in (expired, used, or never started): sign in again.
    #[error("no pending sign-in")]
    NoPending,
    /// Wrong, replayed or throttled code: one answer for all.
    #[error("wrong code")]
    WrongCode,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

fn pending_account(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Option<i64>, DbError> {
    if !tokens::is_well_formed(token) {
        return Ok(None);
    }
    Ok(auth_tokens::table
        .filter(auth_tokens::token_hash.eq(tokens::hash_secret(token)))
        .filter(auth_tokens::purpose.eq(PURPOSE))
        .filter(auth_tokens::used_at.is_null())
        .filter(auth_tokens::expires_at.gt(now))
        .select(auth_tokens::account_id)
        .first(conn)
        .optional()?)
}

impl Accounts {
    /// The pending sign-in behind `token`, if it is still valid.
    pub async fn pending_second_factor(&self, token: String) -> anyhow::Result<Option<Pending>> {
        Ok(self
            .db
            .run(move |conn| {
                let Some(account_id) = pending_account(conn, &token, now())? else { return Ok(None) };
                let (email, secret, enabled): (Option<String>, Option<String>, Option<NaiveDateTime>) = accounts::table
                    .filter(accounts::id.eq(account_id))
                    .select((accounts::email, accounts::totp_secret, accounts::totp_enabled_at))
                    .first(conn)?;
                let enrolment = match (enabled, secret) {
                    (None, Some(secret)) => {
                        let uri = totp::provisioning_uri(&secret, ISSUER, email.as_deref().unwrap_or("officer"));
                        Some(Enrolment { secret, uri })
                    }
                    _ => None,
                };
                Ok::<_, DbError>(Some(Pending { account_id, enrolment }))
            })
            .await?)
    }

    /// Checks `code` (a TOTP code, or a recovery code once enrolled) for the pending sign-in and
    /// starts the officer's session.
    pub async fn complete_second_factor(
        &self,
        token: String,
        code: String,
        ip: String,
        user_agent: Option<String>,
    ) -> Result<Completed, SecondFactorError> {
        let outcome = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let Some(account_id) = pending_account(conn, &token, now)? else {
                        return Ok(Err(SecondFactorError::NoPending));
                    };
                    let key = throttle::account_key(account_id);
                    let blocked = throttle::is_blocked(conn, &key, now)?;
                    let checked = if blocked { None } else { check_code(conn, account_id, &code, now)? };
                    let Some(method) = checked else {
                        let locked = throttle::record_failure(conn, &key, throttle::PER_ACCOUNT, now)?;
                        let detail = if blocked { Some("throttled") } else { Some("second_factor") };
                        let entry = Entry {
                            event: Event::SignInFailed,
                            actor: None,
                            subject: Some(account_id.to_string()),
                            ip: Some(&ip),
                            detail,
                        };
                        audit::record(conn, now, entry)?;
                        if locked {
                            let entry = Entry {
                                event: Event::LockedOut,
                                actor: None,
                                subject: Some(account_id.to_string()),
                                ip: Some(&ip),
                                detail: None,
                            };
                            audit::record(conn, now, entry)?;
                        }
                        return Ok(Err(SecondFactorError::WrongCode));
                    };
                    if !spend_token(conn, &tokens::hash_secret(&token), now)? {
                        return Ok(Err(SecondFactorError::NoPending));
                    }
                    throttle::clear(conn, &key)?;
                    let recovery_codes = if method == Method::Enrolment {
                        let codes = issue_recovery_codes(conn, account_id, now)?;
                        let entry = Entry {
                            event: Event::SecondFactorEnrolled,
                            actor: Some(account_id),
                            subject: None,
                            ip: Some(&ip),
                            detail: None,
                        };
                        audit::record(conn, now, entry)?;
                        Some(codes)
                    } else {
                        None
                    };
                    let session =
                        sessions::start(conn, account_id, sessions::OFFICER, now, Some(&ip), user_agent.as_deref())?;
                    let entry = Entry {
                        event: Event::SignedIn,
                        actor: Some(account_id),
                        subject: None,
                        ip: Some(&ip),
                        detail: Some(method.code()),
                    };
                    audit::record(conn, now, entry)?;
                    Ok::<_, DbError>(Ok(Completed { session, recovery_codes }))
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        outcome
    }

    /// A system admin's answer to a lost authenticator: the officer enrols again at the next
    /// sign-in; old recovery codes and every session end.
    pub async fn reset_second_factor(&self, account_id: i64, by: i64, ip: Option<String>) -> anyhow::Result<()> {
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
                        .set((
                            accounts::totp_secret.eq(None::<String>),
                            accounts::totp_enabled_at.eq(None::<NaiveDateTime>),
                            accounts::totp_last_step.eq(None::<i64>),
                        ))
                        .execute(conn)?;
                    diesel::delete(recovery_codes::table.filter(recovery_codes::account_id.eq(account_id)))
                        .execute(conn)?;
                    sessions::end_all(conn, account_id, now)?;
                    let entry = Entry {
                        event: Event::SecondFactorReset,
                        actor: Some(by),
                        subject: Some(account_id.to_string()),
                        ip: ip.as_deref(),
                        detail: None,
                    };
                    audit::record(conn, now, entry)
                })
            })
            .await?;
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    Totp,
    RecoveryCode,
    Enrolment,
}

impl Method {
    fn code(self) -> &'static str {
        match self {
            Method::Totp => "totp",
            Method::RecoveryCode => "recovery_code",
            Method::Enrolment => "totp_enrolled",
        }
    }
}

/// Which method `code` satisfies, recording its use (the TOTP step, or the recovery code spent).
fn check_code(conn: &mut DbConn, account_id: i64, code: &str, now: NaiveDateTime) -> Result<Option<Method>, DbError> {
    let (secret, enabled, last_step): (Option<String>, Option<NaiveDateTime>, Option<i64>) = accounts::table
        .filter(accounts::id.eq(account_id))
        .select((accounts::totp_secret, accounts::totp_enabled_at, accounts::totp_last_step))
        .first(conn)?;
    let Some(secret) = secret else { return Ok(None) };
    let now_step = totp::step_at(now.and_utc().timestamp());
    if let Some(step) = totp::matching_step(&secret, code, now_step, last_step) {
        // The conditional update makes a code usable once even under concurrent requests.
        let updated = diesel::update(
            accounts::table
                .filter(accounts::id.eq(account_id))
                .filter(accounts::totp_last_step.is_null().or(accounts::totp_last_step.lt(step))),
        )
        .set((accounts::totp_last_step.eq(step), accounts::totp_enabled_at.eq(enabled.unwrap_or(now))))
        .execute(conn)?;
        if updated != 1 {
            return Ok(None);
        }
        return Ok(Some(if enabled.is_some() { Method::Totp } else { Method::Enrolment }));
    }
    if enabled.is_none() {
        return Ok(None);
    }
    let normalized = totp::normalize_recovery_code(code);
    if normalized.len() != 10 {
        return Ok(None);
    }
    let spent = diesel::update(
        recovery_codes::table
            .filter(recovery_codes::code_hash.eq(tokens::hash_secret(&normalized)))
            .filter(recovery_codes::account_id.eq(account_id))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(now))
    .execute(conn)?;
    Ok((spent == 1).then_some(Method::RecoveryCode))
}

/// Replaces the account's recovery codes with ten new ones; returns them (the only time they
/// exist in clear).
fn issue_recovery_codes(conn: &mut DbConn, account_id: i64, now: NaiveDateTime) -> Result<Vec<String>, DbError> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::account_id.eq(account_id))).execute(conn)?;
    let codes = totp::new_recovery_codes();
    for code in &codes {
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::code_hash.eq(tokens::hash_secret(&totp::normalize_recovery_code(code))),
                recovery_codes::account_id.eq(account_id),
                recovery_codes::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(codes)
}

#[async_trait::async_trait]
impl app::services::SecondFactorService for Accounts {
    async fn pending(
        &self,
        token: String,
    ) -> Result<Option<app::pages::accounts::PendingView>, app::services::ServiceError> {
        let pending = self.pending_second_factor(token).await.map_err(crate::services::unexpected)?;
        Ok(pending.map(|p| app::pages::accounts::PendingView {
            enrolment: p.enrolment.map(|e| app::pages::accounts::EnrolmentView {
                qr_svg: totp::qr_svg(&e.uri).unwrap_or_default(),
                secret: e.secret,
            }),
        }))
    }
}
