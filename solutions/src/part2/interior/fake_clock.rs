//! `Clock` is how a program asks for the time. Its method takes `&self`, as
//! it must for a clock that many parts of a program share. Write
//! `FakeClock`, a clock for tests, and choose its fields:
//!
//! - `FakeClock::new(start, step)`: the first call of `now()` returns
//!   `start`, and every later call returns `step` more than the one before.
//! - `advance(by)` moves the clock forward by `by` without calling `now`.
//! - `calls()` is how many times `now()` has been called.
//! - The clock never passes `u64::MAX`: it stops there.
//!
//! Every method takes `&self`. A fake clock holds three numbers (the next
//! time, the step and the call count), and the tests check that it is no
//! bigger than three `u64`s: the cell that makes a number changeable through
//! `&self` must cost nothing.

use std::cell::Cell;

/// Tells the time, in whatever unit the program uses.
pub trait Clock {
    /// The current time.
    fn now(&self) -> u64;
}

/// How long `work` takes by `clock` (given): the time after it minus the
/// time before it.
pub fn elapsed(clock: &dyn Clock, work: impl FnOnce()) -> u64 {
    let start = clock.now();
    work();
    clock.now() - start
}

/// A clock that moves only when asked, for tests.
#[derive(Debug)]
pub struct FakeClock {
    /// What the next `now()` returns. A `Cell`: it changes through `&self`.
    next: Cell<u64>,
    /// Never changes after `new`, so it needs no cell.
    step: u64,
    /// Calls of `now()` so far.
    calls: Cell<u64>,
}

impl FakeClock {
    /// A clock whose first `now()` is `start`, moving by `step` per call.
    pub fn new(start: u64, step: u64) -> Self {
        FakeClock {
            next: Cell::new(start),
            step,
            calls: Cell::new(0),
        }
    }

    /// Moves the clock forward by `by`, stopping at `u64::MAX`.
    pub fn advance(&self, by: u64) {
        self.next.set(self.next.get().saturating_add(by));
    }

    /// How many times `now()` has been called.
    pub fn calls(&self) -> u64 {
        self.calls.get()
    }
}

impl Clock for FakeClock {
    fn now(&self) -> u64 {
        self.calls.set(self.calls.get() + 1);
        // `replace` stores the next time and hands back the current one.
        self.next.replace(self.next.get().saturating_add(self.step))
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/interior/fake_clock.rs"]
mod tests;
