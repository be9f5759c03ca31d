//! Write `parse_port`, which turns untrusted text (from a config file, a
//! command line, a request) into a `Port`, or says exactly why it cannot.
//! Accept only the canonical form: one to five ASCII digits `0-9`, nothing
//! else (no sign, no spaces), no leading zero, and a value from 1 to 65535.
//!
//! - `""` is `Err(Empty)`;
//! - a character that is not an ASCII digit is `Err(InvalidChar(c))`, for
//!   the first such `c` (`"+80"`, `" 80"`, `"8O"`, and digits of other
//!   scripts such as `"٨٠"`);
//! - a leading `0` is `Err(LeadingZero)` (also `"0"` itself);
//! - a number above 65535, however long, is `Err(OutOfRange)`.
//!
//! Careful: `"+80".parse::<u16>()` is `Ok(80)`.

use std::num::NonZeroU16;

/// A TCP or UDP port number, 1 to 65535.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Port(NonZeroU16);

impl Port {
    /// The port as a number.
    pub fn get(self) -> u16 {
        self.0.get()
    }
}

/// Why text is not a port.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortError {
    Empty,
    InvalidChar(char),
    LeadingZero,
    OutOfRange,
}

/// Reads a port in its canonical form.
pub fn parse_port(text: &str) -> Result<Port, PortError> {
    todo!("validate and parse {text:?}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/validate/port.rs"]
mod tests;
