//! Write `parse_config`, which reads a small settings file such as
//!
//! ```text
//! # a comment
//! name = web
//! port = 8080
//! workers = 4
//! ```
//!
//! and give `ConfigError` its messages. The stub's hand-written `Display`
//! and `Error` impls are placeholders: replace them with
//! `#[derive(thiserror::Error)]` and an `#[error("…")]` on each variant, or
//! write them out by hand.
//!
//! The rules:
//!
//! - Lines are numbered from 1. Empty lines, lines of only whitespace and
//!   lines whose first non-blank character is `#` are skipped.
//! - Every other line is `key = value`. Key and value are trimmed. A line
//!   without `=` is `MissingEquals`.
//! - The keys are `name` (any text, even empty), `port` (a `u16`) and
//!   `workers` (a `u32`, 1 if the key is absent). Any other key is
//!   `UnknownKey`. A key given twice is `DuplicateKey` at its second line,
//!   whatever the value there.
//! - A value that does not parse is `InvalidNumber`, and the `ParseIntError`
//!   is its `source()`.
//! - The first error, in line order, is returned. When all lines are fine but
//!   `name` or `port` is absent, the error is `MissingKey` (for `name` first
//!   if both are absent).
//!
//! The messages must be exactly these (shown for errors on line 3):
//!
//! ```text
//! line 3: expected "key = value"
//! line 3: unknown key `colour`
//! line 3: duplicate key `port`
//! line 3: invalid number
//! missing key `port`
//! ```

use std::fmt;
use std::num::ParseIntError;

/// The settings of a small server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub name: String,
    pub port: u16,
    pub workers: u32,
}

/// Why a settings file was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// A line that is not a comment has no `=`.
    MissingEquals { line: usize },
    /// A key other than `name`, `port` and `workers`.
    UnknownKey { line: usize, key: String },
    /// The second time a key appears.
    DuplicateKey { line: usize, key: String },
    /// `port` or `workers` is not a number of the right size.
    InvalidNumber { line: usize, source: ParseIntError },
    /// `name` or `port` never appears.
    MissingKey(&'static str),
}

// Placeholders: replace both impls with `#[derive(thiserror::Error)]` on the
// enum and an `#[error("…")]` on each variant.
impl fmt::Display for ConfigError {
    fn fmt(&self, _f: &mut fmt::Formatter<'_>) -> fmt::Result {
        todo!("write the message for {self:?}")
    }
}

impl std::error::Error for ConfigError {}

/// Parses a settings file; see the rules above.
pub fn parse_config(text: &str) -> Result<Config, ConfigError> {
    todo!("parse {text:?}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/errors/config_parser.rs"]
mod tests;
