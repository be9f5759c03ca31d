//! Write `SampleWindow<N>`: the last `N` readings of a sensor, kept
//! without a heap, and a one-line report of them for a serial console.
//!
//! - `push(sample)` stores a reading. When the window already holds `N`
//!   readings, the oldest is dropped to make room and returned as
//!   `Some(oldest)`; otherwise `push` returns `None`.
//! - `len` and `is_empty` say how many readings are held.
//! - `mean` is the average of the held readings, rounded toward zero, or
//!   `None` when the window is empty. Sum in `i64`: `N` readings near
//!   `i32::MAX` must not overflow.
//! - `min_max` is `Some((smallest, largest))`, or `None` when empty.
//! - `report(label)` formats `"{label}: n={len} mean={mean} min={min}
//!   max={max}"` into a `heapless::String<64>` (with `core::fmt::Write` and
//!   `write!`), or `"{label}: empty"`. When the text does not fit in 64
//!   bytes it returns `Err(ReportTooLong)` instead of a cut-off line.
//!
//! The crate is `#![no_std]` and has no allocator: `heapless::Deque` and
//! `heapless::String` keep their elements inline, with the capacity in the
//! type. `make test` builds the solution for `thumbv7em-none-eabihf`.

#![no_std]
#![allow(dead_code, unused_imports)] // course:hide

use core::fmt::Write;
use heapless::{Deque, String};

/// The report did not fit in its 64-byte buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportTooLong;

/// The last `N` readings, oldest first.
#[derive(Debug, Default)]
pub struct SampleWindow<const N: usize> {
    samples: Deque<i32, N>,
}

impl<const N: usize> SampleWindow<N> {
    /// An empty window.
    pub const fn new() -> Self {
        Self {
            samples: Deque::new(),
        }
    }

    /// Stores `sample`, returning the oldest reading if it had to go.
    pub fn push(&mut self, sample: i32) -> Option<i32> {
        todo!("store {sample}, dropping the oldest reading if the window is full")
    }

    /// How many readings are held.
    pub fn len(&self) -> usize {
        todo!("how many readings are held")
    }

    /// Whether no reading is held.
    pub fn is_empty(&self) -> bool {
        todo!("whether no reading is held")
    }

    /// The average, rounded toward zero, or `None` when empty.
    pub fn mean(&self) -> Option<i32> {
        todo!("the mean, rounded toward zero")
    }

    /// The smallest and largest readings, or `None` when empty.
    pub fn min_max(&self) -> Option<(i32, i32)> {
        todo!("the smallest and largest readings")
    }

    /// One line for the console, in at most 64 bytes.
    pub fn report(&self, label: &str) -> Result<String<64>, ReportTooLong> {
        todo!("format the report for {label:?}")
    }
}
