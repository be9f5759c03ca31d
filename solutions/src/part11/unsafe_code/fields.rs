//! `first_field` returns the text of a CSV line up to its first comma (the
//! whole line if there is none). The version below assumes the input is
//! valid UTF-8 and skips the check with `from_utf8_unchecked`: on a line
//! from a file or a socket that is undefined behavior, not just a wrong
//! answer. This crate forbids `unsafe`, so it does not compile. Rewrite it
//! with `std::str::from_utf8`, returning its `Utf8Error` for a field that
//! is not valid UTF-8. Only the first field is checked: bytes after the
//! comma do not matter.
#![forbid(unsafe_code)]

use std::str::Utf8Error;

/// The first comma-separated field of `line`, as text.
pub fn first_field(line: &[u8]) -> Result<&str, Utf8Error> {
    let end = line.iter().position(|&b| b == b',').unwrap_or(line.len());
    std::str::from_utf8(&line[..end])
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/unsafe_code/fields.rs"]
mod tests;
