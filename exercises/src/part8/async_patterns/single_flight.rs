//! Write `LoadingCache::get_or_load` so that a burst of requests for a key
//! that is not cached yet (after a restart, or when a popular entry
//! expires) runs the expensive loader once, not once per request:
//!
//! - A stored value is returned without calling `load`.
//! - On a miss, one caller runs its `load`; every other caller of the same
//!   key waits for that load and gets its value. The value is then stored.
//! - If a load fails, its caller gets the error and nothing is stored: a
//!   caller that was waiting for that load runs its own `load` instead (one
//!   at a time, as before), and so does the next caller.
//! - If the caller running a load is cancelled (its future is dropped, for
//!   example by a timeout), a waiting caller runs its own `load` instead:
//!   the others must not wait forever.
//! - Loads of different keys do not wait for each other.
//!
//! `get` returns a stored value only; it never waits. You may change the
//! fields of `LoadingCache` and the body of `get`.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Mutex, PoisonError};

/// A cache that loads each missing value once, however many callers ask
/// for it at the same time.
pub struct LoadingCache<V> {
    values: Mutex<HashMap<String, V>>,
}

impl<V> Default for LoadingCache<V> {
    fn default() -> Self {
        LoadingCache {
            values: Mutex::new(HashMap::new()),
        }
    }
}

impl<V: Clone> LoadingCache<V> {
    /// The value stored under `key`, if one has been loaded.
    pub fn get(&self, key: &str) -> Option<V> {
        let values = self.values.lock().unwrap_or_else(PoisonError::into_inner);
        values.get(key).cloned()
    }

    /// The value stored under `key`; on a miss, the value of one `load` for
    /// all the callers of `key` at that time.
    pub async fn get_or_load<F, Fut, E>(&self, key: &str, load: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        let _ = load;
        todo!("get or load {key:?}, once for all concurrent callers")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/async_patterns/single_flight.rs"]
mod tests;
