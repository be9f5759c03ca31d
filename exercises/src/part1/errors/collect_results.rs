//! Two functions that turn many fallible steps into one `Result`.
//!
//! `parse_ports` reads port numbers, one per line. Lines are numbered from
//! 1; blank lines (only whitespace) are skipped but still count. Every other
//! line, trimmed, must be a `u16`. The result is every port, in order, or
//! the error of the *first* bad line: a `PortError` with its line number and
//! the `ParseIntError` as its `source()`.
//!
//! `total_size` adds up sizes in bytes, one per item, each trimmed and
//! parsed as a `u64`; no items add up to 0. The first item that does not
//! parse is the error.
//!
//! Both stop at the first error: the input may be long, and the tests check
//! that no item after the first bad one is read.

use std::num::ParseIntError;
use thiserror::Error;

/// A line that is not a port number.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: not a port number")]
pub struct PortError {
    /// The line, numbered from 1.
    pub line: usize,
    /// Why the line does not parse as a `u16`.
    #[source]
    pub source: ParseIntError,
}

/// Every port in `lines`, or the error of the first line that is not one.
pub fn parse_ports<'a>(lines: impl IntoIterator<Item = &'a str>) -> Result<Vec<u16>, PortError> {
    let _ = lines.into_iter(); // course:hide
    todo!("parse the ports, stopping at the first bad line")
}

/// The sum of `sizes`, or the error of the first size that does not parse.
pub fn total_size<'a>(sizes: impl IntoIterator<Item = &'a str>) -> Result<u64, ParseIntError> {
    let _ = sizes.into_iter(); // course:hide
    todo!("add up the sizes, stopping at the first bad one")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/errors/collect_results.rs"]
mod tests;
