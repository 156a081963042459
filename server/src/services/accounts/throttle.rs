//! Sign-in throttling by growing waits, never by locking an account out.
//!
//! Keys: the client's address (its /64 for IPv6); the account, or for an identifier no account
//! has, the identifier itself, so that the two behave alike and a throttled answer tells
//! nothing about whether an account exists; and a browser the account signed in from before
//! (its device cookie, `devices.rs`), which takes the account key's place: failures elsewhere
//! (someone guessing) never slow the owner's own browser.
//!
//! After `free` failures within an hour, each further failure makes the key wait 2, 4, 8 …
//! seconds, capped at `max_wait`, before its next attempt. An attempt while waiting is answered
//! at once, before any password is hashed, and is not counted, so a flood neither costs CPU nor
//! lengthens the wait: the owner of an account under attack, even from a new browser, waits at
//! most `max_wait`.

use crate::db::schema::login_throttle;
use crate::db::{DbConn, DbError};
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

#[derive(Clone, Copy, Debug)]
pub struct Policy {
    /// Failures before the first wait.
    pub free: i32,
    pub max_wait: Duration,
}

pub const PER_ACCOUNT: Policy = Policy { free: 5, max_wait: Duration::minutes(5) };
/// The owner's own browser: more room for typos, a short cap.
pub const PER_DEVICE: Policy = Policy { free: 10, max_wait: Duration::minutes(1) };
pub const PER_ADDRESS: Policy = Policy { free: 20, max_wait: Duration::minutes(5) };
/// Failures older than this are forgotten.
const WINDOW: Duration = Duration::hours(1);

pub fn account_key(account_id: i64) -> String {
    format!("account:{account_id}")
}

pub fn address_key(ip: &str) -> String {
    format!("ip:{}", crate::services::rate_limit::network_key(ip))
}

/// An identifier no account has, counted like an account (hashed: it may be an ID number).
pub fn identifier_key(identifier: &str) -> String {
    format!("name:{}", &super::tokens::hash_secret(&identifier.trim().to_lowercase())[..32])
}

pub fn device_key(device_hash: &str) -> String {
    format!("device:{}", &device_hash[..device_hash.len().min(32)])
}

/// How long the longest-waiting of `keys` must still wait, if any must.
pub fn wait(conn: &mut DbConn, keys: &[&str], now: NaiveDateTime) -> Result<Option<Duration>, DbError> {
    let until: Vec<Option<NaiveDateTime>> = login_throttle::table
        .filter(login_throttle::throttle_key.eq_any(keys))
        .select(login_throttle::locked_until)
        .load(conn)?;
    Ok(until.into_iter().flatten().filter(|t| *t > now).max().map(|t| t - now))
}

/// Counts a failure; the key waits from now if it has used up its free failures.
pub fn record_failure(conn: &mut DbConn, key: &str, policy: Policy, now: NaiveDateTime) -> Result<(), DbError> {
    let current: Option<(i32, NaiveDateTime)> = login_throttle::table
        .filter(login_throttle::throttle_key.eq(key))
        .select((login_throttle::failures, login_throttle::last_failure_at))
        .first(conn)
        .optional()?;
    let failures = match current {
        Some((n, last)) if now - last < WINDOW => n + 1,
        _ => 1,
    };
    let locked_until = wait_after(failures, policy).map(|w| now + w);
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
    Ok(())
}

/// The wait after the `failures`-th failure.
fn wait_after(failures: i32, policy: Policy) -> Option<Duration> {
    let over = failures - policy.free;
    if over < 0 {
        return None;
    }
    let seconds = 2_i64.saturating_pow(u32::try_from(over).unwrap_or(0).min(30) + 1);
    Some(Duration::seconds(seconds).min(policy.max_wait))
}

/// A successful sign-in forgets the key's failures.
pub fn clear(conn: &mut DbConn, key: &str) -> Result<(), DbError> {
    diesel::delete(login_throttle::table.filter(login_throttle::throttle_key.eq(key))).execute(conn)?;
    Ok(())
}

/// Forgets keys whose last failure is outside the window (the daily upkeep).
pub fn prune(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    Ok(diesel::delete(login_throttle::table.filter(login_throttle::last_failure_at.lt(now - WINDOW))).execute(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_and_stop_at_the_cap() {
        let waits: Vec<i64> = (1..=16).map(|n| wait_after(n, PER_ACCOUNT).map_or(0, |d| d.num_seconds())).collect();
        assert_eq!(waits, [0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300]);
        assert_eq!(wait_after(i32::MAX, PER_DEVICE), Some(Duration::minutes(1)), "never more than the cap");
    }

    #[test]
    fn keys_never_carry_an_identifier_in_clear() {
        let key = identifier_key("014190000001");
        assert!(key.starts_with("name:") && !key.contains("014190000001"));
        assert_eq!(key, identifier_key(" 014190000001 "));
        assert_eq!(address_key("2001:db8:1:2::7"), "ip:2001:db8:1:2::/64");
    }
}
