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
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::sync::OnceCell;

/// A cache that loads each missing value once, however many callers ask
/// for it at the same time.
pub struct LoadingCache<V> {
    /// One cell per key: empty while nobody has loaded the key (or every
    /// load so far failed or was cancelled), set once a load succeeds. The
    /// cell lets one caller at a time run a load and the others wait.
    slots: Mutex<HashMap<String, Arc<OnceCell<V>>>>,
}

impl<V> Default for LoadingCache<V> {
    fn default() -> Self {
        LoadingCache {
            slots: Mutex::new(HashMap::new()),
        }
    }
}

impl<V: Clone> LoadingCache<V> {
    /// Locks the map of slots. It is only held to find or add a slot, never
    /// across an `.await`.
    fn lock(&self) -> MutexGuard<'_, HashMap<String, Arc<OnceCell<V>>>> {
        self.slots.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The value stored under `key`, if one has been loaded.
    pub fn get(&self, key: &str) -> Option<V> {
        self.lock().get(key).and_then(|slot| slot.get().cloned())
    }

    /// The value stored under `key`; on a miss, the value of one `load` for
    /// all the callers of `key` at that time.
    pub async fn get_or_load<F, Fut, E>(&self, key: &str, load: F) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        let slot = Arc::clone(self.lock().entry(key.to_string()).or_default());
        // `get_or_try_init` runs `load` in one caller at a time. On an
        // error, or if that caller is dropped, the cell stays empty and the
        // next waiting caller runs its own `load`.
        slot.get_or_try_init(load).await.cloned()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/async_patterns/single_flight.rs"]
mod tests;
