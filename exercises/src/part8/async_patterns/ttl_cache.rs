//! Write `TtlCache`, a cache whose entries expire a fixed time after they
//! were stored.
//!
//! - `new(ttl)` makes an empty cache. A `ttl` of zero would make a cache
//!   that forgets everything at once, which is always a configuration
//!   mistake: return `Err(TtlError::ZeroTtl)` for it.
//! - `insert` stores a value; inserting under an existing key replaces the
//!   value and starts its time to live again.
//! - `get` returns the value while it is fresh: a value inserted at time `t`
//!   is returned up to, but not including, `t + ttl`. From `t + ttl` on it
//!   is expired: `get` returns `None` and removes it.
//! - `len` counts the entries stored, expired ones that nobody has removed
//!   yet included, and `purge_expired` removes every expired entry and
//!   returns how many it removed (a service calls it from a periodic task,
//!   so that keys nobody asks for again do not pile up).
//!
//! The tests run with tokio's paused clock and move it with
//! `tokio::time::advance`: read the time with `tokio::time::Instant`, not
//! `std::time::Instant`.
#![allow(dead_code)] // course:hide

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// A cache configuration that makes no sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TtlError {
    /// A time to live of zero.
    ZeroTtl,
}

impl fmt::Display for TtlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TtlError::ZeroTtl => write!(f, "a cache's time to live must be longer than zero"),
        }
    }
}

impl std::error::Error for TtlError {}

/// One stored value and the instant it expires.
struct Entry<V> {
    value: V,
    expires_at: Instant,
}

/// A cache whose entries expire `ttl` after they were inserted.
pub struct TtlCache<V> {
    ttl: Duration,
    entries: Mutex<HashMap<String, Entry<V>>>,
}

impl<V: Clone> TtlCache<V> {
    /// An empty cache, or `Err(TtlError::ZeroTtl)` if `ttl` is zero.
    pub fn new(ttl: Duration) -> Result<Self, TtlError> {
        todo!("make a cache with a time to live of {ttl:?}")
    }

    /// Stores `value` under `key`; its time to live starts now.
    pub fn insert(&self, key: &str, value: V) {
        let _ = value;
        todo!("store a value under {key:?}")
    }

    /// The value stored under `key`, unless it is missing or expired. An
    /// expired entry is removed.
    pub fn get(&self, key: &str) -> Option<V> {
        todo!("look up {key:?}")
    }

    /// The number of entries stored, expired ones not yet removed included.
    pub fn len(&self) -> usize {
        todo!("count the entries")
    }

    /// Whether no entry is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Removes every expired entry and returns how many were removed.
    pub fn purge_expired(&self) -> usize {
        todo!("remove the expired entries")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/async_patterns/ttl_cache.rs"]
mod tests;
