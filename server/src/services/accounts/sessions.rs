//! Server-side sessions. The browser holds a random token in an HttpOnly cookie; the database
//! holds its hash, the account, and two clocks: idle expiry (since the last request) and absolute
//! expiry (since sign-in). A new token is issued at every sign-in, so a token planted before
//! sign-in is worthless afterwards.

use super::tokens::{hash_secret, is_well_formed, new_secret};
use crate::db::schema::{accounts, sessions};
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

/// Citizens: 2 hours idle, 12 hours at most.
pub const CITIZEN_IDLE: Duration = Duration::hours(2);
pub const CITIZEN_ABSOLUTE: Duration = Duration::hours(12);
/// A recorded `last_seen_at` is refreshed at most this often, to spare writes.
const TOUCH_EVERY: Duration = Duration::seconds(60);

pub struct Started {
    pub token: String,
    pub expires_at: NaiveDateTime,
}

pub fn start(
    conn: &mut DbConn,
    account_id: i64,
    now: NaiveDateTime,
    ip: Option<&str>,
    user_agent: Option<&str>,
) -> Result<Started, DbError> {
    let token = new_secret();
    let expires_at = now + CITIZEN_ABSOLUTE;
    diesel::insert_into(sessions::table)
        .values((
            sessions::token_hash.eq(hash_secret(&token)),
            sessions::account_id.eq(account_id),
            sessions::created_at.eq(now),
            sessions::last_seen_at.eq(now),
            sessions::idle_seconds.eq(i32::try_from(CITIZEN_IDLE.num_seconds()).unwrap_or(i32::MAX)),
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
}

pub fn resolve(conn: &mut DbConn, token: &str, now: NaiveDateTime) -> Result<Option<Live>, DbError> {
    if !is_well_formed(token) {
        return Ok(None);
    }
    let hash = hash_secret(token);
    let row: Option<(i64, NaiveDateTime, i32, NaiveDateTime, Option<NaiveDateTime>, String, Option<NaiveDateTime>)> =
        sessions::table
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
            ))
            .first(conn)
            .optional()?;
    let Some((account_id, last_seen, idle_seconds, expires_at, revoked_at, full_name, disabled_at)) = row else {
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
    Ok(Some(Live { account_id, full_name }))
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
