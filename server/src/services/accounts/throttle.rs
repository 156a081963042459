//! Sign-in throttling, per account and per client address. After a few failures each further
//! attempt waits longer (1 s, 2 s, 4 s … capped at a minute); after many, the key is locked for
//! 15 minutes. While a key is locked even the right password is refused, with the same message
//! as a wrong one, so a locked account cannot be told apart from a wrong guess.

use crate::db::schema::login_throttle;
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

#[derive(Clone, Copy, Debug)]
pub struct Policy {
    pub backoff_after: i32,
    pub lock_after: i32,
}

pub const PER_ACCOUNT: Policy = Policy { backoff_after: 5, lock_after: 10 };
pub const PER_ADDRESS: Policy = Policy { backoff_after: 20, lock_after: 50 };
pub const LOCK_FOR: Duration = Duration::minutes(15);
/// Failures older than this are forgotten.
const WINDOW: Duration = Duration::hours(1);

pub fn account_key(account_id: i64) -> String {
    format!("account:{account_id}")
}

pub fn address_key(ip: &str) -> String {
    format!("ip:{ip}")
}

/// Whether the key may try now.
pub fn is_blocked(conn: &mut DbConn, key: &str, now: NaiveDateTime) -> Result<bool, DbError> {
    let until: Option<Option<NaiveDateTime>> = login_throttle::table
        .filter(login_throttle::throttle_key.eq(key))
        .select(login_throttle::locked_until)
        .first(conn)
        .optional()?;
    Ok(until.flatten().is_some_and(|t| now < t))
}

/// Counts a failure; returns true when this failure locked the key for `LOCK_FOR`.
pub fn record_failure(conn: &mut DbConn, key: &str, policy: Policy, now: NaiveDateTime) -> Result<bool, DbError> {
    let current: Option<(i32, NaiveDateTime)> = login_throttle::table
        .filter(login_throttle::throttle_key.eq(key))
        .select((login_throttle::failures, login_throttle::last_failure_at))
        .first(conn)
        .optional()?;
    let failures = match current {
        Some((n, last)) if now - last < WINDOW => n + 1,
        _ => 1,
    };
    let locked_until = if failures >= policy.lock_after {
        Some(now + LOCK_FOR)
    } else if failures >= policy.backoff_after {
        let exponent = u32::try_from(failures - policy.backoff_after).unwrap_or(0).min(6);
        Some(now + Duration::seconds(2_i64.pow(exponent).min(60)))
    } else {
        None
    };
    let values = (
        login_throttle::failures.eq(failures),
        login_throttle::last_failure_at.eq(now),
        login_throttle::locked_until.eq(locked_until),
    );
    if current.is_some() {
        diesel::update(login_throttle::table.filter(login_throttle::throttle_key.eq(key))).set(values).execute(conn)?;
    } else {
        diesel::insert_into(login_throttle::table)
            .values((login_throttle::throttle_key.eq(key), values))
            .execute(conn)?;
    }
    Ok(failures == policy.lock_after)
}

/// A successful sign-in forgets the key's failures.
pub fn clear(conn: &mut DbConn, key: &str) -> Result<(), DbError> {
    diesel::delete(login_throttle::table.filter(login_throttle::throttle_key.eq(key))).execute(conn)?;
    Ok(())
}
