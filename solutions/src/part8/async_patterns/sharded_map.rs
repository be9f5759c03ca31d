//! Write `ShardedMap`: a map from `String` keys split into `n` shards, each
//! a `HashMap` behind its own `Mutex`, so that operations on keys in
//! different shards never wait for each other.
//!
//! - `new(n)` makes `n` empty shards. A map with no shard cannot hold
//!   anything: `new(0)` returns `Err(ShardError::NoShards)`.
//! - `shard_index(key)` picks the shard of `key` from its hash with the
//!   map's `hasher`: always the same shard for the same key, in
//!   `0..shard_count()`, and spread evenly over the shards.
//! - `insert`, `get` and `remove` lock only the shard of their key;
//!   `insert` and `remove` return the value that was there before.
//! - `len` counts the entries of all shards.
//! - `lock_shard(i)` locks shard `i` and returns its guard (the tests use it
//!   to hold one shard while they use another).

use std::collections::hash_map::RandomState;
use std::collections::HashMap;
use std::fmt;
use std::hash::BuildHasher;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A sharded map that cannot be made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardError {
    /// Zero shards were asked for.
    NoShards,
}

impl fmt::Display for ShardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShardError::NoShards => write!(f, "a sharded map needs at least one shard"),
        }
    }
}

impl std::error::Error for ShardError {}

/// One shard: part of the map, behind its own lock.
pub type Shard<V> = HashMap<String, V>;

/// A map split into shards chosen by the hash of the key.
pub struct ShardedMap<V> {
    hasher: RandomState,
    shards: Vec<Mutex<Shard<V>>>,
}

impl<V: Clone> ShardedMap<V> {
    /// A map of `shards` empty shards, or `Err(ShardError::NoShards)`.
    pub fn new(shards: usize) -> Result<Self, ShardError> {
        if shards == 0 {
            return Err(ShardError::NoShards);
        }
        Ok(ShardedMap {
            hasher: RandomState::new(),
            shards: (0..shards).map(|_| Mutex::new(HashMap::new())).collect(),
        })
    }

    /// The number of shards.
    pub fn shard_count(&self) -> usize {
        self.shards.len()
    }

    /// The index of the shard that holds `key`.
    pub fn shard_index(&self, key: &str) -> usize {
        let hash = self.hasher.hash_one(key);
        // The remainder is below `shards.len()`, so it fits in a `usize`.
        (hash % self.shards.len() as u64) as usize
    }

    /// Locks shard `index` and returns its guard. Panics if `index` is not
    /// below `shard_count()`.
    pub fn lock_shard(&self, index: usize) -> MutexGuard<'_, Shard<V>> {
        // Every operation is one `HashMap` call, so a poisoned shard is
        // still consistent.
        self.shards[index]
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Stores `value` under `key`; returns the previous value, if any.
    pub fn insert(&self, key: &str, value: V) -> Option<V> {
        self.lock_shard(self.shard_index(key))
            .insert(key.to_string(), value)
    }

    /// The value stored under `key`, if any.
    pub fn get(&self, key: &str) -> Option<V> {
        self.lock_shard(self.shard_index(key)).get(key).cloned()
    }

    /// Removes `key`; returns its value, if it had one.
    pub fn remove(&self, key: &str) -> Option<V> {
        self.lock_shard(self.shard_index(key)).remove(key)
    }

    /// The number of entries in all shards.
    pub fn len(&self) -> usize {
        (0..self.shards.len())
            .map(|index| self.lock_shard(index).len())
            .sum()
    }

    /// Whether no shard holds an entry.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/async_patterns/sharded_map.rs"]
mod tests;
