//! `Counters` gives each worker thread a counter of its own, so that
//! workers never write to the same atomic; `total` adds them up. It counts
//! correctly, but with one worker per core it scales badly: the slots lie
//! side by side in memory, eight to a 64-byte cache line, and every
//! increment takes the line away from the cores of the neighbouring slots.
//!
//! Fix the layout so that every slot starts a cache line of its own (64
//! bytes, the line size on x86-64 and most ARM cores) and no two slots share
//! a line, with a slot taking at most two lines. Keep every signature, and
//! do not change what the methods return.

use std::sync::atomic::{AtomicU64, Ordering};

/// One worker's counter, alone on its cache line.
///
/// `align(64)` makes every `Slot` start at a multiple of 64 bytes, and since
/// a type's size is a multiple of its alignment, it also pads the slot to 64
/// bytes: the next slot starts on the next line.
#[derive(Debug, Default)]
#[repr(align(64))]
pub struct Slot {
    hits: AtomicU64,
}

/// One counter per worker, added up on demand.
#[derive(Debug)]
pub struct Counters {
    slots: Box<[Slot]>,
}

impl Counters {
    /// Counters for `workers` workers, all at 0.
    pub fn new(workers: usize) -> Self {
        Counters {
            slots: (0..workers).map(|_| Slot::default()).collect(),
        }
    }

    /// Adds `n` to the counter of worker `worker`.
    ///
    /// # Panics
    ///
    /// If there is no such worker.
    pub fn add(&self, worker: usize, n: u64) {
        // Relaxed: each counter stands for itself, and the total is read
        // after the workers are joined, which orders their increments first.
        self.slots[worker].hits.fetch_add(n, Ordering::Relaxed);
    }

    /// Returns the sum of all counters.
    pub fn total(&self) -> u64 {
        self.slots
            .iter()
            .map(|slot| slot.hits.load(Ordering::Relaxed))
            .sum()
    }

    /// The address of each worker's slot, for the tests.
    pub fn slot_addresses(&self) -> Vec<usize> {
        self.slots
            .iter()
            .map(|slot| slot as *const Slot as usize)
            .collect()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/lock_free/padded_counters.rs"]
mod tests;
