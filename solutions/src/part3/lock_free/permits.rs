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
        // Relaxed: a snapshot; nobody reads other data because of it.
        self.free.load(Ordering::Relaxed)
    }

    /// Takes `n` permits if at least `n` are free; otherwise takes none.
    pub fn try_acquire(&self, n: u32) -> bool {
        let mut current = self.free.load(Ordering::Relaxed);
        loop {
            let Some(new) = current.checked_sub(n) else {
                return false;
            };
            // Acquire on success: it reads the count stored by a `release`
            // (or by an RMW after it, which continues its release sequence),
            // so what the releasing thread wrote happens before our use of
            // the permits. Relaxed would not synchronize. A failed exchange
            // takes nothing, so it needs no ordering, and neither does the
            // first load: only the value that the exchange succeeds on counts.
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
        // Release on success: what this thread wrote while it held the
        // permits happens before the `try_acquire` that takes them next.
        // A refused release gives nothing back, so its loads are Relaxed.
        self.free
            .try_update(Ordering::Release, Ordering::Relaxed, |free| {
                free.checked_add(n).filter(|&new| new <= self.max)
            })
            .is_ok()
    }
}
