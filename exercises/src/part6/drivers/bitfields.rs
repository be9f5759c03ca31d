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

// Name each field's mask and offset here.

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
        todo!("bits 11-8 of {:#018b}", self.0)
    }

    /// A copy with the output data rate code set to `code`.
    pub fn with_odr(self, code: u8) -> Result<Self, OdrOutOfRange> {
        todo!("set ODR to {code}")
    }

    /// The measuring range.
    pub fn range(self) -> Range {
        todo!("bits 7-6 of {:#018b}", self.0)
    }

    /// A copy with the measuring range set to `range`.
    pub fn with_range(self, range: Range) -> Self {
        todo!("set RANGE to {range:?}")
    }

    /// Whether low-power mode is on.
    pub fn low_power(self) -> bool {
        todo!("bit 4 of {:#018b}", self.0)
    }

    /// A copy with low-power mode switched on or off.
    pub fn with_low_power(self, on: bool) -> Self {
        todo!("set LOW_POWER to {on}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/drivers/bitfields.rs"]
mod tests;
