//! `Meter` tracks a service's usage from many threads at once, without a
//! lock: it hands out request ids, adds up the bytes served, and reserves
//! capacity against a fixed quota.
//!
//! The tests on one thread pass, but in production two requests sometimes
//! get the same id and `served()` comes out lower than the bytes really
//! served. And once a reservation has been refused, later reservations that
//! would fit are refused too. Fix the methods so that these rules hold,
//! using atomics only (no lock):
//!
//! - `next_id()` returns 0, 1, 2, ...: every call gets a different id, and
//!   no id is skipped.
//! - `add_served(bytes)` adds `bytes` to `served()`.
//! - `try_reserve(bytes)` succeeds, adding `bytes` to `reserved()`, only if
//!   the new total stays within the quota. Otherwise it returns `false` and
//!   changes nothing. `reserved()` is never above the quota, not even for a
//!   moment, and a request so large that the total would overflow a `u64` is
//!   refused like any other.
//! - `release(bytes)` gives back what an earlier reservation took.
//!
//! Threads running at the same moment are rare in a test on a busy machine,
//! so once the ordinary tests pass, `cargo course check` runs loom models of
//! two and three threads, which try every interleaving. That is why the
//! atomics come from `loom` under `--cfg loom`: leave the imports as they are.

#[cfg(loom)]
use loom::sync::atomic::{AtomicU64, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicU64, Ordering};

/// Usage counters shared by every thread of a service.
pub struct Meter {
    next_id: AtomicU64,
    served: AtomicU64,
    reserved: AtomicU64,
    quota: u64,
}

impl Meter {
    /// Returns a meter with no usage and room for `quota` reserved bytes.
    pub fn new(quota: u64) -> Self {
        Meter {
            next_id: AtomicU64::new(0),
            served: AtomicU64::new(0),
            reserved: AtomicU64::new(0),
            quota,
        }
    }

    // Every ordering here is `Relaxed`: each counter stands for itself and
    // publishes no other data, so all that is needed is that each update is
    // one indivisible step, which every atomic operation is, whatever its
    // ordering.

    /// Returns a new request id.
    pub fn next_id(&self) -> u64 {
        // One read-modify-write step: no two calls see the same old value.
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }

    /// Records that `bytes` more bytes were served.
    pub fn add_served(&self, bytes: u64) {
        self.served.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Returns the total of all `add_served` calls.
    pub fn served(&self) -> u64 {
        self.served.load(Ordering::Relaxed)
    }

    /// Reserves `bytes` if they fit within the quota; returns whether they did.
    pub fn try_reserve(&self, bytes: u64) -> bool {
        // Store the new total only if it fits; a refused request stores
        // nothing. The closure runs again if another thread got in first.
        self.reserved
            .try_update(Ordering::Relaxed, Ordering::Relaxed, |reserved| {
                reserved
                    .checked_add(bytes)
                    .filter(|&total| total <= self.quota)
            })
            .is_ok()
    }

    /// Gives back `bytes` from an earlier successful reservation.
    pub fn release(&self, bytes: u64) {
        self.reserved.fetch_sub(bytes, Ordering::Relaxed);
    }

    /// Returns the bytes reserved right now.
    pub fn reserved(&self) -> u64 {
        self.reserved.load(Ordering::Relaxed)
    }
}
