use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

type Parser = fn(&str) -> Result<Duration, DurationError>;

/// Runs the suite against `parse`: `Err` with its panic message if it
/// caught a bug.
fn run_suite(parse: Parser) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| duration_suite(parse))).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(a panic without a message)".to_string())
    })
}

fn require_passing_the_correct_parser() {
    if let Err(message) = run_suite(parse_duration) {
        panic!(
            "your suite panicked for the correct `parse_duration`: {message}\n\
             A suite must pass correct code: check the expected values in your assertions."
        );
    }
}

fn require_caught(mutant: Parser, what: &str) {
    require_passing_the_correct_parser();
    assert!(
        run_suite(mutant).is_err(),
        "your suite passed a broken parser: {what}. Add an input it gets wrong."
    );
}

/// The ways the mutants below go wrong.
#[derive(Clone, Copy, PartialEq)]
enum Flaw {
    EmptyIsZero,
    IgnoresTrailingDigits,
    MinutesAreSeconds,
    Wraps,
    KeepsOnlyLastGroup,
    UnknownIsMissingUnit,
}

/// `parse_duration` with one flaw.
fn flawed(text: &str, flaw: Flaw) -> Result<Duration, DurationError> {
    use DurationError::*;
    if text.is_empty() {
        return if flaw == Flaw::EmptyIsZero {
            Ok(Duration::ZERO)
        } else {
            Err(Empty)
        };
    }
    let mut total: u64 = 0;
    let mut number: Option<u64> = None;
    for c in text.chars() {
        if let Some(digit) = c.to_digit(10) {
            let n = if flaw == Flaw::Wraps {
                number
                    .unwrap_or(0)
                    .wrapping_mul(10)
                    .wrapping_add(u64::from(digit))
            } else {
                number
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(u64::from(digit)))
                    .ok_or(Overflow)?
            };
            number = Some(n);
        } else {
            let unit = match c {
                'h' => 3600,
                'm' if flaw == Flaw::MinutesAreSeconds => 1,
                'm' => 60,
                's' => 1,
                _ if flaw == Flaw::UnknownIsMissingUnit => return Err(MissingUnit),
                other => return Err(UnknownUnit(other)),
            };
            let n = number.take().ok_or(MissingNumber)?;
            total = match flaw {
                Flaw::Wraps => total.wrapping_add(n.wrapping_mul(unit)),
                Flaw::KeepsOnlyLastGroup => n.checked_mul(unit).ok_or(Overflow)?,
                _ => n
                    .checked_mul(unit)
                    .and_then(|s| total.checked_add(s))
                    .ok_or(Overflow)?,
            };
        }
    }
    if number.is_some() && flaw != Flaw::IgnoresTrailingDigits {
        return Err(MissingUnit);
    }
    Ok(Duration::from_secs(total))
}

#[test]
fn passes_the_correct_parser() {
    require_passing_the_correct_parser();
}

#[test]
fn catches_empty_text_read_as_zero() {
    require_caught(
        |t| flawed(t, Flaw::EmptyIsZero),
        r#"it reads "" as a zero duration instead of Err(Empty)"#,
    );
}

#[test]
fn catches_ignored_trailing_digits() {
    require_caught(
        |t| flawed(t, Flaw::IgnoresTrailingDigits),
        r#"it ignores digits without a unit ("1h30" reads as one hour, "90" as zero)"#,
    );
}

#[test]
fn catches_minutes_read_as_seconds() {
    require_caught(
        |t| flawed(t, Flaw::MinutesAreSeconds),
        r#"it reads "m" as seconds"#,
    );
}

#[test]
fn catches_a_total_that_wraps_around() {
    require_caught(
        |t| flawed(t, Flaw::Wraps),
        "a total too large for a u64 wraps around instead of giving Err(Overflow)",
    );
}

#[test]
fn catches_a_parser_that_keeps_only_the_last_group() {
    require_caught(
        |t| flawed(t, Flaw::KeepsOnlyLastGroup),
        r#"it keeps only the last group ("1h30m" reads as 30 minutes)"#,
    );
}

#[test]
fn catches_the_wrong_kind_of_error() {
    require_caught(
        |t| flawed(t, Flaw::UnknownIsMissingUnit),
        r#"an unknown character gives Err(MissingUnit) instead of Err(UnknownUnit(c)): compare the error itself, not just `is_err()`"#,
    );
}
