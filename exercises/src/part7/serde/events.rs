//! A shop logs its events as JSON Lines: one JSON object per line, whose
//! `"type"` key says which event it is.
//!
//! ```text
//! {"type":"login","user":"ada"}
//! {"type":"purchase","user":"ada","amount":1250,"coupon":"SPRING"}
//! {"type":"purchase","user":"bob","amount":"12.50"}
//! {"type":"logout","user":"ada"}
//! ```
//!
//! 1. Add serde attributes to `Event` and `Amount` (no hand-written code):
//!    `Event` is tagged by a `"type"` key whose values are the variant names
//!    in snake_case; `Amount` is written without a tag, either as a number
//!    (`Cents`) or as a string (`Text`); every other key of a purchase
//!    (`"coupon"` above) lands in `extra`, and is written back at the top
//!    level of the object.
//! 2. Write `parse_events`: parse every non-blank line. On the first bad
//!    line, return a `ParseError` holding its 1-based line number and
//!    serde's message, so `to_string()` reads
//!    `line 3: unknown variant `refund`, expected one of ...`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// One event of the shop's log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// A user logged in.
    Login {
        /// Who.
        user: String,
    },
    /// A user bought something.
    Purchase {
        /// Who.
        user: String,
        /// How much.
        amount: Amount,
        /// Every other key of the object.
        extra: BTreeMap<String, serde_json::Value>,
    },
    /// A user logged out.
    Logout {
        /// Who.
        user: String,
    },
}

/// An amount of money, as the two generations of the shop's software wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Amount {
    /// A whole number of cents: `1250`.
    Cents(u64),
    /// A decimal string: `"12.50"`.
    Text(String),
}

/// The first line of a log that is not a valid event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The line's number, counting from 1.
    pub line: usize,
    /// What serde said about it.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses every non-blank line of `log` as an `Event`.
pub fn parse_events(log: &str) -> Result<Vec<Event>, ParseError> {
    todo!(
        "parse each non-blank line of the {} bytes of log",
        log.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/serde/events.rs"]
mod tests;
