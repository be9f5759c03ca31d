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
        let evicted = if self.samples.is_full() {
            self.samples.pop_front()
        } else {
            None
        };
        // There is room now (unless N is 0, where nothing is ever kept).
        match self.samples.push_back(sample) {
            Ok(()) => evicted,
            Err(rejected) => Some(rejected),
        }
    }

    /// How many readings are held.
    pub fn len(&self) -> usize {
        self.samples.len()
    }

    /// Whether no reading is held.
    pub fn is_empty(&self) -> bool {
        self.samples.is_empty()
    }

    /// The average, rounded toward zero, or `None` when empty.
    pub fn mean(&self) -> Option<i32> {
        if self.samples.is_empty() {
            return None;
        }
        let sum: i64 = self.samples.iter().map(|&s| i64::from(s)).sum();
        // The mean of `i32`s is between their min and max, so it fits.
        Some((sum / self.samples.len() as i64) as i32)
    }

    /// The smallest and largest readings, or `None` when empty.
    pub fn min_max(&self) -> Option<(i32, i32)> {
        let mut samples = self.samples.iter().copied();
        let first = samples.next()?;
        Some(samples.fold((first, first), |(lo, hi), s| (lo.min(s), hi.max(s))))
    }

    /// One line for the console, in at most 64 bytes.
    pub fn report(&self, label: &str) -> Result<String<64>, ReportTooLong> {
        let mut line = String::new();
        let written = match (self.mean(), self.min_max()) {
            (Some(mean), Some((min, max))) => write!(
                line,
                "{label}: n={} mean={mean} min={min} max={max}",
                self.len()
            ),
            _ => write!(line, "{label}: empty"),
        };
        // `heapless::String` returns `fmt::Error` when it is full.
        written.map_err(|_| ReportTooLong)?;
        Ok(line)
    }
}
