//! Server-side sessions. The browser holds a random token in an HttpOnly cookie; the database
//! holds its hash, the account, and two clocks: idle expiry (since the last request) and absolute
//! expiry (since sign-in). A new token is issued at every sign-in, so a token planted before
//! sign-in is worthless afterwards.

use super::tokens::{hash_secret, is_well_formed, new_secret};
use crate::db::schema::{accounts, officer_roles, officers, sessions};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use shared::access::{Actor, Role};

/// How long a session lives: idle (since the last request) and absolute (since sign-in).
#[derive(Clone, Copy, Debug)]
pub struct Lifetime {
    pub idle: Duration,
    pub absolute: Duration,
}

/// Citizens: 2 hours idle, 12 hours at most.
pub const CITIZEN: Lifetime = Lifetime { idle: Duration::hours(2), absolute: Duration::hours(12) };
/// Officers hold other people's data: 30 minutes idle, a working day at most.
pub const OFFICER: Lifetime = Lifetime { idle: Duration::minutes(30), absolute: Duration::hours(10) };
/// A recorded `last_seen_at` is refreshed at most this often, to spare writes.
const TOUCH_EVERY: Duration = Duration::seconds(60);

pub struct Started {
    pub token: String,
    pub expires_at: NaiveDateTime,
}

pub fn start(
    conn: &mut DbConn,
    account_id: i64,
    lifetime: Lifetime,
    now: NaiveDateTime,
    ip: Option<&str>,
    user_agent: Option<&str>,
) -> Result<Started, DbError> {
    let token = new_secret();
    let expires_at = now + lifetime.absolute;
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(hash_secret(&token)),
            sessions::account_id.eq(account_id),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::idle_seconds.eq(i32::try_from(lifetime.idle.num_seconds()).unwrap_or(i32::MAX)),
            sessions::expires_at.eq(expires_at),
            sessions::ip.eq(ip),
            sessions::user_agent.eq(user_agent.map(|ua| ua.chars().take(200).collect::<String>())),
        ))
        .execute(conn)?;
    Ok(Started { token, expires_at })
}

/// The signed-in account behind a session token, if the session is alive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Live {
    pub account_id: i64,
    pub full_name: String,
    pub actor: Actor,
    pub identity_verified: bool,
}

pub fn resolve(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Option<Live>, DbError> {
    if !is_well_formed(token) {
        return Ok(None);
    }
    let hash = hash_secret(token);
    #[allow(clippy::type_complexity)]
    let row: Option<(
        i64,
        NaiveDateTime,
        i32,
        NaiveDateTime,
        Option<NaiveDateTime>,
        String,
        Option<NaiveDateTime>,
        String,
        bool,
    )> = sessions::table
        .inner_join(accounts::table)
        .filter(sessions::token_hash.eq(&hash))
        .select((
            sessions::account_id,
            sessions::last_seen_at,
            sessions::idle_seconds,
            sessions::expires_at,
            sessions::revoked_at,
            accounts::full_name,
            accounts::disabled_at,
            accounts::kind,
            accounts::identity_verified,
        ))
        .first(conn)
        .optional()?;
    let Some((
        account_id,
        last_seen,
        idle_seconds,
        expires_at,
        revoked_at,
        full_name,
        disabled_at,
        kind,
        identity_verified,
    )) = row
    else {
        return Ok(None);
    };
    let idle_deadline = last_seen + Duration::seconds(i64::from(idle_seconds));
    if revoked_at.is_some() || disabled_at.is_some() || now >= expires_at || now >= idle_deadline {
        return Ok(None);
    }
    if now - last_seen >= TOUCH_EVERY {
        diesel::update(sessions::table.filter(sessions::token_hash.eq(&hash)))
            .set(sessions::last_seen_at.eq(now))
            .execute(conn)?;
    }
    let Some(actor) = actor_of(conn, account_id, &kind)? else { return Ok(None) };
    Ok(Some(Live { account_id, full_name, actor, identity_verified }))
}

/// What an account may act as: a person with their businesses, or an officer with their agency,
/// unit and roles. An officer account without an officer record (removed) acts as nobody.
pub fn actor_of(conn: &mut DbConn, account_id: i64, kind: &str) -> Result<Option<Actor>, DbError> {
    if kind != super::KIND_OFFICER {
        return Ok(Some(person(conn, account_id)?));
    }
    let officer: Option<(i64, Option<i64>)> = officers::table
        .filter(officers::account_id.eq(account_id))
        .select((officers::agency_id, officers::unit_id))
        .first(conn)
        .optional()?;
    let Some((agency, unit)) = officer else { return Ok(None) };
    let mut roles: Vec<Role> =
        officer_roles::table.filter(officer_roles::account_id.eq(account_id)).select(officer_roles::role).load(conn)?;
    roles.sort();
    Ok(Some(Actor::Officer { account: account_id, agency, unit, roles }))
}

/// Ends one session; returns its account if it existed.
pub fn end(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Option<i64>, DbError> {
    if !is_well_formed(token) {
        return Ok(None);
    }
    let hash = hash_secret(token);
    let account: Option<i64> =
        sessions::table.filter(sessions::token_hash.eq(&hash)).select(sessions::account_id).first(conn).optional()?;
    diesel::update(sessions::table.filter(sessions::token_hash.eq(&hash)).filter(sessions::revoked_at.is_null()))
        .set(sessions::revoked_at.eq(now))
        .execute(conn)?;
    Ok(account)
}

/// "Sign out on all devices".
pub fn end_all(conn: &mut DbConn, account_id: i64, now: NaiveDateTime) -> Result<usize, DbError> {
    Ok(diesel::update(
        sessions::table.filter(sessions::account_id.eq(account_id)).filter(sessions::revoked_at.is_null()),
    )
    .set(sessions::revoked_at.eq(now))
    .execute(conn)?)
}

/// A person's actor: their verified businesses, and those among them they own.
pub fn person(conn: &mut DbConn, account: i64) -> Result<Actor, DbError> {
    use crate::db::schema::{business_members, businesses};
    use shared::identity::BusinessRole;
    let rows: Vec<(i64, BusinessRole)> = business_members::table
        .inner_join(businesses::table)
        .filter(business_members::account_id.eq(account))
        .filter(businesses::verified_at.is_not_null())
        .order(business_members::business_id)
        .select((business_members::business_id, business_members::role))
        .load(conn)?;
    let owns = rows.iter().filter(|(_, role)| *role == BusinessRole::Owner).map(|(id, _)| *id).collect();
    Ok(Actor::Person { account, businesses: rows.into_iter().map(|(id, _)| id).collect(), owns })
}
