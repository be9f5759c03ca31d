use super::*;
use std::cell::Cell;

/// Runs an attempt and says whether `check` was called.
fn attempt(
    guard: &mut LoginGuard,
    user: &str,
    now: u64,
    ok: bool,
) -> (Result<(), LoginError>, u32) {
    let calls = Cell::new(0);
    let result = guard.attempt(user, now, || {
        calls.set(calls.get() + 1);
        ok
    });
    (result, calls.get())
}

/// A failed attempt that must be reported as a wrong password.
fn fail(guard: &mut LoginGuard, user: &str, now: u64) {
    assert_eq!(
        attempt(guard, user, now, false),
        (Err(LoginError::InvalidCredentials), 1),
        "a wrong password for {user} at time {now}: (result, calls of check)"
    );
}

/// A successful attempt.
fn succeed(guard: &mut LoginGuard, user: &str, now: u64) {
    assert_eq!(
        attempt(guard, user, now, true),
        (Ok(()), 1),
        "the right password for {user} at time {now}: (result, calls of check)"
    );
}

#[test]
fn a_right_password_logs_in() {
    let mut guard = LoginGuard::new(3, 60);
    assert_eq!(
        attempt(&mut guard, "ada", 0, true),
        (Ok(()), 1),
        "(result, calls of check)"
    );
}

#[test]
fn a_wrong_password_is_invalid_credentials() {
    let mut guard = LoginGuard::new(3, 60);
    assert_eq!(
        attempt(&mut guard, "ada", 0, false),
        (Err(LoginError::InvalidCredentials), 1),
        "(result, calls of check)"
    );
}

#[test]
fn too_many_failures_lock_without_checking() {
    let mut guard = LoginGuard::new(3, 60);
    for t in 0..3 {
        assert_eq!(
            attempt(&mut guard, "ada", 100 + t, false).0,
            Err(LoginError::InvalidCredentials),
            "failure {} of 3",
            t + 1
        );
    }
    // The third failure was at 102: locked until 162.
    assert_eq!(
        attempt(&mut guard, "ada", 103, true),
        (Err(LoginError::Locked { until: 162 }), 0),
        "while locked, even the right password is refused and check() is not called"
    );
    assert_eq!(
        attempt(&mut guard, "ada", 161, false),
        (Err(LoginError::Locked { until: 162 }), 0),
        "still locked one second before the end"
    );
}

#[test]
fn the_lock_ends_and_counting_starts_again() {
    let mut guard = LoginGuard::new(2, 60);
    fail(&mut guard, "ada", 0);
    fail(&mut guard, "ada", 0);
    assert_eq!(
        attempt(&mut guard, "ada", 60, true),
        (Ok(()), 1),
        "the lock ends at 60"
    );
    // A new lock after two more failures, not after one.
    fail(&mut guard, "ada", 70);
    assert_eq!(
        attempt(&mut guard, "ada", 71, true),
        (Ok(()), 1),
        "one failure after a lock must not lock again"
    );
}

#[test]
fn the_count_restarts_after_a_lockout() {
    let mut guard = LoginGuard::new(2, 60);
    fail(&mut guard, "ada", 0);
    fail(&mut guard, "ada", 0);
    assert_eq!(
        attempt(&mut guard, "ada", 60, false),
        (Err(LoginError::InvalidCredentials), 1),
        "the first failure after a lock is only a failure"
    );
    assert_eq!(
        attempt(&mut guard, "ada", 61, true),
        (Ok(()), 1),
        "one failure after a lock must not lock again"
    );
}

#[test]
fn a_success_forgets_earlier_failures() {
    let mut guard = LoginGuard::new(3, 60);
    fail(&mut guard, "ada", 0);
    fail(&mut guard, "ada", 1);
    succeed(&mut guard, "ada", 2);
    fail(&mut guard, "ada", 3);
    fail(&mut guard, "ada", 4);
    assert_eq!(
        attempt(&mut guard, "ada", 5, true),
        (Ok(()), 1),
        "failures before a successful login must not count"
    );
}

#[test]
fn users_are_locked_independently() {
    let mut guard = LoginGuard::new(2, 60);
    fail(&mut guard, "ada", 0);
    fail(&mut guard, "ada", 0);
    assert_eq!(
        attempt(&mut guard, "bob", 1, true),
        (Ok(()), 1),
        "bob is not locked"
    );
    fail(&mut guard, "bob", 2);
    assert_eq!(
        attempt(&mut guard, "bob", 3, true),
        (Ok(()), 1),
        "ada's failures must not count against bob"
    );
}
