//! Finish `Fixed`, a Q16.16 fixed-point number for a microcontroller
//! without a floating-point unit: an `i32` whose low 16 bits are the
//! fraction, so the number is `bits / 65536`. `from_int`, `from_bits`,
//! `to_bits` and the constants are given. Write:
//!
//! - `saturating_add`: the sum, clamped to `Fixed::MIN..=Fixed::MAX`.
//! - `saturating_mul`: the product, rounded down (toward negative
//!   infinity, as an arithmetic shift right does) and clamped. Multiply in
//!   `i64`, where the product of two `i32` always fits.
//! - `checked_div`: the quotient, rounded toward zero (as `i64` division
//!   does), or `None` when dividing by zero or when it does not fit.
//! - `floor`: the largest integer not above the number (`-0.5` gives `-1`).
//! - `Display`: the value with exactly four decimals, truncated toward zero
//!   (`1/3` shows `0.3333`, `-0.5` shows `-0.5000`), with no allocation:
//!   write the integer part and the decimals as integers. `Fixed::MIN`
//!   shows `-32768.0000`.
//!
//! The crate is `#![no_std]`: only `core` is available. `make test` builds
//! the solution for `thumbv7em-none-eabihf` (a Cortex-M4F) to prove it.

#![no_std]
#![allow(unused_variables)] // course:hide

use core::fmt;

/// A Q16.16 fixed-point number: `bits / 65536`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Fixed(i32);

impl Fixed {
    /// How many of the 32 bits are the fraction.
    pub const FRAC_BITS: u32 = 16;
    /// 0.
    pub const ZERO: Fixed = Fixed(0);
    /// 1.
    pub const ONE: Fixed = Fixed(1 << Self::FRAC_BITS);
    /// The largest value, just under 32768.
    pub const MAX: Fixed = Fixed(i32::MAX);
    /// The smallest value, -32768.
    pub const MIN: Fixed = Fixed(i32::MIN);

    /// The number whose raw bits are `bits`.
    pub const fn from_bits(bits: i32) -> Self {
        Fixed(bits)
    }

    /// The raw bits.
    pub const fn to_bits(self) -> i32 {
        self.0
    }

    /// The integer `n` (every `i16` fits).
    pub const fn from_int(n: i16) -> Self {
        Fixed((n as i32) << Self::FRAC_BITS)
    }

    /// `self + other`, clamped to `MIN..=MAX`.
    pub fn saturating_add(self, other: Fixed) -> Fixed {
        todo!("{self:?} + {other:?}, clamped")
    }

    /// `self * other`, rounded down and clamped to `MIN..=MAX`.
    pub fn saturating_mul(self, other: Fixed) -> Fixed {
        todo!("{self:?} * {other:?}, rounded down and clamped")
    }

    /// `self / other`, rounded toward zero, or `None` if `other` is zero or
    /// the quotient does not fit.
    pub fn checked_div(self, other: Fixed) -> Option<Fixed> {
        todo!("{self:?} / {other:?}, or None")
    }

    /// The largest integer that is not above `self`.
    pub fn floor(self) -> i32 {
        todo!("the floor of {self:?}")
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        todo!("write {self:?} with four decimals")
    }
}
