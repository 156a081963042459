//! Fixed-window rate limits per client, kept in the process's memory.
//!
//! They used to be rows in the database, which made every public lookup a write transaction:
//! the benchmark (docs/PERFORMANCE.md) showed the lookup bound by those commits, not by its
//! reads. A counter here costs a hash-map update under a mutex. The price: with several
//! replicas, each counts on its own, so a client spread over N replicas gets up to N times the
//! limit (a load balancer hashing on the client address keeps them exact). The limits guard
//! against scraping and guessing, where that factor does not matter.
//!
//! A client is its IPv4 address, or its IPv6 /64: one subscriber gets a whole /64, so counting
//! single IPv6 addresses would give each guesser unlimited tries.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Clients one generation of counters holds. Past it the older generation is dropped (the
/// clients seen least recently), so memory stays bounded (a few MB) whatever the number of
/// addresses a flood comes from, and a flood never locks out a client it has not seen.
const MAX_CLIENTS: usize = 100_000;

pub struct RateLimiter {
    limit: u32,
    window: Duration,
    state: Mutex<Generations>,
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
        Self { limit, window, state: Mutex::new(Generations::default()) }
    }

    pub fn per_minute(limit: u32) -> Self {
        Self::new(limit, Duration::from_secs(60))
    }

    /// Counts a hit for `client` (an address); false when it is over the limit in its window.
    pub fn allow(&self, client: &str) -> bool {
        self.allow_at(&network_key(client), Instant::now())
    }

    /// Whether `key` (counted as given, not by network) has used up its window, without
    /// counting a hit.
    pub fn exhausted(&self, key: &str) -> bool {
        let g = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        let seen = g.current.get(key).or_else(|| g.previous.get(key));
        seen.is_some_and(|c| now.saturating_duration_since(c.started) < self.window && c.hits >= self.limit)
    }

    /// Counts a hit for `key` as given (not by network).
    pub fn count(&self, key: &str) -> bool {
        self.allow_at(key, Instant::now())
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
        assert!(!limiter.exhausted("code"));
        limiter.count("code");
        assert!(!limiter.exhausted("code") && !limiter.exhausted("code"), "asking counts nothing");
        limiter.count("code");
        assert!(limiter.exhausted("code"));
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let limiter = RateLimiter::new(2, Duration::from_secs(60));
        assert!(limiter.allow("2001:db8:1:2::1"));
        assert!(limiter.allow("2001:db8:1:2:ffff::9"));
        assert!(!limiter.allow("2001:db8:1:2:abcd:1:2:3"), "a third address of the same /64");
        assert!(limiter.allow("2001:db8:1:3::1"), "the next /64 is another subscriber");
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
