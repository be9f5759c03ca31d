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
    if let Some(c) = text.chars().find(|c| !c.is_ascii_digit()) {
        return Err(PortError::InvalidChar(c));
    }
    if text.is_empty() {
        return Err(PortError::Empty);
    }
    if text.starts_with('0') {
        return Err(PortError::LeadingZero);
    }
    // At most five ASCII digits are left, so the value fits in a u32.
    if text.len() > 5 {
        return Err(PortError::OutOfRange);
    }
    let value: u32 = text.parse().map_err(|_| PortError::OutOfRange)?;
    u16::try_from(value)
        .ok()
        .and_then(NonZeroU16::new)
        .map(Port)
        .ok_or(PortError::OutOfRange)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/validate/port.rs"]
mod tests;
