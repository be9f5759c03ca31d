//! This file does not compile. `count_valid` and `map_lines` read lines from
//! a reader into buffers of their own, and hand each line to something that
//! may borrow from it: a `FromField` type, or the closure `f`. But their
//! bounds let the *caller* choose how long that borrow lasts, and no borrow
//! of a line read inside the function can last that long.
//!
//! Fix the two bounds. Change nothing else: not the bodies, not the trait
//! and its impls, not `fields`, not the parameter and return types. The
//! tests also check that nothing is leaked to make a borrow last longer.
//!
//! - `fields::<T>(line)` splits `line` at commas, trims each field and
//!   parses it as a `T`; `None` if any field does not parse. It works
//!   already, also for types that borrow from the line, such as `&str`, and
//!   it must keep working for them.
//! - `count_valid::<T>(reader)` counts the non-blank lines whose fields all
//!   parse as a `T`.
//! - `map_lines(reader, f)` applies `f` to every line; `f` returns a slice of
//!   the line it is given. The results are returned as `String`s, in order.

use std::io::{self, BufRead};

/// A value read from one field of text, possibly borrowing from it.
pub trait FromField<'a>: Sized {
    /// Parses `field`, or returns `None` if it is not a valid `Self`.
    fn from_field(field: &'a str) -> Option<Self>;
}

/// Any non-empty field, borrowed.
impl<'a> FromField<'a> for &'a str {
    fn from_field(field: &'a str) -> Option<Self> {
        (!field.is_empty()).then_some(field)
    }
}

/// A non-negative whole number.
impl FromField<'_> for u32 {
    fn from_field(field: &str) -> Option<Self> {
        field.parse().ok()
    }
}

/// `yes` or `no`.
impl FromField<'_> for bool {
    fn from_field(field: &str) -> Option<Self> {
        match field {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        }
    }
}

/// The trimmed, comma-separated fields of `line` as `T`s, or `None` if one
/// of them does not parse.
pub fn fields<'a, T: FromField<'a>>(line: &'a str) -> Option<Vec<T>> {
    line.split(',')
        .map(|field| T::from_field(field.trim()))
        .collect()
}

/// Counts the non-blank lines of `reader` whose fields all parse as `T`.
pub fn count_valid<'a, T: FromField<'a>>(reader: impl BufRead) -> io::Result<usize> {
    let mut count = 0;
    for line in reader.lines() {
        let line = line?;
        if !line.trim().is_empty() && fields::<T>(&line).is_some() {
            count += 1;
        }
    }
    Ok(count)
}

/// Applies `f` to every line of `reader` and returns the results, in order.
pub fn map_lines<'a, F>(reader: impl BufRead, f: F) -> io::Result<Vec<String>>
where
    F: Fn(&'a str) -> &'a str,
{
    let mut out = Vec::new();
    for line in reader.lines() {
        let line = line?;
        out.push(f(&line).to_string());
    }
    Ok(out)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/lifetimes/from_reader.rs"]
mod tests;
