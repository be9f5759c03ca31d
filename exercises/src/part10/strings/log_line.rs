//! A log line such as
//! `2026-12-06T03:00:00Z WARN db::pool: connection slow (812 ms)` has four
//! parts: a timestamp, a level, a target ending in `:`, and the message (the
//! rest, spaces included). Write `parse_line`, which returns the parts as
//! slices *of the line*, without allocating anything: a log processor
//! parses millions of lines, and most are dropped after a look at the level.
//!
//! - the timestamp, the level and the target are separated by single
//!   spaces, and the target ends with `:` (not part of the returned target),
//!   followed by one space and the message;
//! - anything else (fewer parts, a target without `:`, an empty part) is
//!   `None`.
//!
//! The tests count allocations: `parse_line` must make none.

/// The parts of one log line, borrowed from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogLine<'a> {
    pub timestamp: &'a str,
    pub level: &'a str,
    pub target: &'a str,
    pub message: &'a str,
}
/// Splits a log line into its parts, without allocating.
pub fn parse_line(line: &str) -> Option<LogLine<'_>> {
    todo!("split {line:?}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part10/strings/log_line.rs"]
mod tests;
