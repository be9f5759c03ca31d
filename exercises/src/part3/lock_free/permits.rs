//! Write `Permits`: a count of free permits that threads take and give back
//! without a lock, as a connection pool or a rate limiter might.
//!
//! - `Permits::new(max)` starts with `max` free permits; `available` returns
//!   how many are free now.
//! - `try_acquire(n)` takes `n` permits and returns `true` if at least `n`
//!   are free. Otherwise it takes none and returns `false`: all or nothing.
//!   Taking 0 always succeeds.
//! - `release(n)` gives `n` permits back and returns `true`. If that would
//!   leave more than `max` free (a caller's bug), it gives nothing back and
//!   returns `false`. This must work for every `max` up to `u32::MAX`.
//! - Like a lock, permits hand work over: whatever a thread wrote before it
//!   released permits, a thread that then takes them sees. Use the weakest
//!   orderings that guarantee this.
//!
//! Threads call these methods at the same time, so each check and its update
//! must be one atomic step. Once the ordinary tests pass, `cargo course
//! check` runs loom models of two and three threads, which try every
//! interleaving and every stale read the orderings allow. That is why the
//! atomics come from `loom` under `--cfg loom`: leave the imports as they
//! are.

#![allow(unused_imports, dead_code)] // course:hide

#[cfg(loom)]
use loom::sync::atomic::{AtomicU32, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicU32, Ordering};

/// A lock-free counter of free permits.
#[derive(Debug)]
pub struct Permits {
    free: AtomicU32,
    max: u32,
}

impl Permits {
    /// Creates `max` free permits.
    pub fn new(max: u32) -> Self {
        Self {
            free: AtomicU32::new(max),
            max,
        }
    }

    /// Returns how many permits are free at this moment.
    pub fn available(&self) -> u32 {
        todo!("return the number of free permits")
    }

    /// Takes `n` permits if at least `n` are free; otherwise takes none.
    pub fn try_acquire(&self, n: u32) -> bool {
        todo!("try_acquire({n}): take the permits if enough are free")
    }

    /// Gives `n` permits back, unless that would leave more than `max` free.
    pub fn release(&self, n: u32) -> bool {
        todo!("release({n}): give the permits back unless too many would be free")
    }
}
