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
//!
//! Threads call these methods at the same time, so each check and its update
//! must be one atomic step: the tests run several threads against one
//! `Permits` and count every permit.

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
        self.free.load(Ordering::Relaxed)
    }

    /// Takes `n` permits if at least `n` are free; otherwise takes none.
    pub fn try_acquire(&self, n: u32) -> bool {
        let mut current = self.free.load(Ordering::Relaxed);
        loop {
            let Some(new) = current.checked_sub(n) else {
                return false;
            };
            // Acquire on success: what the last holder wrote before its
            // Release in `release` is visible to the new holder.
            match self.free.compare_exchange_weak(
                current,
                new,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                // Another thread changed the count: retry with its value.
                Err(actual) => current = actual,
            }
        }
    }

    /// Gives `n` permits back, unless that would leave more than `max` free.
    pub fn release(&self, n: u32) -> bool {
        self.free
            .fetch_update(Ordering::Release, Ordering::Relaxed, |free| {
                free.checked_add(n).filter(|&new| new <= self.max)
            })
            .is_ok()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/lock_free/permits.rs"]
mod tests;
