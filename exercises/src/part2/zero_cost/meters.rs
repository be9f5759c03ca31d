//! `Meters` wraps an `f64` so that distances cannot be mixed up with other
//! numbers, and it is `#[repr(transparent)]`, so it has exactly the size,
//! alignment and layout of an `f64`. Give it the operations a route planner
//! needs, none of which may touch the heap:
//!
//! - `Meters::new` accepts finite values that are zero or more, and returns
//!   `None` for negative values, NaN and the infinities. `get` returns the
//!   number.
//! - `checked_add` adds two distances, or returns `None` when the sum is too
//!   large to be finite: `f64::MAX + f64::MAX` is infinity, and a `Meters`
//!   is never infinite.
//! - `+` adds two distances and panics when the sum is not finite, with a
//!   message that says "overflow", as `std::time::Duration`'s `+` does.
//! - `Sum` lets `iter().sum::<Meters>()` add up a route, from owned values
//!   and from references. An empty route is zero meters long, and a route
//!   too long to be finite panics like `+`.
//! - `as_f64s` views a slice of distances as a slice of `f64`, without
//!   copying: the result points at the same memory. `repr(transparent)` is
//!   what makes this sound; say so in a `// SAFETY:` comment.

use std::iter::Sum;
use std::ops::Add;

/// A distance in meters: finite and never negative.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
#[repr(transparent)]
pub struct Meters(f64);

impl Meters {
    /// `Some(Meters(value))` if `value` is finite and not negative.
    pub fn new(value: f64) -> Option<Meters> {
        todo!("validate {value:?}")
    }

    /// The distance as a plain number.
    pub fn get(self) -> f64 {
        todo!("unwrap {self:?}")
    }

    /// `Some(self + other)`, or `None` if the sum is too large to be finite.
    pub fn checked_add(self, other: Meters) -> Option<Meters> {
        todo!("add {self:?} and {other:?}, or give None if the sum is not finite")
    }
}

impl Add for Meters {
    type Output = Meters;

    /// Panics if the sum is too large to be finite.
    fn add(self, other: Meters) -> Meters {
        todo!("add {self:?} and {other:?}")
    }
}

impl Sum for Meters {
    fn sum<I: Iterator<Item = Meters>>(iter: I) -> Meters {
        todo!("add up {} distances", iter.count())
    }
}

impl<'a> Sum<&'a Meters> for Meters {
    fn sum<I: Iterator<Item = &'a Meters>>(iter: I) -> Meters {
        todo!("add up {} borrowed distances", iter.count())
    }
}

/// The same memory as `distances`, seen as plain numbers.
pub fn as_f64s(distances: &[Meters]) -> &[f64] {
    todo!("view {distances:?} as &[f64]")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/zero_cost/meters.rs"]
mod tests;
