//! Browsers an account signed in from (the `thiet_bi` cookie, 90 days). A sign-in from one of
//! them is throttled by the browser's own count instead of the account's (`throttle.rs`), so a
//! stranger guessing an officer's password cannot keep the officer out of their own browser.

use super::tokens::{hash_secret, is_well_formed, new_secret};
use crate::db::schema::sign_in_devices;
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

pub const DEVICE_FOR: Duration = Duration::days(90);
/// Browsers remembered per account; past it the oldest is forgotten.
const PER_ACCOUNT: i64 = 20;

/// The stored hash of `token` if it is a browser of `account_id` that has not expired.
pub fn recognise(
    conn: &mut DbConn,
    token: Option<&str>,
    account_id: i64,
    now: NaiveDateTime,
) -> Result<Option<String>, DbError> {
    let Some(token) = token.filter(|t| is_well_formed(t)) else { return Ok(None) };
    let hash = hash_secret(token);
    let found: Option<String> = sign_in_devices::table
        .filter(sign_in_devices::token_hash.eq(&hash))
        .filter(sign_in_devices::account_id.eq(account_id))
        .filter(sign_in_devices::expires_at.gt(now))
        .select(sign_in_devices::token_hash)
        .first(conn)
        .optional()?;
    Ok(found)
}

/// Remembers this browser for the account after a sign-in; returns the cookie's new token.
pub fn remember(conn: &mut DbConn, account_id: i64, now: NaiveDateTime) -> Result<String, DbError> {
    let token = new_secret();
    diesel::insert_into(sign_in_devices::table)
        .values((
            sign_in_devices::token_hash.eq(hash_secret(&token)),
            sign_in_devices::account_id.eq(account_id),
            sign_in_devices::created_at.eq(now),
            sign_in_devices::expires_at.eq(now + DEVICE_FOR),
        ))
        .execute(conn)?;
    let keep: Vec<String> = sign_in_devices::table
        .filter(sign_in_devices::account_id.eq(account_id))
        .order(sign_in_devices::created_at.desc())
        .select(sign_in_devices::token_hash)
        .limit(PER_ACCOUNT)
        .load(conn)?;
    diesel::delete(
        sign_in_devices::table
            .filter(sign_in_devices::account_id.eq(account_id))
            .filter(sign_in_devices::token_hash.ne_all(keep)),
    )
    .execute(conn)?;
    Ok(token)
}

/// Forgets every browser of the account: after a password reset or change, "sign out
/// everywhere", a second-factor reset or a new link, no old browser keeps its own throttle.
pub fn forget_all(conn: &mut DbConn, account_id: i64) -> Result<usize, DbError> {
    Ok(diesel::delete(sign_in_devices::table.filter(sign_in_devices::account_id.eq(account_id))).execute(conn)?)
}

/// Forgets expired browsers (the daily upkeep).
pub fn prune(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    Ok(diesel::delete(sign_in_devices::table.filter(sign_in_devices::expires_at.le(now))).execute(conn)?)
}
