//! A service reads millions of log records such as
//! `{"level":"warn","target":"db","message":"slow query"}`. Copying every
//! string into a `String` would cost more than the parsing; serde can hand
//! out slices of the input instead.
//!
//! 1. `Record<'a>` borrows: `level` and `target` are `&'a str`, which serde
//!    always borrows (and must reject when the JSON string has an escape
//!    such as `\n`, because the unescaped text is not in the input).
//!    `message` is a `Cow<'a, str>`, which can hold either; but serde only
//!    borrows into a `Cow` when asked to. Make it borrow when the message
//!    has no escapes.
//! 2. Write `parse_record` (one line) and `count_by_level` (every non-blank
//!    line of `input`; the keys of the map borrow from `input`). A bad line
//!    is an error, not a panic.

use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// One log record, borrowing from the text it was parsed from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Record<'a> {
    /// `"error"`, `"warn"`, `"info"`...
    pub level: &'a str,
    /// The part of the program that logged it.
    pub target: &'a str,
    /// What happened.
    pub message: Cow<'a, str>,
}

/// Parses one line.
pub fn parse_record(line: &str) -> Result<Record<'_>, serde_json::Error> {
    todo!("parse {line:?}")
}

/// Counts the records of each level in `input`, one record per non-blank line.
pub fn count_by_level(input: &str) -> Result<BTreeMap<&str, usize>, serde_json::Error> {
    todo!("count the levels of {} lines", input.lines().count())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/serde/borrowed.rs"]
mod tests;
