//! Write `parse_header`: it splits a header line such as
//! `"Content-Type: text/html"` into its name and its value, both returned as
//! slices *of `line` itself*. No `String`, no copying: the tests check that
//! the results point into the input.
//!
//! - The line is split at the first `:`. Later colons belong to the value:
//!   `"Host: example.com:8080"` has the value `"example.com:8080"`.
//! - Whitespace around the name and around the value is trimmed (any
//!   whitespace, including tabs and a trailing `"\r\n"`).
//! - A line without a `:` gives `None`, and so does a line whose name is
//!   empty after trimming. An empty value is fine: `"X-Empty:"` gives
//!   `Some(("X-Empty", ""))`.
//! - Names and values may hold any UTF-8 text.
//!
//! The signature needs no lifetime annotations. Which elision rule fills
//! them in, and what does it say about the two slices?

/// Splits `line` into a trimmed header name and value, borrowed from `line`.
pub fn parse_header(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(':')?;
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    Some((name, value.trim()))
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/lifetimes/parse_header.rs"]
mod tests;
