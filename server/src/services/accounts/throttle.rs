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
//!
//! A burst of attempts sent at once would all pass the check before the first failure is
//! written: [`Gate`] lets one attempt per key be checked at a time in a process (the others are
//! told to try again in a second), and failures are counted by one atomic statement, so
//! concurrent ones are never lost.

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

#[derive(diesel::QueryableByName)]
struct Counted {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    failures: i32,
}

/// Counts a failure (one statement, so concurrent failures are all counted); the key waits from
/// now if it has used up its free failures.
pub fn record_failure(conn: &mut DbConn, key: &str, policy: Policy, now: NaiveDateTime) -> Result<(), DbError> {
    use diesel::sql_types::{Text, Timestamp};
    // The same text on both backends: `$n` parameters, an upsert, `RETURNING`.
    let counted: Counted = diesel::sql_query(
        "INSERT INTO login_throttle (throttle_key, failures, last_failure_at, locked_until) VALUES ($1, 1, $2, NULL) \
         ON CONFLICT (throttle_key) DO UPDATE SET \
         failures = CASE WHEN login_throttle.last_failure_at < $3 THEN 1 ELSE login_throttle.failures + 1 END, \
         last_failure_at = $2 \
         RETURNING failures",
    )
    .bind::<Text, _>(key)
    .bind::<Timestamp, _>(now)
    .bind::<Timestamp, _>(now - WINDOW)
    .get_result(conn)?;
    if let Some(wait) = wait_after(counted.failures, policy) {
        diesel::update(login_throttle::table.filter(login_throttle::throttle_key.eq(key)))
            .set(login_throttle::locked_until.eq(now + wait))
            .execute(conn)?;
    }
    Ok(())
}

/// One attempt per key at a time in this process: while a key's attempt is being checked, the
/// next one for it is turned away (it would otherwise pass the wait check before the first
/// failure is counted).
#[derive(Default)]
pub struct Gate {
    busy: std::sync::Mutex<std::collections::HashSet<String>>,
}

/// A key's turn; the key is free again when it is dropped.
pub struct Turn<'a> {
    gate: &'a Gate,
    key: String,
}

impl Gate {
    /// The key's turn, unless another attempt for it is under way.
    pub fn enter(&self, key: &str) -> Option<Turn<'_>> {
        let mut busy = self.busy.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        busy.insert(key.to_owned()).then(|| Turn { gate: self, key: key.to_owned() })
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        let mut busy = self.gate.busy.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        busy.remove(&self.key);
    }
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
    fn one_attempt_per_key_at_a_time() {
        let gate = Gate::default();
        let first = gate.enter("account:1").expect("free");
        assert!(gate.enter("account:1").is_none(), "the second waits its turn");
        assert!(gate.enter("account:2").is_some(), "another key is free");
        drop(first);
        assert!(gate.enter("account:1").is_some(), "free again");
    }

    #[test]
    fn keys_never_carry_an_identifier_in_clear() {
        let key = identifier_key("014190000001");
        assert!(key.starts_with("name:") && !key.contains("014190000001"));
        assert_eq!(key, identifier_key(" 014190000001 "));
        assert_eq!(address_key("2001:db8:1:2::7"), "ip:2001:db8:1:2::/64");
    }
}
