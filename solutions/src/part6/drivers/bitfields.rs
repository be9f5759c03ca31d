//! Write the accessors of `Config`, the 16-bit configuration register of
//! an accelerometer. Its datasheet says:
//!
//! | bits  | field       | meaning                                        |
//! |-------|-------------|------------------------------------------------|
//! | 15-12 | reserved    | keep whatever the chip put there               |
//! | 11-8  | `ODR`       | output data rate code, 0 to 15                 |
//! | 7-6   | `RANGE`     | 00: ±2 g, 01: ±4 g, 10: ±8 g, 11: ±16 g        |
//! | 5     | reserved    | keep                                           |
//! | 4     | `LOW_POWER` | 1: low-power mode                              |
//! | 3-0   | reserved    | keep                                           |
//!
//! - `odr`, `range` and `low_power` read a field.
//! - `with_odr`, `with_range` and `with_low_power` return a copy with one
//!   field changed and every other bit, reserved ones included, as it was.
//!   `with_odr` refuses a code above 15 with `Err(OdrOutOfRange(code))`
//!   instead of spilling into `RANGE` or the reserved bits.
//!
//! Use masks and shifts: name each field's mask and offset once, as
//! constants, and build every accessor from them.

/// The accelerometer's measuring range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    /// ±2 g (`RANGE` = 0b00).
    G2,
    /// ±4 g (0b01).
    G4,
    /// ±8 g (0b10).
    G8,
    /// ±16 g (0b11).
    G16,
}

/// An output data rate code that does not fit in 4 bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OdrOutOfRange(pub u8);

/// The value of the configuration register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config(u16);

const ODR_SHIFT: u32 = 8;
const ODR_MASK: u16 = 0b1111 << ODR_SHIFT;
const RANGE_SHIFT: u32 = 6;
const RANGE_MASK: u16 = 0b11 << RANGE_SHIFT;
const LOW_POWER: u16 = 1 << 4;

impl Config {
    /// The register's value as read from the chip.
    pub const fn from_bits(bits: u16) -> Self {
        Config(bits)
    }

    /// The value to write back to the chip.
    pub const fn bits(self) -> u16 {
        self.0
    }

    /// The output data rate code, 0 to 15.
    pub fn odr(self) -> u8 {
        ((self.0 & ODR_MASK) >> ODR_SHIFT) as u8
    }

    /// A copy with the output data rate code set to `code`.
    pub fn with_odr(self, code: u8) -> Result<Self, OdrOutOfRange> {
        if u16::from(code) > ODR_MASK >> ODR_SHIFT {
            return Err(OdrOutOfRange(code));
        }
        Ok(Config(
            (self.0 & !ODR_MASK) | (u16::from(code) << ODR_SHIFT),
        ))
    }

    /// The measuring range.
    pub fn range(self) -> Range {
        match (self.0 & RANGE_MASK) >> RANGE_SHIFT {
            0b00 => Range::G2,
            0b01 => Range::G4,
            0b10 => Range::G8,
            _ => Range::G16,
        }
    }

    /// A copy with the measuring range set to `range`.
    pub fn with_range(self, range: Range) -> Self {
        let code: u16 = match range {
            Range::G2 => 0b00,
            Range::G4 => 0b01,
            Range::G8 => 0b10,
            Range::G16 => 0b11,
        };
        Config((self.0 & !RANGE_MASK) | (code << RANGE_SHIFT))
    }

    /// Whether low-power mode is on.
    pub fn low_power(self) -> bool {
        self.0 & LOW_POWER != 0
    }

    /// A copy with low-power mode switched on or off.
    pub fn with_low_power(self, on: bool) -> Self {
        if on {
            Config(self.0 | LOW_POWER)
        } else {
            Config(self.0 & !LOW_POWER)
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/drivers/bitfields.rs"]
mod tests;
