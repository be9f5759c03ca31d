//! Write a bounded single-producer, single-consumer (SPSC) queue: a ring
//! buffer that one thread fills and another empties, without a lock.
//!
//! - `ring_buffer(capacity)` returns the two ends. The capacity is rounded
//!   up to a power of two (3 becomes 4). A capacity of 0 panics with a
//!   message that contains `capacity must be at least 1`.
//! - `Producer::push` appends a value, or hands it back as `Err(value)` when
//!   the buffer is full. `Producer::capacity` returns the rounded capacity.
//! - `Consumer::pop` removes the oldest value, or returns `None` when the
//!   buffer is empty.
//! - No value is lost, duplicated or reordered, and every value is dropped
//!   exactly once: values still in the buffer when both ends are gone are
//!   dropped then (write `Drop for Shared`).
//!
//! `tail` counts the values pushed so far and `head` the values popped; both
//! wrap around at `usize::MAX`, and index `i` lives in `slots[i & (capacity -
//! 1)]`. Only the producer stores to `tail`, only the consumer to `head`.
//! Choose the ordering of each load and store so that writing a slot happens
//! before reading it, and reading it happens before it is written again.
//!
//! `cargo course check lockfree-spsc-ring` runs the tests in a normal build
//! (with stress tests on two threads) and, once they pass, again under the
//! loom model checker, which explores every interleaving of three small
//! scenarios.
//! By hand: `RUSTFLAGS="--cfg loom" cargo test --release -p exercises-lockfree`.

#![allow(dead_code, unused_variables)] // course:hide

use std::mem::MaybeUninit;

// Under `--cfg loom`, loom's versions of the concurrency types, so that loom
// sees (and permutes) every access; otherwise the standard ones.
#[cfg(loom)]
use loom::{
    cell::UnsafeCell,
    sync::atomic::{AtomicUsize, Ordering},
    sync::Arc,
};
#[cfg(not(loom))]
use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};

/// `std`'s `UnsafeCell` with loom's closure-based API, so that one body of
/// code compiles in both builds.
#[cfg(not(loom))]
struct UnsafeCell<T>(std::cell::UnsafeCell<T>);

#[cfg(not(loom))]
impl<T> UnsafeCell<T> {
    fn new(value: T) -> Self {
        Self(std::cell::UnsafeCell::new(value))
    }

    fn with<R>(&self, f: impl FnOnce(*const T) -> R) -> R {
        f(self.0.get())
    }

    fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
        f(self.0.get())
    }
}

/// The state both ends share.
struct Shared<T> {
    /// `slots.len()` is a power of two.
    slots: Box<[UnsafeCell<MaybeUninit<T>>]>,
    /// How many values the consumer has popped. Written by the consumer only.
    head: AtomicUsize,
    /// How many values the producer has pushed. Written by the producer only.
    tail: AtomicUsize,
}

// SAFETY: a slot is written only by the producer while it is outside
// `head..tail`, and read only by the consumer while it is inside; the
// orderings of the loads and stores of `head` and `tail` must order those
// accesses. Values move from the producer's thread to the consumer's, hence
// `T: Send`.
unsafe impl<T: Send> Sync for Shared<T> {}

impl<T> Shared<T> {
    /// The slot that holds index `index`.
    fn slot(&self, index: usize) -> &UnsafeCell<MaybeUninit<T>> {
        &self.slots[index & (self.slots.len() - 1)]
    }
}

/// The sending end. There is exactly one, so it is not `Clone`.
pub struct Producer<T> {
    shared: Arc<Shared<T>>,
}

/// The receiving end. There is exactly one, so it is not `Clone`.
pub struct Consumer<T> {
    shared: Arc<Shared<T>>,
}

/// Creates a ring buffer that holds at least `capacity` values.
pub fn ring_buffer<T>(capacity: usize) -> (Producer<T>, Consumer<T>) {
    todo!("ring_buffer({capacity}): create the shared state and the two ends")
}

impl<T> Producer<T> {
    /// How many values the buffer holds when full.
    pub fn capacity(&self) -> usize {
        self.shared.slots.len()
    }

    /// Appends `value`, or returns it in `Err` if the buffer is full.
    pub fn push(&mut self, value: T) -> Result<(), T> {
        todo!("push a value into a buffer of {} slots", self.capacity())
    }
}

impl<T> Consumer<T> {
    /// Removes the oldest value, or returns `None` if the buffer is empty.
    pub fn pop(&mut self) -> Option<T> {
        todo!("pop the oldest value")
    }
}

impl<T> Drop for Shared<T> {
    fn drop(&mut self) {
        // Drop the values that were pushed but never popped. (Until you do,
        // they leak: safe, but wrong.)
    }
}
