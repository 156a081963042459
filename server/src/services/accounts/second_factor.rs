//! The second factor (TOTP) of officers. After the right password an officer holds only a
//! pending sign-in (a single-use token, ten minutes, in its own cookie); the session starts when
//! a code from the authenticator, or an unused recovery code, is given.
//!
//! An officer who has not enrolled yet gets a secret at the password step; the pending page
//! shows it as a QR code, and the first correct code both enrols the authenticator and signs in.
//! Enrolment also issues ten recovery codes, shown once. Wrong codes count against the account's
//! sign-in throttle, exactly like wrong passwords.

use super::audit::{self, Entry, Event};
use super::server_key::ServerKey;
use super::{Accounts, OwnedMail, Who, insert_token, sessions, spend_token, throttle, tokens, totp};
use crate::db::schema::{accounts, auth_tokens, recovery_codes};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::time::now;

/// How long a pending sign-in waits for its code.
pub const PENDING_FOR: Duration = Duration::minutes(10);
const PURPOSE: &str = "second_factor";
/// The mailed link that allows enrolling again after an administrator's reset.
const PURPOSE_ENROL: &str = "enrol_second_factor";
/// How long that link stays valid.
pub const ENROL_LINK_FOR: Duration = Duration::hours(72);
/// The issuer name authenticator apps show beside the code.
pub const ISSUER: &str = "Cổng DVC Sơn La";

/// Starts a pending sign-in for `account_id` (password already checked); gives an officer who
/// may enrol a fresh secret. Returns the pending token.
///
/// At the first enrolment the password is enough (it was set through a mailed single-use link).
/// After an administrator reset the second factor, it is not: the officer must also hold the
/// re-enrolment link mailed to them (`enrolment`), so a phished password alone cannot re-enrol.
pub(super) fn begin(
    conn: &mut DbConn,
    key: &ServerKey,
    account_id: i64,
    enrolment: Option<&str>,
    now: NaiveDateTime,
) -> Result<String, DbError> {
    let (enrolled, secret, reset): (Option<NaiveDateTime>, Option<String>, Option<NaiveDateTime>) = accounts::table
        .filter(accounts::id.eq(account_id))
        .select((accounts::totp_enabled_at, accounts::totp_secret, accounts::second_factor_reset_at))
        .first(conn)?;
    let may_enrol = reset.is_none() || enrolment_link_valid(conn, account_id, enrolment, now)?;
    // Keep a secret already handed out, so a QR code scanned on an earlier attempt still works.
    if enrolled.is_none() && secret.is_none() && may_enrol {
        diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
            .set(accounts::totp_secret.eq(key.seal_for(account_id, &totp::new_secret())))
            .execute(conn)?;
    }
    let token = tokens::new_secret();
    insert_token(conn, account_id, PURPOSE, &token, now, PENDING_FOR)?;
    Ok(token)
}

/// Whether `token` is the account's unused re-enrolment link.
fn enrolment_link_valid(
    conn: &mut DbConn,
    account_id: i64,
    token: Option<&str>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let Some(token) = token.filter(|t| tokens::is_well_formed(t)) else { return Ok(false) };
    let found: i64 = auth_tokens::table
        .filter(auth_tokens::token_hash.eq(tokens::hash_secret(token)))
        .filter(auth_tokens::account_id.eq(account_id))
        .filter(auth_tokens::purpose.eq(PURPOSE_ENROL))
        .filter(auth_tokens::used_at.is_null())
        .filter(auth_tokens::expires_at.gt(now))
        .count()
        .get_result(conn)?;
    Ok(found == 1)
}

/// What the second-factor page shows for a pending sign-in.
pub struct Pending {
    pub account_id: i64,
    /// For an officer still to enrol: the secret (as text and in the QR code's URI).
    pub enrolment: Option<Enrolment>,
    /// The second factor was reset and this browser does not hold the mailed re-enrolment link.
    pub needs_link: bool,
}

pub struct Enrolment {
    pub secret: String,
    pub uri: String,
}

/// A finished sign-in: the session, and the recovery codes when this sign-in enrolled.
pub struct Completed {
    pub session: sessions::Started,
    pub recovery_codes: Option<Vec<String>>,
    /// A device cookie's token to set, when this browser was not known yet.
    pub device: Option<String>,
}

/// A code typed at the second step, with the browser's cookies.
pub struct CodeAttempt {
    /// The pending sign-in's token.
    pub pending: String,
    pub code: String,
    pub ip: String,
    pub user_agent: Option<String>,
    pub device: Option<String>,
    /// The re-enrolment link's token, after an administrator reset the second factor.
    pub enrolment: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SecondFactorError {
    /// No pending sign-in (expired, used, or never started): sign in again.
    #[error("no pending sign-in")]
    NoPending,
    /// Wrong or replayed code: one answer for both.
    #[error("wrong code")]
    WrongCode,
    /// Too many wrong codes: try again after this many seconds.
    #[error("throttled")]
    Throttled(i64),
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
    /// The pending sign-in behind `token`, if it is still valid. After an administrator reset
    /// the officer's second factor, the secret to enrol is shown only to a browser that also
    /// holds the mailed re-enrolment link (`enrolment`): a pending sign-in made with a phished
    /// password alone never sees it, even while the officer is enrolling elsewhere.
    pub async fn pending_second_factor(
        &self,
        token: String,
        enrolment: Option<String>,
    ) -> anyhow::Result<Option<Pending>> {
        let key = self.key.clone();
        Ok(self
            .db
            .run(move |conn| {
                let now = now();
                let Some(account_id) = pending_account(conn, &token, now)? else { return Ok(None) };
                type Row = (Option<String>, Option<String>, Option<NaiveDateTime>, Option<NaiveDateTime>);
                let (email, secret, enabled, reset): Row = accounts::table
                    .filter(accounts::id.eq(account_id))
                    .select((
                        accounts::email,
                        accounts::totp_secret,
                        accounts::totp_enabled_at,
                        accounts::second_factor_reset_at,
                    ))
                    .first(conn)?;
                let may_enrol = reset.is_none() || enrolment_link_valid(conn, account_id, enrolment.as_deref(), now)?;
                let needs_link = enabled.is_none() && !may_enrol;
                let enrolment = match (enabled, secret.and_then(|s| key.open_for(account_id, &s))) {
                    (None, Some(secret)) if may_enrol => {
                        let uri = totp::provisioning_uri(&secret, ISSUER, email.as_deref().unwrap_or("officer"));
                        Some(Enrolment { secret, uri })
                    }
                    _ => None,
                };
                Ok::<_, DbError>(Some(Pending { account_id, enrolment, needs_link }))
            })
            .await?)
    }

    /// Checks `code` (a TOTP code, or a recovery code once enrolled) for the pending sign-in and
    /// starts the officer's session. `device` and `enrolment` are the browser's device cookie
    /// and re-enrolment cookie, if any.
    pub async fn complete_second_factor(&self, step: CodeAttempt) -> Result<Completed, SecondFactorError> {
        let CodeAttempt { pending: token, code, ip, user_agent, device, enrolment } = step;
        let key = self.key.clone();
        // Codes for one account are checked one at a time (a burst would all pass the wait).
        let lookup = token.clone();
        let Some(account) =
            self.db.run(move |conn| pending_account(conn, &lookup, now())).await.map_err(anyhow::Error::from)?
        else {
            return Err(SecondFactorError::NoPending);
        };
        let Some(_turn) = self.gate.enter(&format!("second-factor:{account}")) else {
            return Err(SecondFactorError::Throttled(1));
        };
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let Some(account_id) = pending_account(conn, &token, now)? else {
                        return Ok(Err(SecondFactorError::NoPending));
                    };
                    let who = match super::devices::recognise(conn, device.as_deref(), account_id, now)? {
                        Some(hash) => Who::Device(throttle::device_key(&hash)),
                        None => Who::Account(throttle::account_key(account_id)),
                    };
                    let ip_key = throttle::address_key(&ip);
                    if let Some(wait) = throttle::wait(conn, &who.keys(&ip_key), now)? {
                        return Ok(Err(SecondFactorError::Throttled(wait.num_seconds().max(1))));
                    }
                    let Some(method) = check_code(conn, &key, account_id, &code, enrolment.as_deref(), now)? else {
                        who.record_failure(conn, &ip_key, now)?;
                        let entry = Entry {
                            event: Event::SignInFailed,
                            actor: None,
                            subject: Some(account_id.to_string()),
                            ip: Some(&ip),
                            detail: Some("second_factor"),
                        };
                        audit::record(conn, now, entry)?;
                        return Ok(Err(SecondFactorError::WrongCode));
                    };
                    if !spend_token(conn, &tokens::hash_secret(&token), now)? {
                        return Ok(Err(SecondFactorError::NoPending));
                    }
                    throttle::clear(conn, who.key())?;
                    let recovery_codes = if method == Method::Enrolment {
                        let codes = issue_recovery_codes(conn, &key, account_id, now)?;
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
                    let device = match who {
                        Who::Device(_) => None,
                        Who::Account(_) => Some(super::devices::remember(conn, account_id, now)?),
                    };
                    let entry = Entry {
                        event: Event::SignedIn,
                        actor: Some(account_id),
                        subject: None,
                        ip: Some(&ip),
                        detail: Some(method.code()),
                    };
                    audit::record(conn, now, entry)?;
                    Ok::<_, DbError>(Ok(Completed { session, recovery_codes, device }))
                })
            })
            .await
            .map_err(anyhow::Error::from)?
    }

    /// An administrator's answer to a lost authenticator: old secret, recovery codes and every
    /// session end, and the officer is mailed a single-use link without which they cannot enrol
    /// again (their password alone is not enough).
    pub async fn reset_second_factor(&self, account_id: i64, by: i64, ip: Option<String>) -> anyhow::Result<()> {
        let base = self.base_url.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
                        .set((
                            accounts::totp_secret.eq(None::<String>),
                            accounts::totp_enabled_at.eq(None::<NaiveDateTime>),
                            accounts::totp_last_step.eq(None::<i64>),
                            accounts::second_factor_reset_at.eq(Some(now)),
                        ))
                        .execute(conn)?;
                    diesel::delete(recovery_codes::table.filter(recovery_codes::account_id.eq(account_id)))
                        .execute(conn)?;
                    sessions::end_all(conn, account_id, now)?;
                    super::devices::forget_all(conn, account_id)?;
                    super::spend_all(conn, account_id, PURPOSE_ENROL, now)?;
                    let token = tokens::new_secret();
                    insert_token(conn, account_id, PURPOSE_ENROL, &token, now, ENROL_LINK_FOR)?;
                    let (email, name): (Option<String>, String) = accounts::table
                        .filter(accounts::id.eq(account_id))
                        .select((accounts::email, accounts::full_name))
                        .first(conn)?;
                    if let Some(email) = email {
                        let link = base
                            .join(&format!("/dang-nhap/cai-lai-xac-thuc?ma={token}"))
                            .map(|u| u.to_string())
                            .unwrap_or_default();
                        super::notify::enqueue_with_link(conn, now, reset_mail(&email, &name, &link).as_mail())?;
                    }
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

    /// Whether the re-enrolment link's `token` is still valid (the link's landing sets it as a
    /// cookie only then).
    pub async fn enrolment_link_open(&self, token: String) -> anyhow::Result<bool> {
        Ok(self
            .db
            .run(move |conn| {
                if !tokens::is_well_formed(&token) {
                    return Ok(false);
                }
                let found: i64 = auth_tokens::table
                    .filter(auth_tokens::token_hash.eq(tokens::hash_secret(&token)))
                    .filter(auth_tokens::purpose.eq(PURPOSE_ENROL))
                    .filter(auth_tokens::used_at.is_null())
                    .filter(auth_tokens::expires_at.gt(now()))
                    .count()
                    .get_result(conn)?;
                Ok::<_, DbError>(found == 1)
            })
            .await?)
    }
}

fn reset_mail(to: &str, name: &str, link: &str) -> OwnedMail {
    OwnedMail::new(to, &app::i18n::mail::SECOND_FACTOR_RESET, &[("name", name), ("link", link)])
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
/// Enrolling after a reset also spends the re-enrolment link (`enrolment`), which it requires.
fn check_code(
    conn: &mut DbConn,
    key: &ServerKey,
    account_id: i64,
    code: &str,
    enrolment: Option<&str>,
    now: NaiveDateTime,
) -> Result<Option<Method>, DbError> {
    type Row = (Option<String>, Option<NaiveDateTime>, Option<i64>, Option<NaiveDateTime>);
    let (secret, enabled, last_step, reset): Row = accounts::table
        .filter(accounts::id.eq(account_id))
        .select((
            accounts::totp_secret,
            accounts::totp_enabled_at,
            accounts::totp_last_step,
            accounts::second_factor_reset_at,
        ))
        .first(conn)?;
    let Some(stored) = secret else { return Ok(None) };
    let Some(secret) = key.open_for(account_id, &stored) else {
        tracing::error!(account = account_id, "a second-factor secret does not open under the server key");
        return Ok(None);
    };
    if !ServerKey::is_sealed(&stored) {
        diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
            .set(accounts::totp_secret.eq(key.seal_for(account_id, &secret)))
            .execute(conn)?;
    }
    let relinking = enabled.is_none() && reset.is_some();
    if relinking && !enrolment_link_valid(conn, account_id, enrolment, now)? {
        return Ok(None);
    }
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
        if relinking {
            // Checked valid above, in this transaction.
            spend_token(conn, &tokens::hash_secret(enrolment.unwrap_or_default()), now)?;
            diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
                .set(accounts::second_factor_reset_at.eq(None::<NaiveDateTime>))
                .execute(conn)?;
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
            .filter(recovery_codes::code_hash.eq(key.mark(&normalized)))
            .filter(recovery_codes::account_id.eq(account_id))
            .filter(recovery_codes::used_at.is_null()),
    )
    .set(recovery_codes::used_at.eq(now))
    .execute(conn)?;
    Ok((spent == 1).then_some(Method::RecoveryCode))
}

/// Replaces the account's recovery codes with ten new ones; returns them (the only time they
/// exist in clear).
fn issue_recovery_codes(
    conn: &mut DbConn,
    key: &ServerKey,
    account_id: i64,
    now: NaiveDateTime,
) -> Result<Vec<String>, DbError> {
    diesel::delete(recovery_codes::table.filter(recovery_codes::account_id.eq(account_id))).execute(conn)?;
    let codes = totp::new_recovery_codes();
    for code in &codes {
        diesel::insert_into(recovery_codes::table)
            .values((
                recovery_codes::code_hash.eq(key.mark(&totp::normalize_recovery_code(code))),
                recovery_codes::account_id.eq(account_id),
                recovery_codes::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(codes)
}

#[async_trait::async_trait]
impl app::api::accounts::SignInStepsService for Accounts {
    async fn link_choice(
        &self,
        token: String,
    ) -> Result<Option<app::api::accounts::LinkChoiceView>, app::api::ServiceError> {
        let choice = self.open_link_choice(token).await.map_err(crate::services::unexpected)?;
        Ok(choice.map(|c| app::api::accounts::LinkChoiceView {
            provider_name: c.provider_name,
            masked_email: c.masked_email,
        }))
    }

    async fn pending(
        &self,
        token: String,
        enrolment: Option<String>,
    ) -> Result<Option<app::api::accounts::PendingView>, app::api::ServiceError> {
        let pending = self.pending_second_factor(token, enrolment).await.map_err(crate::services::unexpected)?;
        Ok(pending.map(|p| app::api::accounts::PendingView {
            needs_link: p.needs_link,
            enrolment: p.enrolment.map(|e| app::api::accounts::EnrolmentView {
                qr_svg: totp::qr_svg(&e.uri).unwrap_or_default(),
                secret: e.secret,
            }),
        }))
    }
}
