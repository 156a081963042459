//! Fixed-window rate limits per client address, kept in the process's memory.
//!
//! They used to be rows in the database, which made every public lookup a write transaction:
//! the benchmark (docs/PERFORMANCE.md) showed the lookup bound by those commits, not by its
//! reads. A counter here costs a hash-map update under a mutex. The price: with several
//! replicas, each counts on its own, so a client spread over N replicas gets up to N times the
//! limit (a load balancer hashing on the client address keeps them exact). The limits guard
//! against scraping and guessing, where that factor does not matter.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Distinct clients one window may count. Past it, a new client is refused until the window
/// turns: memory stays bounded (a few MB) whatever the number of addresses a flood comes from.
const MAX_CLIENTS: usize = 100_000;

pub struct RateLimiter {
    limit: u32,
    window: Duration,
    state: Mutex<Window>,
}

struct Window {
    started: Instant,
    hits: HashMap<String, u32>,
}

impl RateLimiter {
    /// `limit` hits per client in each `window`.
    pub fn new(limit: u32, window: Duration) -> Self {
        Self { limit, window, state: Mutex::new(Window { started: Instant::now(), hits: HashMap::new() }) }
    }

    pub fn per_minute(limit: u32) -> Self {
        Self::new(limit, Duration::from_secs(60))
    }

    /// Counts a hit for `client`; false when it is over the limit in the current window.
    pub fn allow(&self, client: &str) -> bool {
        self.allow_at(client, Instant::now())
    }

    fn allow_at(&self, client: &str, now: Instant) -> bool {
        let mut w = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if now.saturating_duration_since(w.started) >= self.window {
            w.started = now;
            w.hits.clear();
            // A past flood's allocation is given back.
            w.hits.shrink_to(1_024);
        }
        if let Some(n) = w.hits.get_mut(client) {
            *n = n.saturating_add(1);
            return *n <= self.limit;
        }
        if w.hits.len() >= MAX_CLIENTS {
            return false;
        }
        w.hits.insert(client.to_owned(), 1);
        true
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
    fn memory_is_bounded() {
        let limiter = RateLimiter::new(1, Duration::from_secs(60));
        let t = Instant::now();
        for i in 0..MAX_CLIENTS {
            assert!(limiter.allow_at(&i.to_string(), t));
        }
        assert!(!limiter.allow_at("one more", t), "a new client past the bound waits for the next window");
        assert!(limiter.allow_at("one more", t + Duration::from_secs(61)));
    }
}
