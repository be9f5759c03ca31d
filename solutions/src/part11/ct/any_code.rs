//! A user who lost their second factor logs in with one of ten recovery
//! codes. Checking the codes one by one and stopping at the first match
//! makes the check take longer the further down the list the match is, and
//! an attacker who can time it learns something. Write `matches_any`,
//! which compares `presented` with *every* code, always, with
//! `ConstantTimeEq::ct_eq`, and combines the results with `Choice`'s `|`
//! (not `||`, and not `Iterator::any`, which both stop early).
//!
//! The tests count calls of `ct_eq`: it must run once per code, whatever
//! matches.

use subtle::{Choice, ConstantTimeEq};
/// Whether `presented` equals any of `codes`, comparing with all of them.
pub fn matches_any<T: ConstantTimeEq>(codes: &[T], presented: &T) -> Choice {
    let mut found = Choice::from(0);
    for code in codes {
        // `|=` on `Choice` is a bitwise or: no branch, no early exit.
        found |= code.ct_eq(presented);
    }
    found
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/ct/any_code.rs"]
mod tests;
