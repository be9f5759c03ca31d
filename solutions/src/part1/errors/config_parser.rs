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

use std::num::ParseIntError;
use thiserror::Error;

/// The settings of a small server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub name: String,
    pub port: u16,
    pub workers: u32,
}

/// Why a settings file was rejected.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ConfigError {
    /// A line that is not a comment has no `=`.
    #[error("line {line}: expected \"key = value\"")]
    MissingEquals { line: usize },
    /// A key other than `name`, `port` and `workers`.
    #[error("line {line}: unknown key `{key}`")]
    UnknownKey { line: usize, key: String },
    /// The second time a key appears.
    #[error("line {line}: duplicate key `{key}`")]
    DuplicateKey { line: usize, key: String },
    /// `port` or `workers` is not a number of the right size.
    #[error("line {line}: invalid number")]
    InvalidNumber {
        line: usize,
        #[source]
        source: ParseIntError,
    },
    /// `name` or `port` never appears.
    #[error("missing key `{0}`")]
    MissingKey(&'static str),
}

/// Parses a settings file; see the rules above.
pub fn parse_config(text: &str) -> Result<Config, ConfigError> {
    let mut name: Option<String> = None;
    let mut port: Option<u16> = None;
    let mut workers: Option<u32> = None;

    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let (key, value) = trimmed
            .split_once('=')
            .ok_or(ConfigError::MissingEquals { line })?;
        let (key, value) = (key.trim(), value.trim());
        let duplicate = || ConfigError::DuplicateKey {
            line,
            key: key.to_string(),
        };
        let invalid = |source| ConfigError::InvalidNumber { line, source };
        match key {
            "name" => {
                if name.is_some() {
                    return Err(duplicate());
                }
                name = Some(value.to_string());
            }
            "port" => {
                if port.is_some() {
                    return Err(duplicate());
                }
                port = Some(value.parse().map_err(invalid)?);
            }
            "workers" => {
                if workers.is_some() {
                    return Err(duplicate());
                }
                workers = Some(value.parse().map_err(invalid)?);
            }
            _ => {
                return Err(ConfigError::UnknownKey {
                    line,
                    key: key.to_string(),
                })
            }
        }
    }

    Ok(Config {
        name: name.ok_or(ConfigError::MissingKey("name"))?,
        port: port.ok_or(ConfigError::MissingKey("port"))?,
        workers: workers.unwrap_or(1),
    })
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/errors/config_parser.rs"]
mod tests;
