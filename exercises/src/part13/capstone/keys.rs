//! Step 1: keys that cannot be wrong. Write `Key::new`, which checks a
//! string and wraps it, and `Display` for `Key`. Everything else (`FromStr`,
//! `TryFrom`, serde) already goes through `Key::new`.
//!
//! A valid key is 1 to `MAX_KEY_LEN` (128) **bytes** of ASCII letters,
//! digits, `-`, `_` and `.`, and is neither `.` nor `..` (an HTTP client
//! would resolve those as path segments). Check in this order, and return
//! the first problem found:
//!
//! 1. empty: `KeyError::Empty`;
//! 2. longer than 128 bytes: `KeyError::TooLong { len }`, the length in bytes;
//! 3. a character that is not allowed: `KeyError::BadChar { ch, at }`, the
//!    first such character and its byte offset;
//! 4. `.` or `..`: `KeyError::DotSegment`.
//!
//! `Display` writes the key exactly as it is, nothing around it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The longest key, in bytes.
pub const MAX_KEY_LEN: usize = 128;

/// Why a string is not a valid key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// The string is empty.
    #[error("a key cannot be empty")]
    Empty,
    /// The string is longer than [`MAX_KEY_LEN`] bytes.
    #[error("a key is at most {MAX_KEY_LEN} bytes, this one has {len}")]
    TooLong {
        /// The string's length in bytes.
        len: usize,
    },
    /// The string holds a character other than ASCII letters, digits, `-`,
    /// `_` and `.`.
    #[error(
        "a key cannot contain {ch:?} (at byte {at}); use ASCII letters, digits, `-`, `_` and `.`"
    )]
    BadChar {
        /// The first character that is not allowed.
        ch: char,
        /// Its byte offset in the string.
        at: usize,
    },
    /// The string is `.` or `..`, which URLs treat as path segments.
    #[error("a key cannot be `.` or `..`")]
    DotSegment,
}

/// A key of the store: 1 to [`MAX_KEY_LEN`] bytes of `[A-Za-z0-9._-]`, not
/// `.` or `..`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Key(String);

impl Key {
    /// Checks `key` and wraps it.
    pub fn new(key: impl Into<String>) -> Result<Key, KeyError> {
        let key: String = key.into();
        todo!("check {key:?} and wrap it")
    }

    /// The key as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key's string, without copying.
    pub fn into_string(self) -> String {
        self.0
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        todo!("write the key {:?}", self.0)
    }
}

impl FromStr for Key {
    type Err = KeyError;

    fn from_str(s: &str) -> Result<Key, KeyError> {
        Key::new(s)
    }
}

impl TryFrom<String> for Key {
    type Error = KeyError;

    fn try_from(s: String) -> Result<Key, KeyError> {
        Key::new(s)
    }
}

impl TryFrom<&str> for Key {
    type Error = KeyError;

    fn try_from(s: &str) -> Result<Key, KeyError> {
        Key::new(s)
    }
}

impl From<Key> for String {
    fn from(key: Key) -> String {
        key.0
    }
}

impl AsRef<str> for Key {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part13/capstone/keys.rs"]
mod tests;
