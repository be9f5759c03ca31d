//! Write `BoundedQueue<T>`, a first-in, first-out queue of at most
//! `capacity` values that threads share: `push` waits while the queue is
//! full, and `pop` waits while it is empty. It is the blocking queue behind
//! a bounded channel, built from one `Mutex` and two `Condvar`s.
//!
//! - `push(value)` appends `value`, first waiting as long as the queue holds
//!   `capacity` values.
//! - `pop()` removes and returns the oldest value, first waiting as long as
//!   the queue is empty.
//! - `len()` returns how many values the queue holds now. It is never above
//!   the capacity, not even for a moment.
//! - No thread waits while it could go on, and no value is lost: a thread
//!   that changes the queue wakes the threads that may now proceed.
//!
//! A thread that wakes up from `Condvar::wait` may find its condition false
//! again: another thread got there first, or the wakeup was spurious. Loom's
//! `Condvar` has no `wait_while`, so write the loop yourself.
//!
//! `new` is written for you. Once the ordinary tests pass, `cargo course
//! check` runs loom models with two or three threads, which try every
//! interleaving, including the one where another thread takes the value you
//! were woken for. That is why `Mutex` and `Condvar` come from `loom` under
//! `--cfg loom`: leave the imports as they are.

#![allow(unused_variables)] // course:hide
use std::collections::VecDeque;

#[cfg(loom)]
use loom::sync::{Condvar, Mutex};
#[cfg(not(loom))]
use std::sync::{Condvar, Mutex};

/// A queue of at most `capacity` values; `push` and `pop` wait when needed.
pub struct BoundedQueue<T> {
    items: Mutex<VecDeque<T>>,
    capacity: usize,
    /// Signalled when a value is added: a `pop` may proceed.
    not_empty: Condvar,
    /// Signalled when a value is removed: a `push` may proceed.
    not_full: Condvar,
}

impl<T> BoundedQueue<T> {
    /// Returns an empty queue for at most `capacity` values.
    ///
    /// # Panics
    ///
    /// If `capacity` is 0: nothing could ever be pushed.
    pub fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "BoundedQueue: capacity must be at least 1");
        BoundedQueue {
            items: Mutex::new(VecDeque::with_capacity(capacity)),
            capacity,
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
        }
    }

    /// Returns how many values the queue holds now.
    pub fn len(&self) -> usize {
        self.items.lock().unwrap().len()
    }

    /// Returns `true` if the queue holds no value now.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends `value`, waiting while the queue is full.
    pub fn push(&self, value: T) {
        todo!("wait while the queue is full, then append the value and wake a `pop`")
    }

    /// Removes and returns the oldest value, waiting while the queue is empty.
    pub fn pop(&self) -> T {
        todo!("wait while the queue is empty, then take the oldest value and wake a `push`")
    }
}
