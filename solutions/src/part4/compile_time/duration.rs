//! A server's limits are constants: `const IDLE: u64 = seconds("15m");`.
//! Written as text they are easier to read than `900`, and because
//! `seconds` is a `const fn`, the text is parsed by the compiler: a typo is
//! a compile error, not a panic at start-up, and the binary holds `900`.
//!
//! Write `parse_seconds`: a decimal number followed by one unit, `s`
//! (seconds), `m` (minutes), `h` (hours) or `d` (days), gives the number of
//! seconds. Anything else gives `None`: an empty number, a missing or
//! unknown unit, any other character, or a result above `u64::MAX`.
//!
//! It is a `const fn`, so its body may only use what is allowed at compile
//! time: `while` loops and indexing into `s.as_bytes()`, `match`, integer
//! arithmetic (`checked_mul`, `checked_add` are `const`), but no iterators
//! and no `str::parse`. `seconds` (given) turns `None` into a compile
//! error when it is used in a constant.

/// The number of seconds in `s`, such as `"90s"`, `"15m"`, `"2h"`, `"7d"`.
pub const fn parse_seconds(s: &str) -> Option<u64> {
    let bytes = s.as_bytes();
    // The unit is the last byte; everything before it must be digits.
    let Some((&unit, digits)) = bytes.split_last() else {
        return None;
    };
    let scale: u64 = match unit {
        b's' => 1,
        b'm' => 60,
        b'h' => 60 * 60,
        b'd' => 24 * 60 * 60,
        _ => return None,
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    let mut i = 0;
    while i < digits.len() {
        let digit = digits[i];
        if !digit.is_ascii_digit() {
            return None;
        }
        // `?` is not allowed in a `const fn` (it calls a trait method).
        n = match n.checked_mul(10) {
            Some(n) => match n.checked_add((digit - b'0') as u64) {
                Some(n) => n,
                None => return None,
            },
            None => return None,
        };
        i += 1;
    }
    n.checked_mul(scale)
}

/// `parse_seconds(s)`, for constants: an invalid `s` is a compile error
/// there (and a panic at run time).
pub const fn seconds(s: &str) -> u64 {
    match parse_seconds(s) {
        Some(n) => n,
        None => panic!("not a duration: use a number and one of s, m, h, d"),
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/compile_time/duration.rs"]
mod tests;
