//! `Gauge` holds a `u64` that many threads update at once: `update(f)`
//! replaces the value with `f(value)` and returns the value it replaced, and
//! `add_capped` is built on it. Under load the gauge loses updates: four
//! threads each adding 1 a hundred thousand times can end below 400,000, and an
//! update made while `f` is running disappears.
//!
//! Fix `update` so that no update is ever lost, without a lock (a thread
//! that calls `update` from inside `f` must not wait forever). `f` may then
//! run more than once, and each run must get the latest value. Keep every
//! signature as it is.

use std::sync::atomic::{AtomicU64, Ordering};

/// A `u64` that threads update through `&self`.
#[derive(Debug, Default)]
pub struct Gauge {
    value: AtomicU64,
}

impl Gauge {
    /// Creates a gauge that holds `value`.
    pub fn new(value: u64) -> Self {
        Self {
            value: AtomicU64::new(value),
        }
    }

    /// Returns the current value.
    pub fn get(&self) -> u64 {
        // Relaxed: the gauge is one number and publishes no other data.
        self.value.load(Ordering::Relaxed)
    }

    /// Replaces the value `v` with `f(v)` in one atomic step and returns `v`.
    pub fn update(&self, mut f: impl FnMut(u64) -> u64) -> u64 {
        // Relaxed throughout: the gauge publishes no other data, and a
        // compare-and-swap is one indivisible step whatever its ordering,
        // so no update is lost. The load is only a first guess; the
        // exchange checks it.
        let mut current = self.value.load(Ordering::Relaxed);
        loop {
            let new = f(current);
            // Store `new` only if the value is still `current`. If another
            // thread changed it since, the swap fails and hands back what
            // that thread left: run `f` again on it.
            match self.value.compare_exchange_weak(
                current,
                new,
                Ordering::Relaxed,
                Ordering::Relaxed,
            ) {
                Ok(old) => return old,
                Err(actual) => current = actual,
            }
        }
    }

    /// Adds `n`, but never goes above `cap` (a value already above `cap`
    /// stays as it is). Returns the previous value.
    pub fn add_capped(&self, n: u64, cap: u64) -> u64 {
        self.update(|v| {
            if v >= cap {
                v
            } else {
                v.saturating_add(n).min(cap)
            }
        })
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/lock_free/gauge.rs"]
mod tests;
