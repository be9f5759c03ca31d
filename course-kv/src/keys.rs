//! Validated keys (step 1 of the capstone, `capstone-keys`).
//!
//! A [`Key`] is 1 to [`MAX_KEY_LEN`] bytes of ASCII letters, digits, `-`,
//! `_` and `.`, and is neither `.` nor `..`. Every way to make one
//! ([`Key::new`], [`str::parse`], `TryFrom`, serde) checks these rules, so a
//! function that takes a `Key` never checks again (API Guidelines
//! C-VALIDATE: "functions validate their arguments", here by their type).

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
        let key = key.into();
        if key.is_empty() {
            return Err(KeyError::Empty);
        }
        if key.len() > MAX_KEY_LEN {
            return Err(KeyError::TooLong { len: key.len() });
        }
        if let Some((at, ch)) = key
            .char_indices()
            .find(|&(_, ch)| !(ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | '.')))
        {
            return Err(KeyError::BadChar { ch, at });
        }
        if key == "." || key == ".." {
            return Err(KeyError::DotSegment);
        }
        Ok(Key(key))
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
        f.write_str(&self.0)
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
