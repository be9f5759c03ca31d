//! `parse_duration` reads durations such as `"90s"`, `"15m"` and `"1h30m"`:
//! one or more groups of digits followed by a unit (`h`, `m` or `s`), with
//! nothing else in the text. It is correct. Write `duration_suite`, a suite
//! for any function with its signature that panics on the first wrong
//! answer, including the wrong *kind* of error:
//!
//! - `""` is `Err(Empty)`;
//! - digits at the end without a unit (`"90"`, `"1h30"`) are `Err(MissingUnit)`;
//! - a unit without digits before it (`"h"`, `"1hm"`) is `Err(MissingNumber)`;
//! - any other character (`"5x"`, `"1 h"`) is `Err(UnknownUnit(c))`, with `c`
//!   the first such character;
//! - a total that does not fit in a `u64` number of seconds is `Err(Overflow)`.
//!
//! The course runs your suite against `parse_duration` (it must pass) and
//! against several broken parsers (it must panic for each).

use std::time::Duration;

/// Why a duration could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationError {
    /// The text is empty.
    Empty,
    /// Digits at the end have no unit.
    MissingUnit,
    /// A unit has no digits before it.
    MissingNumber,
    /// A character that is neither a digit nor `h`, `m` or `s`.
    UnknownUnit(char),
    /// The total does not fit in a `u64` number of seconds.
    Overflow,
}

/// Reads a duration such as `"1h30m"` (given; correct).
pub fn parse_duration(text: &str) -> Result<Duration, DurationError> {
    if text.is_empty() {
        return Err(DurationError::Empty);
    }
    let mut total: u64 = 0;
    let mut number: Option<u64> = None;
    for c in text.chars() {
        if let Some(digit) = c.to_digit(10) {
            let n = number
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(digit)))
                .ok_or(DurationError::Overflow)?;
            number = Some(n);
        } else {
            let seconds_per_unit = match c {
                'h' => 3600,
                'm' => 60,
                's' => 1,
                other => return Err(DurationError::UnknownUnit(other)),
            };
            let n = number.take().ok_or(DurationError::MissingNumber)?;
            total = n
                .checked_mul(seconds_per_unit)
                .and_then(|seconds| total.checked_add(seconds))
                .ok_or(DurationError::Overflow)?;
        }
    }
    if number.is_some() {
        return Err(DurationError::MissingUnit);
    }
    Ok(Duration::from_secs(total))
}

/// Checks `parse`; panics on the first wrong answer.
pub fn duration_suite(parse: fn(&str) -> Result<Duration, DurationError>) {
    use DurationError::*;
    let secs = Duration::from_secs;
    let cases: &[(&str, Result<Duration, DurationError>)] = &[
        // Each unit alone, and groups that add up.
        ("90s", Ok(secs(90))),
        ("15m", Ok(secs(15 * 60))),
        ("2h", Ok(secs(2 * 3600))),
        ("1h30m", Ok(secs(3600 + 30 * 60))),
        ("1h1m1s", Ok(secs(3661))),
        ("0s", Ok(secs(0))),
        // Every kind of error, with the kind checked, not just `is_err()`.
        ("", Err(Empty)),
        ("90", Err(MissingUnit)),
        ("1h30", Err(MissingUnit)),
        ("h", Err(MissingNumber)),
        ("1hm", Err(MissingNumber)),
        ("5x", Err(UnknownUnit('x'))),
        ("1 h", Err(UnknownUnit(' '))),
        // The largest total that fits, and the smallest ones that do not.
        ("18446744073709551615s", Ok(secs(u64::MAX))),
        ("18446744073709551616s", Err(Overflow)),
        ("9999999999999999999h", Err(Overflow)),
        ("18446744073709551615s1s", Err(Overflow)),
    ];
    for (text, expected) in cases {
        assert_eq!(parse(text), *expected, "parse({text:?})");
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/unit_tests/durations.rs"]
mod tests;
