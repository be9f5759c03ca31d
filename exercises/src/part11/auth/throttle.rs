//! Password guessing is stopped by limiting attempts, not only by slow
//! hashes. Write `LoginGuard::attempt`, which wraps a password check:
//!
//! - if `user` is locked at time `now` (`now < until`), return
//!   `Err(Locked { until })` *without calling* `check`: a locked account
//!   must not even be tested, so a guesser learns nothing;
//! - otherwise call `check()` once. `true`: forget the user's failures and
//!   return `Ok(())`. `false`: count a failure; at `max_failures` failures
//!   in a row, lock the user until `now + lockout_secs` and start counting
//!   from zero again; return `Err(InvalidCredentials)` either way;
//! - users are independent: locking ada does not lock bob.
//!
//! Time is a parameter (seconds), so the tests need no clock.

use std::collections::HashMap;

/// Why a login was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginError {
    /// The password was wrong (or the user unknown: the same answer).
    InvalidCredentials,
    /// Too many failures; try again at `until`.
    Locked { until: u64 },
}

/// What the guard remembers about one user.
#[derive(Debug, Clone, Copy, Default)]
struct Record {
    failures: u32,
    locked_until: u64,
}

/// Limits failed logins per user.
#[derive(Debug)]
pub struct LoginGuard {
    max_failures: u32,
    lockout_secs: u64,
    records: HashMap<String, Record>,
}

impl LoginGuard {
    /// Locks a user for `lockout_secs` after `max_failures` failures in a row.
    pub fn new(max_failures: u32, lockout_secs: u64) -> LoginGuard {
        LoginGuard {
            max_failures,
            lockout_secs,
            records: HashMap::new(),
        }
    }
    /// Checks a login attempt for `user` at time `now`.
    pub fn attempt(
        &mut self,
        user: &str,
        now: u64,
        check: impl FnOnce() -> bool,
    ) -> Result<(), LoginError> {
        let _ = (
            &self.records,
            self.max_failures,
            self.lockout_secs,
            Record::default(),
            check,
        );
        todo!("guard {user:?} at time {now}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/auth/throttle.rs"]
mod tests;
