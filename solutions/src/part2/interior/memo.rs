//! Write `Memo`, a cache in front of an expensive function `f: u64 -> u64`.
//! Its methods all take `&self`, so several parts of a program can share one
//! memo; the stored results live in a `RefCell` and the statistics in `Cell`s.
//!
//! - `get(n)` returns `f(n)`. The first call for an `n` runs `f` once and
//!   stores the result: a *miss*. Later calls for the same `n` return the
//!   stored result without running `f`: a *hit*. A stored `0` is a result
//!   like any other.
//! - `hits()` and `misses()` count the calls of each kind since `new`.
//! - `len()` is the number of stored results; `is_empty()` says whether it
//!   is zero.
//! - `clear()` forgets every stored result but keeps the counters, so the
//!   next `get` for any `n` is a miss again.
//!
//! The tests count how often `f` really runs.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Remembers the results of `f`, one per argument.
pub struct Memo<F> {
    f: F,
    cache: RefCell<HashMap<u64, u64>>,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

impl<F: Fn(u64) -> u64> Memo<F> {
    /// Returns a memo with nothing stored yet. It does not call `f`.
    pub fn new(f: F) -> Self {
        Memo {
            f,
            cache: RefCell::new(HashMap::new()),
            hits: Cell::new(0),
            misses: Cell::new(0),
        }
    }

    /// Returns `f(n)`, running `f` only if no result for `n` is stored.
    pub fn get(&self, n: u64) -> u64 {
        // The `Ref` is dropped at the end of this statement, before `f` runs
        // and before `borrow_mut` below.
        let stored = self.cache.borrow().get(&n).copied();
        if let Some(value) = stored {
            self.hits.set(self.hits.get() + 1);
            return value;
        }
        self.misses.set(self.misses.get() + 1);
        let value = (self.f)(n);
        self.cache.borrow_mut().insert(n, value);
        value
    }

    /// How many calls of `get` found a stored result.
    pub fn hits(&self) -> u64 {
        self.hits.get()
    }

    /// How many calls of `get` had to run `f`.
    pub fn misses(&self) -> u64 {
        self.misses.get()
    }

    /// How many results are stored.
    pub fn len(&self) -> usize {
        self.cache.borrow().len()
    }

    /// Whether no result is stored.
    pub fn is_empty(&self) -> bool {
        self.cache.borrow().is_empty()
    }

    /// Forgets every stored result; the counters are kept.
    pub fn clear(&self) {
        self.cache.borrow_mut().clear();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/interior/memo.rs"]
mod tests;
