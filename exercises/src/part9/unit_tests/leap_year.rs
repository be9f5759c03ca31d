//! `is_leap_year` below is correct. Write `leap_year_suite`: a test suite
//! for *any* function with its signature. It calls `is_leap` with years you
//! choose and checks each answer with `assert!` or `assert_eq!` (with a
//! message naming the year), so it returns quietly for a correct function
//! and panics for a wrong one.
//!
//! The course runs your suite against `is_leap_year` (it must pass) and
//! against several plausible wrong versions (it must panic for each). The
//! rule: a year divisible by 4 is a leap year, except a year divisible by
//! 100, except a year divisible by 400 (so 2024 and 2000 are leap years,
//! 2023 and 1900 are not).

/// Whether `year` has a 29th of February in the Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Checks `is_leap`; panics on the first wrong answer.
pub fn leap_year_suite(is_leap: fn(i32) -> bool) {
    let _ = is_leap; // remove this line once your suite calls `is_leap`
    todo!("call `is_leap` with years whose answers you know")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/unit_tests/leap_year.rs"]
mod tests;
