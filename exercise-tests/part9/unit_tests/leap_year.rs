use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs the suite against `f`: `Err` with the suite's panic message if it
/// panicked (it caught a bug), `Ok` if it passed.
fn run_suite(f: fn(i32) -> bool) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| leap_year_suite(f))).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(a panic without a message)".to_string())
    })
}

/// A suite that fails correct code proves nothing when it fails a mutant.
fn require_passing_the_correct_function() {
    if let Err(message) = run_suite(is_leap_year) {
        panic!(
            "your suite panicked for the correct `is_leap_year`: {message}\n\
             A suite must pass correct code: check the expected answers in your assertions."
        );
    }
}

fn require_caught(mutant: fn(i32) -> bool, what: &str) {
    require_passing_the_correct_function();
    assert!(
        run_suite(mutant).is_err(),
        "your suite passed a wrong function: {what}. Add a year it answers wrongly."
    );
}

#[test]
fn passes_the_correct_function() {
    require_passing_the_correct_function();
}

#[test]
fn catches_every_fourth_year() {
    require_caught(
        |y| y % 4 == 0,
        "`year % 4 == 0`, which forgets the century rule (it calls 1900 a leap year)",
    );
}

#[test]
fn catches_the_forgotten_400_rule() {
    require_caught(
        |y| y % 4 == 0 && y % 100 != 0,
        "`year % 4 == 0 && year % 100 != 0`, which forgets the 400 rule (it says 2000 is not a leap year)",
    );
}

#[test]
fn catches_only_400() {
    require_caught(
        |y| y % 400 == 0,
        "`year % 400 == 0`, which only knows the last exception (it says 2024 is not a leap year)",
    );
}

#[test]
fn catches_every_even_year() {
    require_caught(
        |y| (y % 2 == 0 && y % 100 != 0) || y % 400 == 0,
        "one that checks `year % 2` instead of `year % 4` (it calls 2026 a leap year)",
    );
}
