//! `TtlCache` is a cache whose entries expire, and `Cache` a correct
//! implementation that reads tokio's clock. Write `ttl_cache_suite`, an
//! async suite for any `TtlCache` that panics on the first broken promise.
//! The course runs it on a runtime whose clock is paused, so your suite
//! controls time: `tokio::time::advance(d).await` moves the clock forward
//! by exactly `d`, and no test waits for real.
//!
//! The contract, for a cache made with `C::new(ttl)`:
//! - `get` returns the value inserted under a key while less than `ttl` has
//!   passed since that insert, and `None` from the moment `ttl` has passed;
//! - inserting a key again replaces its value *and* restarts its `ttl`;
//! - `get` of a key never inserted is `None`.
//!
//! The course runs your suite against `Cache` (it must pass) and against
//! several broken caches (it must panic for each).

use std::collections::HashMap;
use std::time::Duration;
use tokio::time::Instant;

/// A cache whose entries expire `ttl` after they were inserted.
pub trait TtlCache {
    /// An empty cache.
    fn new(ttl: Duration) -> Self;
    /// Stores `value` under `key`, replacing any older value.
    fn insert(&mut self, key: &str, value: &str);
    /// The value under `key`, unless it has expired.
    fn get(&self, key: &str) -> Option<String>;
}

/// A correct `TtlCache` (given; do not change).
pub struct Cache {
    ttl: Duration,
    entries: HashMap<String, (String, Instant)>,
}

impl TtlCache for Cache {
    fn new(ttl: Duration) -> Self {
        Cache {
            ttl,
            entries: HashMap::new(),
        }
    }

    fn insert(&mut self, key: &str, value: &str) {
        self.entries
            .insert(key.to_string(), (value.to_string(), Instant::now()));
    }

    fn get(&self, key: &str) -> Option<String> {
        let (value, inserted) = self.entries.get(key)?;
        (inserted.elapsed() < self.ttl).then(|| value.clone())
    }
}

/// Checks any `TtlCache`; runs with tokio's clock paused.
pub async fn ttl_cache_suite<C: TtlCache>() {
    use tokio::time::advance;
    let ttl = Duration::from_secs(10);
    let just_under = ttl - Duration::from_millis(1);

    // An entry lives until exactly `ttl` has passed.
    let mut cache = C::new(ttl);
    assert_eq!(cache.get("a"), None, "get of a key never inserted");
    cache.insert("a", "1");
    assert_eq!(
        cache.get("a").as_deref(),
        Some("1"),
        "get right after insert"
    );
    advance(just_under).await;
    assert_eq!(
        cache.get("a").as_deref(),
        Some("1"),
        "get 1 ms before the ttl ends"
    );
    advance(Duration::from_millis(1)).await;
    assert_eq!(cache.get("a"), None, "get exactly when the ttl has passed");

    // Inserting again replaces the value and restarts the ttl.
    let mut cache = C::new(ttl);
    cache.insert("b", "old");
    advance(Duration::from_secs(6)).await;
    cache.insert("b", "new");
    assert_eq!(
        cache.get("b").as_deref(),
        Some("new"),
        "get after replacing the value"
    );
    advance(Duration::from_secs(6)).await;
    assert_eq!(
        cache.get("b").as_deref(),
        Some("new"),
        "12 s after the first insert but 6 s after the second, with a ttl of 10 s"
    );
    advance(Duration::from_secs(4)).await;
    assert_eq!(cache.get("b"), None, "10 s after the second insert");
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/async_tests/ttl_suite.rs"]
mod tests;
