//! `Cache` keeps values that are expensive to compute, such as the answer
//! of a slow lookup, and many threads share it through `&self`. Lookups take
//! the read lock, so they do not wait for each other.
//!
//! The code compiles, and `get`, `insert` and a hit in `get_or_insert_with`
//! work. But the first `get_or_insert_with` on a missing key never returns.
//! Fix `get_or_insert_with` so that it follows these rules, and keep the
//! public API:
//!
//! - It returns the cached value for `key`. On a miss it calls `make` once,
//!   stores the result and returns it. `computed()` counts the calls of
//!   `make`.
//! - `make` runs with no lock held: it may be slow, and it may use the cache
//!   itself, for example to look up another key.
//! - Two threads that miss the same key at the same time may both call
//!   `make`, but the first value stored wins: both calls return it, and it
//!   stays in the cache.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::RwLock;

/// A map from keys to computed values, shared between threads.
pub struct Cache<V> {
    map: RwLock<HashMap<String, V>>,
    computed: AtomicUsize,
}

impl<V> Default for Cache<V> {
    fn default() -> Self {
        Cache {
            map: RwLock::new(HashMap::new()),
            computed: AtomicUsize::new(0),
        }
    }
}

impl<V: Clone> Cache<V> {
    /// Returns an empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// Returns a copy of the value cached for `key`, if there is one.
    pub fn get(&self, key: &str) -> Option<V> {
        self.map.read().unwrap().get(key).cloned()
    }

    /// Stores `value` for `key`, replacing any earlier value.
    pub fn insert(&self, key: &str, value: V) {
        self.map.write().unwrap().insert(key.to_string(), value);
    }

    /// Returns the value cached for `key`, computing and storing it with
    /// `make` if there is none yet.
    pub fn get_or_insert_with(&self, key: &str, make: impl FnOnce() -> V) -> V {
        // `get` drops its read guard before it returns, so from here on no
        // lock is held.
        if let Some(value) = self.get(key) {
            return value;
        }
        // No lock is held while `make` runs. Relaxed: `computed` is a count
        // that publishes nothing; the cached values are under the lock.
        self.computed.fetch_add(1, Ordering::Relaxed);
        let value = make();
        // Another thread may have stored a value since the lookup; `entry`
        // keeps that one instead of replacing it.
        self.map
            .write()
            .unwrap()
            .entry(key.to_string())
            .or_insert(value)
            .clone()
    }

    /// Returns how many times `get_or_insert_with` has called `make`.
    pub fn computed(&self) -> usize {
        // Relaxed: see `get_or_insert_with`.
        self.computed.load(Ordering::Relaxed)
    }

    /// Returns the number of cached keys.
    pub fn len(&self) -> usize {
        self.map.read().unwrap().len()
    }

    /// Returns `true` if nothing is cached.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/mutex_atomics/rwlock_cache.rs"]
mod tests;
