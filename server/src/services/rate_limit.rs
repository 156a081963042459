//! Fixed-window rate limits per client: in the database when it is PostgreSQL, so that several
//! replicas share one count; in the process's memory on SQLite (one process: the embedded
//! default).
//!
//! In memory a counter costs a hash-map update under a mutex; on PostgreSQL one upsert of a row
//! per client and window (`rate_windows`), the only write of a limited request, on the routes
//! that are limited (public lookups, registrations, resets, invitations, feedback, gateway
//! notifications, refused forgeries) — not on page views. Either way a client's window starts at
//! its first hit. Windows over a day old are removed by the daily upkeep. When the count cannot be written, the request is allowed and
//! the log says so: a limit is a guard against scraping and guessing, not a reason to refuse
//! everyone while the database is down (the request then fails on its own).
//!
//! A client is its IPv4 address, or its IPv6 /64: one subscriber gets a whole /64, so counting
//! single IPv6 addresses would give each guesser unlimited tries.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::db::schema::rate_windows;
use crate::db::{Backend, Db, DbConn, DbError};
use chrono::NaiveDateTime;
use diesel::prelude::*;

/// Clients one generation of counters holds. Past it the older generation is dropped (the
/// clients seen least recently), so memory stays bounded (a few MB) whatever the number of
/// addresses a flood comes from, and a flood never locks out a client it has not seen.
const MAX_CLIENTS: usize = 100_000;

pub struct RateLimiter {
    limit: u32,
    window: Duration,
    state: Mutex<Generations>,
    /// Counted in the database instead (PostgreSQL), under this scope.
    shared: Option<(Db, &'static str)>,
}

#[derive(Default)]
struct Generations {
    current: HashMap<String, Count>,
    previous: HashMap<String, Count>,
}

#[derive(Clone, Copy)]
struct Count {
    started: Instant,
    hits: u32,
}

impl RateLimiter {
    /// `limit` hits per client in each `window` (which starts at the client's first hit).
    pub fn new(limit: u32, window: Duration) -> Self {
        Self { limit, window, state: Mutex::new(Generations::default()), shared: None }
    }

    /// The same limit, counted in `db` under `scope` when it is PostgreSQL (replicas share it).
    pub fn shared(mut self, db: &Db, scope: &'static str) -> Self {
        if db.backend() == Backend::Postgres {
            self.shared = Some((db.clone(), scope));
        }
        self
    }

    pub fn per_minute(limit: u32) -> Self {
        Self::new(limit, Duration::from_secs(60))
    }

    /// Counts a hit for `client` (an address); false when it is over the limit in its window.
    pub async fn allow(&self, client: &str) -> bool {
        self.count(&network_key(client)).await
    }

    /// Whether `key` (counted as given, not by network) has used up its window, without
    /// counting a hit.
    pub async fn exhausted(&self, key: &str) -> bool {
        match &self.shared {
            None => self.exhausted_here(key),
            Some((db, scope)) => {
                let (scope, key, start) = (*scope, key.to_owned(), self.window_start());
                let hits = db.run(move |conn| hits_since(conn, scope, &key, start)).await;
                hits.inspect_err(|e| tracing::warn!(error = %e, "rate limit not read"))
                    .is_ok_and(|h| h >= i64::from(self.limit))
            }
        }
    }

    /// Counts a hit for `key` as given (not by network); false when it is over the limit.
    pub async fn count(&self, key: &str) -> bool {
        match &self.shared {
            None => self.allow_at(key, Instant::now()),
            Some((db, scope)) => {
                let (scope, key, start) = (*scope, key.to_owned(), self.window_start());
                let hits = db.run(move |conn| hit(conn, scope, &key, start, shared::time::now())).await;
                hits.inspect_err(|e| tracing::warn!(error = %e, "rate limit not counted"))
                    .map_or(true, |h| h <= i64::from(self.limit))
            }
        }
    }

    /// The earliest start a window still open now can have.
    fn window_start(&self) -> NaiveDateTime {
        shared::time::now() - chrono::Duration::from_std(self.window).unwrap_or(chrono::Duration::MAX)
    }

    fn exhausted_here(&self, key: &str) -> bool {
        let g = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        let seen = g.current.get(key).or_else(|| g.previous.get(key));
        seen.is_some_and(|c| now.saturating_duration_since(c.started) < self.window && c.hits >= self.limit)
    }

    fn allow_at(&self, client: &str, now: Instant) -> bool {
        let mut g = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let seen = match g.current.get(client) {
            Some(c) => Some(*c),
            None => g.previous.remove(client),
        };
        let mut count = match seen {
            Some(c) if now.saturating_duration_since(c.started) < self.window => c,
            _ => Count { started: now, hits: 0 },
        };
        count.hits = count.hits.saturating_add(1);
        if !g.current.contains_key(client) && g.current.len() >= MAX_CLIENTS {
            g.previous = std::mem::take(&mut g.current);
        }
        g.current.insert(client.to_owned(), count);
        count.hits <= self.limit
    }
}

/// One more hit of `key` at `now`, in its window if that started after `open` (else a new window
/// starts now); the window's hits, this one included. One statement, so concurrent hits from
/// several replicas all count.
fn hit(conn: &mut DbConn, scope: &str, key: &str, open: NaiveDateTime, now: NaiveDateTime) -> Result<i64, DbError> {
    use diesel::sql_types::{Text, Timestamp};
    #[derive(QueryableByName)]
    struct Hits {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        hits: i64,
    }
    let DbConn::Pg(pg) = conn else { return Ok(0) };
    let counted: Hits = diesel::sql_query(
        "INSERT INTO rate_windows (scope, client, window_start, hits) VALUES ($1, $2, $3, 1)
         ON CONFLICT (scope, client) DO UPDATE SET
           hits = CASE WHEN rate_windows.window_start > $4 THEN rate_windows.hits + 1 ELSE 1 END,
           window_start = CASE WHEN rate_windows.window_start > $4 THEN rate_windows.window_start ELSE $3 END
         RETURNING hits",
    )
    .bind::<Text, _>(scope)
    .bind::<Text, _>(key)
    .bind::<Timestamp, _>(now)
    .bind::<Timestamp, _>(open)
    .get_result(pg)?;
    Ok(counted.hits)
}

/// The hits of `key` in its window, if that started after `open`.
fn hits_since(conn: &mut DbConn, scope: &str, key: &str, open: NaiveDateTime) -> Result<i64, DbError> {
    Ok(rate_windows::table
        .filter(rate_windows::scope.eq(scope))
        .filter(rate_windows::client.eq(key))
        .filter(rate_windows::window_start.gt(open))
        .select(rate_windows::hits)
        .first(conn)
        .optional()?
        .unwrap_or(0))
}

/// Windows started more than two days ago (the longest lasts a day); how many were removed.
pub fn prune(conn: &mut DbConn, now: NaiveDateTime) -> Result<usize, DbError> {
    let before = now - chrono::Duration::days(2);
    Ok(diesel::delete(rate_windows::table.filter(rate_windows::window_start.lt(before))).execute(conn)?)
}

/// The unit a client is counted by: an IPv4 address as it is, an IPv6 address as its /64
/// (`2001:db8:1:2::/64`); anything else (no address known) as given.
pub fn network_key(address: &str) -> String {
    match address.parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Ok(IpAddr::V6(v6)) => v6.to_ipv4_mapped().map_or_else(|| address.to_owned(), |v4| v4.to_string()),
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => address.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_client_and_window() {
        let limiter = RateLimiter::new(3, Duration::from_secs(60));
        let t = Instant::now();
        assert!((0..3).all(|_| limiter.allow_at("a", t)));
        assert!(!limiter.allow_at("a", t), "the fourth hit in the window");
        assert!(limiter.allow_at("b", t), "another client has its own count");
        assert!(limiter.allow_at("a", t + Duration::from_secs(60)), "a new window");
    }

    #[test]
    fn a_key_can_be_asked_about_without_counting() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let now = Instant::now();
        assert!(!limiter.exhausted_here("code"));
        limiter.allow_at("code", now);
        assert!(!limiter.exhausted_here("code") && !limiter.exhausted_here("code"), "asking counts nothing");
        limiter.allow_at("code", now);
        assert!(limiter.exhausted_here("code"));
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        let allow = |a: &str| limiter.allow_at(&network_key(a), Instant::now());
        assert!(allow("2001:db8:1:2::1"));
        assert!(allow("2001:db8:1:2:ffff::9"));
        assert!(!allow("2001:db8:1:2:abcd:1:2:3"), "a third address of the same /64");
        assert!(allow("2001:db8:1:3::1"), "the next /64 is another subscriber");
        assert_eq!(network_key("::ffff:10.0.0.7"), "10.0.0.7");
        assert_eq!(network_key("203.0.113.9"), "203.0.113.9");
    }

    #[test]
    fn a_flood_of_new_clients_evicts_the_oldest_and_refuses_nobody_new() {
        let limiter = RateLimiter::new(1, Duration::from_secs(60));
        let t = Instant::now();
        assert!(limiter.allow_at("early", t));
        for i in 0..2 * MAX_CLIENTS {
            assert!(limiter.allow_at(&i.to_string(), t), "a new client is never refused");
        }
        let g = limiter.state.lock().unwrap();
        assert!(g.current.len() + g.previous.len() <= 2 * MAX_CLIENTS, "memory stays bounded");
        drop(g);
        assert!(!limiter.allow_at(&(2 * MAX_CLIENTS - 1).to_string(), t), "a recent client keeps its count");
    }
}
