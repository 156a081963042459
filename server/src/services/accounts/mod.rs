//! Citizen accounts: registration with e-mail verification, sign-in with throttling, sessions.
//!
//! Messages never reveal whether an account exists: registering an address that is already
//! taken answers exactly like a new registration (and mails the owner instead), and every failed
//! sign-in (unknown account, wrong password, locked) gets the same answer after the same work.

pub mod devices;
pub mod federated;
pub mod officers;
pub mod oidc;
pub mod passwords;
pub mod second_factor;
pub mod server_key;
pub mod sessions;
pub mod throttle;
pub mod tokens;
pub mod totp;

use super::audit::{self, Entry, Event};
use super::notify::{self, Mail};
use super::rate_limit::RateLimiter;
use crate::db::schema::{accounts, auth_tokens};
use crate::db::{Db, DbConn, DbError};
use app::i18n::mail;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use shared::identity::{CitizenId, Email, ValidRegistration};
use shared::time::now;

/// How long an e-mail verification link stays valid.
pub const VERIFY_EMAIL_FOR: Duration = Duration::hours(24);
/// How long a password-reset link stays valid.
pub const RESET_PASSWORD_FOR: Duration = Duration::minutes(30);
const PURPOSE_VERIFY_EMAIL: &str = "verify_email";
const PURPOSE_RESET_PASSWORD: &str = "reset_password";

/// `accounts.kind` of a person (citizen, member of businesses).
pub const KIND_CITIZEN: &str = "citizen";
/// `accounts.kind` of an officer (no self-registration; a second factor at every sign-in).
pub const KIND_OFFICER: &str = "officer";

/// The session lifetime for an account kind.
pub fn lifetime_for(kind: &str) -> sessions::Lifetime {
    if kind == KIND_OFFICER { sessions::OFFICER } else { sessions::CITIZEN }
}

#[derive(Debug, thiserror::Error)]
pub enum ChangeError {
    #[error("the current password is wrong")]
    WrongCurrent,
    /// Too many wrong current passwords: try again after this many seconds.
    #[error("throttled")]
    Throttled(i64),
    #[error("busy")]
    Busy,
    #[error("password refused")]
    Weak(Vec<shared::identity::PasswordProblem>),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum ResetError {
    #[error("invalid, used or expired link")]
    InvalidLink,
    #[error("password refused")]
    Weak(Vec<shared::identity::PasswordProblem>),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Clone)]
pub struct Accounts {
    db: Db,
    base_url: url::Url,
    key: std::sync::Arc<server_key::ServerKey>,
    limits: std::sync::Arc<Limits>,
    /// One password or code check per throttle key at a time (`throttle::Gate`).
    gate: std::sync::Arc<throttle::Gate>,
}

/// Requests that cost a password hash or send a mail, counted per client address (and, for a
/// reset, per address mailed), so nobody can burn the server's CPU or bomb a mailbox with them.
struct Limits {
    registrations: RateLimiter,
    registration_mails: RateLimiter,
    resets_by_client: RateLimiter,
    resets_by_mailbox: RateLimiter,
}

/// Registrations per client address an hour.
pub const REGISTRATIONS_PER_HOUR: u32 = 10;
/// Reset requests per client address an hour.
pub const RESETS_PER_HOUR: u32 = 10;
/// Reset mails to one address an hour (more are silently not sent).
pub const RESET_MAILS_PER_HOUR: u32 = 3;

/// A request refused because its client asked too often (try again later).
#[derive(Debug, thiserror::Error)]
pub enum Limited {
    #[error("too many requests from this client")]
    TooMany,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// Unknown account or wrong password: one answer for both.
    #[error("wrong credentials")]
    Rejected,
    /// Too many failures: try again after this many seconds (the same for unknown identifiers).
    #[error("throttled")]
    Throttled(i64),
    /// The password checks are saturated: try again (nothing was counted).
    #[error("busy")]
    Busy,
    /// The password was right but the address is not verified yet.
    #[error("e-mail not verified")]
    EmailNotVerified,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

/// A right password: either a session, or (officers) a pending second factor.
pub enum SignedIn {
    /// With the token of a device cookie to set, when this browser was not known yet.
    Session { session: sessions::Started, device: Option<String> },
    /// The token of the pending sign-in, for the second-factor page (its cookie).
    SecondFactor(String),
}

/// One sign-in attempt as the form posted it.
pub struct SignInAttempt {
    pub identifier: String,
    pub password: String,
    pub ip: String,
    pub user_agent: Option<String>,
    /// The browser's device cookie, if any.
    pub device: Option<String>,
    /// The browser's re-enrolment cookie (an officer whose second factor was reset), if any.
    pub enrolment: Option<String>,
}

/// Whose failures an attempt counts against (besides its address).
pub(crate) enum Who {
    /// An account, or an identifier no account has: the same treatment.
    Account(String),
    /// A browser the account signed in from before: only its own failures count, and its
    /// address is not throttled either (an office shares one address with a guesser).
    Device(String),
}

impl Who {
    pub(crate) fn key(&self) -> &str {
        match self {
            Who::Account(k) | Who::Device(k) => k,
        }
    }

    fn is_device(&self) -> bool {
        matches!(self, Who::Device(_))
    }

    pub(crate) fn keys<'a>(&'a self, ip_key: &'a str) -> Vec<&'a str> {
        match self {
            Who::Account(k) => vec![k, ip_key],
            Who::Device(k) => vec![k],
        }
    }

    pub(crate) fn record_failure(&self, conn: &mut DbConn, ip_key: &str, now: NaiveDateTime) -> Result<(), DbError> {
        match self {
            Who::Account(k) => {
                throttle::record_failure(conn, k, throttle::PER_ACCOUNT, now)?;
                throttle::record_failure(conn, ip_key, throttle::PER_ADDRESS, now)
            }
            Who::Device(k) => throttle::record_failure(conn, k, throttle::PER_DEVICE, now),
        }
    }
}

impl Accounts {
    pub fn new(db: Db, base_url: url::Url, key: std::sync::Arc<server_key::ServerKey>) -> Self {
        let hourly = |n, scope| RateLimiter::new(n, std::time::Duration::from_secs(3_600)).shared(&db, scope);
        let limits = Limits {
            registrations: hourly(REGISTRATIONS_PER_HOUR, "registrations"),
            registration_mails: hourly(RESET_MAILS_PER_HOUR, "registration_mails"),
            resets_by_client: hourly(RESETS_PER_HOUR, "resets_by_client"),
            resets_by_mailbox: hourly(RESET_MAILS_PER_HOUR, "resets_by_mailbox"),
        };
        Self { db, base_url, key, limits: std::sync::Arc::new(limits), gate: std::sync::Arc::default() }
    }

    /// Registers a citizen and mails a verification link. Answers the same whether or not the
    /// e-mail or ID number is already registered: the mail tells the registrant which.
    pub async fn register(&self, form: ValidRegistration, ip: Option<String>) -> Result<(), Limited> {
        if !self.limits.registrations.allow(ip.as_deref().unwrap_or("unknown")).await {
            return Err(Limited::TooMany);
        }
        let password_hash = passwords::hash(form.password.clone()).await?;
        let base = self.base_url.clone();
        // A mailbox gets a few "already registered" mails an hour at most, however many clients
        // register its address (mail bombing).
        let may_mail = self.limits.registration_mails.count(&form.email.as_str().to_lowercase()).await;
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let email_owner: Option<i64> = accounts::table
                        .filter(accounts::email.eq(form.email.as_str()))
                        .select(accounts::id)
                        .first(conn)
                        .optional()?;
                    let id_taken: bool = accounts::table
                        .filter(accounts::citizen_id.eq(form.citizen_id.as_str()))
                        .select(accounts::id)
                        .first::<i64>(conn)
                        .optional()?
                        .is_some();
                    // Either way a mail goes to the address typed, so whether it arrives tells
                    // nothing about who else is registered.
                    if email_owner.is_some() {
                        if may_mail {
                            notify::enqueue(conn, now, already_registered_mail(&form.email, &base).as_mail())?;
                        }
                        return Ok(());
                    }
                    if id_taken {
                        if may_mail {
                            notify::enqueue(conn, now, id_number_taken_mail(&form.email, &base).as_mail())?;
                        }
                        return Ok(());
                    }
                    let (y, m, d) = form.date_of_birth;
                    diesel::insert_into(accounts::table)
                        .values((
                            accounts::kind.eq(KIND_CITIZEN),
                            accounts::email.eq(form.email.as_str()),
                            accounts::citizen_id.eq(form.citizen_id.as_str()),
                            accounts::full_name.eq(&form.full_name),
                            accounts::date_of_birth.eq(NaiveDate::from_ymd_opt(y, m, d)),
                            accounts::phone.eq(form.phone.as_ref().map(|p| p.e164().to_owned())),
                            accounts::password_hash.eq(&password_hash),
                            accounts::identity_verified.eq(false),
                            accounts::created_at.eq(now),
                        ))
                        .execute(conn)?;
                    let account_id: i64 = accounts::table
                        .filter(accounts::email.eq(form.email.as_str()))
                        .select(accounts::id)
                        .first(conn)?;
                    let token = tokens::new_secret();
                    insert_token(conn, account_id, PURPOSE_VERIFY_EMAIL, &token, now, VERIFY_EMAIL_FOR)?;
                    notify::enqueue_with_link(
                        conn,
                        now,
                        verification_mail(&form.email, &form.full_name, &base, &token).as_mail(),
                    )?;
                    audit::record(
                        conn,
                        now,
                        Entry {
                            event: Event::Registered,
                            actor: Some(account_id),
                            subject: None,
                            ip: ip.as_deref(),
                            detail: None,
                        },
                    )
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        Ok(())
    }

    /// Uses a verification link. True if it was valid (and is now spent).
    pub async fn verify_email(&self, token: String) -> anyhow::Result<bool> {
        if !tokens::is_well_formed(&token) {
            return Ok(false);
        }
        let verified = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let hash = tokens::hash_secret(&token);
                    let account: Option<i64> = auth_tokens::table
                        .filter(auth_tokens::token_hash.eq(&hash))
                        .filter(auth_tokens::purpose.eq(PURPOSE_VERIFY_EMAIL))
                        .filter(auth_tokens::used_at.is_null())
                        .filter(auth_tokens::expires_at.gt(now))
                        .select(auth_tokens::account_id)
                        .first(conn)
                        .optional()?;
                    let Some(account_id) = account else { return Ok(false) };
                    if !spend_token(conn, &hash, now)? {
                        return Ok(false);
                    }
                    diesel::update(
                        accounts::table
                            .filter(accounts::id.eq(account_id))
                            .filter(accounts::email_verified_at.is_null()),
                    )
                    .set(accounts::email_verified_at.eq(now))
                    .execute(conn)?;
                    audit::record(
                        conn,
                        now,
                        Entry {
                            event: Event::EmailVerified,
                            actor: Some(account_id),
                            subject: None,
                            ip: None,
                            detail: None,
                        },
                    )?;
                    Ok::<_, DbError>(true)
                })
            })
            .await?;
        Ok(verified)
    }

    /// Signs in with an e-mail address or a personal ID number and a password. `device` is the
    /// browser's device cookie, if it has one (`devices.rs`).
    pub async fn sign_in(&self, attempt: SignInAttempt) -> Result<SignedIn, SignInError> {
        let SignInAttempt { identifier, password, ip, user_agent, device, enrolment } = attempt;
        let lookup = identifier_filter(&identifier);
        let ip_key = throttle::address_key(&ip);
        let (account, who) = self
            .db
            .run(move |conn| {
                let now = now();
                let account = match &lookup {
                    Some(lookup) => find(conn, lookup)?,
                    None => None,
                };
                let who = match &account {
                    Some((id, ..)) => match devices::recognise(conn, device.as_deref(), *id, now)? {
                        Some(hash) => Who::Device(throttle::device_key(&hash)),
                        None => Who::Account(throttle::account_key(*id)),
                    },
                    None => Who::Account(throttle::identifier_key(&identifier)),
                };
                Ok::<_, DbError>((account, who))
            })
            .await
            .map_err(anyhow::Error::from)?;
        // Checked and counted one at a time per key, before any hashing: a throttled attempt
        // costs nothing and is not counted.
        let Some(_turn) = self.gate.enter(who.key()) else { return Err(SignInError::Throttled(1)) };
        let keys: Vec<String> = who.keys(&ip_key).into_iter().map(str::to_owned).collect();
        let waiting = self
            .db
            .run(move |conn| throttle::wait(conn, &keys.iter().map(String::as_str).collect::<Vec<_>>(), now()))
            .await
            .map_err(anyhow::Error::from)?;
        if let Some(wait) = waiting {
            tracing::info!(seconds = wait.num_seconds(), "sign-in attempt while throttled");
            return Err(SignInError::Throttled(wait.num_seconds().max(1)));
        }
        let password_ok = passwords::verify(account.as_ref().and_then(|a| a.1.clone()), password)
            .await
            .map_err(|_| SignInError::Busy)?;
        let key = self.key.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let ip = Some(ip.as_str());
                    match account {
                        Some((id, _, verified, kind)) if password_ok => {
                            if verified.is_none() {
                                return Ok(Err(SignInError::EmailNotVerified));
                            }
                            throttle::clear(conn, who.key())?;
                            if kind == KIND_OFFICER {
                                // The password alone is not enough: the session starts after the code.
                                let pending = second_factor::begin(conn, &key, id, enrolment.as_deref(), now)?;
                                return Ok(Ok(SignedIn::SecondFactor(pending)));
                            }
                            let session = sessions::start(conn, id, sessions::CITIZEN, now, ip, user_agent.as_deref())?;
                            let device = (!who.is_device()).then(|| devices::remember(conn, id, now)).transpose()?;
                            audit::record(
                                conn,
                                now,
                                Entry { event: Event::SignedIn, actor: Some(id), subject: None, ip, detail: None },
                            )?;
                            Ok(Ok(SignedIn::Session { session, device }))
                        }
                        account => {
                            who.record_failure(conn, &ip_key, now)?;
                            let entry = Entry {
                                event: Event::SignInFailed,
                                actor: None,
                                subject: account.map(|a| a.0.to_string()),
                                ip,
                                detail: None,
                            };
                            audit::record(conn, now, entry)?;
                            Ok(Err(SignInError::Rejected))
                        }
                    }
                })
            })
            .await
            .map_err(anyhow::Error::from)?
    }

    /// Mails a single-use reset link if `email` belongs to a verified account; otherwise does
    /// nothing. The caller answers the same either way.
    pub async fn request_password_reset(&self, email: &str, ip: Option<String>) -> Result<(), Limited> {
        if !self.limits.resets_by_client.allow(ip.as_deref().unwrap_or("unknown")).await {
            return Err(Limited::TooMany);
        }
        let Ok(email) = Email::parse(email) else { return Ok(()) };
        // A mailbox gets a few links an hour at most, however many clients ask (mail bombing).
        if !self.limits.resets_by_mailbox.allow(&email.as_str().to_lowercase()).await {
            return Ok(());
        }
        let base = self.base_url.clone();
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let account: Option<i64> = accounts::table
                        .filter(accounts::email.eq(email.as_str()))
                        .filter(accounts::email_verified_at.is_not_null())
                        .filter(accounts::disabled_at.is_null())
                        .select(accounts::id)
                        .first(conn)
                        .optional()?;
                    let Some(account_id) = account else { return Ok(()) };
                    let token = tokens::new_secret();
                    insert_token(conn, account_id, PURPOSE_RESET_PASSWORD, &token, now, RESET_PASSWORD_FOR)?;
                    notify::enqueue_with_link(conn, now, reset_mail(&email, &base, &token).as_mail())?;
                    audit::record(
                        conn,
                        now,
                        Entry {
                            event: Event::PasswordResetRequested,
                            actor: None,
                            subject: Some(account_id.to_string()),
                            ip: ip.as_deref(),
                            detail: None,
                        },
                    )
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        Ok(())
    }

    /// Sets a new password with a reset link's token; spends the token and ends every session.
    pub async fn reset_password(&self, token: String, password: String, ip: Option<String>) -> Result<(), ResetError> {
        if !tokens::is_well_formed(&token) {
            return Err(ResetError::InvalidLink);
        }
        let hash = tokens::hash_secret(&token);
        let lookup_hash = hash.clone();
        let owner = self
            .db
            .run(move |conn| {
                #[allow(clippy::type_complexity)]
                let row: Option<(i64, Option<String>, Option<String>, Option<String>)> = auth_tokens::table
                    .inner_join(accounts::table)
                    .filter(auth_tokens::token_hash.eq(&lookup_hash))
                    .filter(auth_tokens::purpose.eq(PURPOSE_RESET_PASSWORD))
                    .filter(auth_tokens::used_at.is_null())
                    .filter(auth_tokens::expires_at.gt(now()))
                    .select((accounts::id, accounts::email, accounts::citizen_id, accounts::phone))
                    .first(conn)
                    .optional()?;
                Ok(row)
            })
            .await
            .map_err(anyhow::Error::from)?;
        let Some((account_id, email, citizen_id, phone)) = owner else { return Err(ResetError::InvalidLink) };
        let problems = policy_problems(&password, [email, citizen_id, phone]);
        if !problems.is_empty() {
            return Err(ResetError::Weak(problems));
        }
        let password_hash = passwords::hash(password).await?;
        let spent = self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    if !spend_token(conn, &hash, now)? {
                        return Ok(false);
                    }
                    diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
                        .set(accounts::password_hash.eq(&password_hash))
                        .execute(conn)?;
                    sessions::end_all(conn, account_id, now)?;
                    devices::forget_all(conn, account_id)?;
                    // Every other reset link mailed before this one dies with it.
                    spend_all(conn, account_id, PURPOSE_RESET_PASSWORD, now)?;
                    throttle::clear(conn, &throttle::account_key(account_id))?;
                    audit::record(
                        conn,
                        now,
                        Entry {
                            event: Event::PasswordReset,
                            actor: Some(account_id),
                            subject: None,
                            ip: ip.as_deref(),
                            detail: None,
                        },
                    )?;
                    Ok::<_, DbError>(true)
                })
            })
            .await
            .map_err(anyhow::Error::from)?;
        if spent { Ok(()) } else { Err(ResetError::InvalidLink) }
    }

    /// Changes the password of a signed-in account after checking the current one. Every
    /// session ends and a new one starts (a privilege change gets a new session id).
    pub async fn change_password(
        &self,
        account_id: i64,
        current: String,
        new: String,
        ip: &str,
        user_agent: Option<String>,
    ) -> Result<sessions::Started, ChangeError> {
        #[allow(clippy::type_complexity)]
        let row: Option<(Option<String>, Option<String>, Option<String>, Option<String>, String)> = self
            .db
            .run(move |conn| {
                Ok(accounts::table
                    .filter(accounts::id.eq(account_id))
                    .select((
                        accounts::password_hash,
                        accounts::email,
                        accounts::citizen_id,
                        accounts::phone,
                        accounts::kind,
                    ))
                    .first(conn)
                    .optional()?)
            })
            .await
            .map_err(anyhow::Error::from)?;
        let (stored, email, citizen_id, phone, kind) = row.unwrap_or_default();
        let lifetime = lifetime_for(&kind);
        // A stolen session must not become an oracle for the password: the account's throttle
        // applies here as at sign-in, checked before any hashing.
        let key = throttle::account_key(account_id);
        let Some(_turn) = self.gate.enter(&key) else { return Err(ChangeError::Throttled(1)) };
        let waiting = {
            let key = key.clone();
            self.db.run(move |conn| throttle::wait(conn, &[&key], now())).await.map_err(anyhow::Error::from)?
        };
        if let Some(wait) = waiting {
            return Err(ChangeError::Throttled(wait.num_seconds().max(1)));
        }
        if !passwords::verify(stored, current).await.map_err(|_| ChangeError::Busy)? {
            self.db
                .run(move |conn| throttle::record_failure(conn, &key, throttle::PER_ACCOUNT, now()))
                .await
                .map_err(anyhow::Error::from)?;
            return Err(ChangeError::WrongCurrent);
        }
        let problems = policy_problems(&new, [email, citizen_id, phone]);
        if !problems.is_empty() {
            return Err(ChangeError::Weak(problems));
        }
        let password_hash = passwords::hash(new).await?;
        let ip = ip.to_owned();
        Ok(self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    diesel::update(accounts::table.filter(accounts::id.eq(account_id)))
                        .set(accounts::password_hash.eq(&password_hash))
                        .execute(conn)?;
                    sessions::end_all(conn, account_id, now)?;
                    devices::forget_all(conn, account_id)?;
                    spend_all(conn, account_id, PURPOSE_RESET_PASSWORD, now)?;
                    let session = sessions::start(conn, account_id, lifetime, now, Some(&ip), user_agent.as_deref())?;
                    audit::record(
                        conn,
                        now,
                        Entry {
                            event: Event::PasswordChanged,
                            actor: Some(account_id),
                            subject: None,
                            ip: Some(&ip),
                            detail: None,
                        },
                    )?;
                    Ok::<_, DbError>(session)
                })
            })
            .await
            .map_err(anyhow::Error::from)?)
    }

    pub async fn session(&self, token: String) -> anyhow::Result<Option<sessions::Live>> {
        Ok(self.db.run(move |conn| sessions::resolve(conn, &token, now())).await?)
    }

    pub async fn sign_out(&self, token: String, ip: Option<String>) -> anyhow::Result<()> {
        self.db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    if let Some(id) = sessions::end(conn, &token, now)? {
                        audit::record(
                            conn,
                            now,
                            Entry {
                                event: Event::SignedOut,
                                actor: Some(id),
                                subject: None,
                                ip: ip.as_deref(),
                                detail: None,
                            },
                        )?;
                    }
                    Ok(())
                })
            })
            .await?;
        Ok(())
    }

    pub async fn sign_out_everywhere(&self, account_id: i64, ip: Option<String>) -> anyhow::Result<usize> {
        Ok(self
            .db
            .run(move |conn| {
                crate::db::transaction(conn, |conn| {
                    let now = now();
                    let ended = sessions::end_all(conn, account_id, now)?;
                    devices::forget_all(conn, account_id)?;
                    audit::record(
                        conn,
                        now,
                        Entry {
                            event: Event::SignedOutEverywhere,
                            actor: Some(account_id),
                            subject: None,
                            ip: ip.as_deref(),
                            detail: None,
                        },
                    )?;
                    Ok(ended)
                })
            })
            .await?)
    }
}

/// Marks a token used. False when it was already used: the conditional update is the guard, so
/// of two concurrent uses exactly one succeeds.
pub(crate) fn spend_token(conn: &mut DbConn, hash: &str, now: NaiveDateTime) -> Result<bool, DbError> {
    let spent = diesel::update(
        auth_tokens::table.filter(auth_tokens::token_hash.eq(hash)).filter(auth_tokens::used_at.is_null()),
    )
    .set(auth_tokens::used_at.eq(now))
    .execute(conn)?;
    Ok(spent == 1)
}

/// Spends every unused token of `purpose` of the account (a password set by one reset link or
/// by the account page makes the other reset links worthless).
pub(crate) fn spend_all(
    conn: &mut DbConn,
    account_id: i64,
    purpose: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    Ok(diesel::update(
        auth_tokens::table
            .filter(auth_tokens::account_id.eq(account_id))
            .filter(auth_tokens::purpose.eq(purpose))
            .filter(auth_tokens::used_at.is_null()),
    )
    .set(auth_tokens::used_at.eq(now))
    .execute(conn)?)
}

/// The password policy's problems with `password` for an account with these identifiers
/// (e-mail, ID number, E.164 phone, each optional).
pub(crate) fn policy_problems(
    password: &str,
    identifiers: [Option<String>; 3],
) -> Vec<shared::identity::PasswordProblem> {
    let [email, citizen_id, phone] = identifiers;
    let national_phone = phone.as_deref().map(|p| p.trim_start_matches("+84").to_owned());
    let ids: Vec<&str> =
        [email.as_deref(), citizen_id.as_deref(), national_phone.as_deref()].into_iter().flatten().collect();
    shared::identity::check_password(password, &ids)
}

pub(crate) fn insert_token(
    conn: &mut DbConn,
    account_id: i64,
    purpose: &str,
    token: &str,
    now: NaiveDateTime,
    valid_for: Duration,
) -> Result<(), DbError> {
    diesel::insert_into(auth_tokens::table)
        .values((
            auth_tokens::token_hash.eq(tokens::hash_secret(token)),
            auth_tokens::account_id.eq(account_id),
            auth_tokens::purpose.eq(purpose),
            auth_tokens::created_at.eq(now),
            auth_tokens::expires_at.eq(now + valid_for),
        ))
        .execute(conn)?;
    Ok(())
}

enum Lookup {
    Email(Email),
    CitizenId(CitizenId),
}

fn identifier_filter(identifier: &str) -> Option<Lookup> {
    if let Ok(id) = CitizenId::parse(identifier) {
        return Some(Lookup::CitizenId(id));
    }
    Email::parse(identifier).ok().map(Lookup::Email)
}

type Found = (i64, Option<String>, Option<NaiveDateTime>, String);

fn find(conn: &mut DbConn, lookup: &Lookup) -> Result<Option<Found>, DbError> {
    let query = accounts::table
        .filter(accounts::disabled_at.is_null())
        .select((accounts::id, accounts::password_hash, accounts::email_verified_at, accounts::kind))
        .into_boxed();
    let query = match lookup {
        Lookup::Email(e) => query.filter(accounts::email.eq(e.as_str().to_owned())),
        Lookup::CitizenId(c) => query.filter(accounts::citizen_id.eq(c.as_str().to_owned())),
    };
    Ok(query.first(conn).optional()?)
}

pub(crate) struct OwnedMail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl OwnedMail {
    /// `text` (`app::i18n::mail`) to `to`, its holes filled.
    pub fn new(to: &str, text: &mail::MailText, holes: &[(&str, &str)]) -> OwnedMail {
        let (subject, body) = mail::compose(text, holes);
        OwnedMail { to: to.to_owned(), subject, body }
    }

    pub fn as_mail(&self) -> Mail<'_> {
        Mail { to: &self.to, subject: &self.subject, body: &self.body }
    }
}

fn verification_mail(to: &Email, name: &str, base: &url::Url, token: &str) -> OwnedMail {
    let link = base.join(&format!("/xac-thuc-email?ma={token}")).map(|u| u.to_string()).unwrap_or_default();
    OwnedMail::new(to.as_str(), &mail::VERIFY_EMAIL, &[("name", name), ("link", &link)])
}

fn already_registered_mail(to: &Email, base: &url::Url) -> OwnedMail {
    let sign_in = base.join("/dang-nhap").map(|u| u.to_string()).unwrap_or_default();
    OwnedMail::new(to.as_str(), &mail::ALREADY_REGISTERED, &[("sign_in", &sign_in)])
}

fn id_number_taken_mail(to: &Email, base: &url::Url) -> OwnedMail {
    let sign_in = base.join("/dang-nhap").map(|u| u.to_string()).unwrap_or_default();
    OwnedMail::new(to.as_str(), &mail::ID_NUMBER_TAKEN, &[("sign_in", &sign_in)])
}

fn reset_mail(to: &Email, base: &url::Url, token: &str) -> OwnedMail {
    let link = base.join(&format!("/dat-lai-mat-khau?ma={token}")).map(|u| u.to_string()).unwrap_or_default();
    OwnedMail::new(to.as_str(), &mail::RESET_PASSWORD, &[("link", &link)])
}
