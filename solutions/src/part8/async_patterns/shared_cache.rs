//! This is a cache like the seed's `Cache<T>` (a tokio `Mutex` where the seed
//! has a tokio `RwLock`), with a `get_or_load` added. It works in a quick
//! demo, but in a service two things go wrong:
//!
//! - While one key is being loaded (a slow database query, say), every
//!   other call on the cache waits, even `get` of a key that is already
//!   stored.
//! - A loader that reads the cache itself (to look up another key it
//!   depends on) never finishes.
//!
//! Fix `get_or_load` so that neither happens. Keep the signatures and the
//! behaviour: a stored value is returned without calling `load`; on a miss,
//! `load` runs and its value is stored and returned. Two callers that miss
//! the same key at the same time may both run `load` (the single-flight
//! exercise fixes that); the last value stored wins.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};

/// A cache of values by key, shared between tasks by cloning the handle.
pub struct Cache<T> {
    data: Arc<Mutex<HashMap<String, T>>>,
}

impl<T> Clone for Cache<T> {
    fn clone(&self) -> Self {
        Cache {
            data: Arc::clone(&self.data),
        }
    }
}

impl<T> Default for Cache<T> {
    fn default() -> Self {
        Cache {
            data: Arc::new(Mutex::new(HashMap::new())),
        }
    }
}

impl<T: Clone> Cache<T> {
    /// Locks the map. A std `Mutex` is right here: no guard is ever held
    /// across an `.await`, so a lock is only held for a map operation. A
    /// panic while the lock was held cannot leave the map half-updated
    /// (every operation is one `HashMap` call), so poisoning is ignored.
    fn lock(&self) -> MutexGuard<'_, HashMap<String, T>> {
        self.data
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The value stored under `key`, if any.
    pub async fn get(&self, key: &str) -> Option<T> {
        self.lock().get(key).cloned()
    }

    /// Stores `value` under `key`, replacing any previous value.
    pub async fn insert(&self, key: String, value: T) {
        self.lock().insert(key, value);
    }

    /// The value stored under `key`; on a miss, runs `load`, stores its
    /// value and returns it.
    pub async fn get_or_load<F, Fut>(&self, key: &str, load: F) -> T
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = T>,
    {
        // The guard is a temporary of this statement: it is dropped before
        // the `.await` below.
        if let Some(value) = self.lock().get(key).cloned() {
            return value;
        }
        let value = load().await;
        self.lock().insert(key.to_string(), value.clone());
        value
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/async_patterns/shared_cache.rs"]
mod tests;
