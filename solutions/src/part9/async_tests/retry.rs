//! Write `retry`: call `op` until it returns `Ok`, at most `policy.attempts`
//! times (always at least once, even if `attempts` is 0), and return the
//! first `Ok`, or the last `Err` when every attempt failed. `op` gets the
//! number of the attempt, starting at 1.
//!
//! Between two attempts, sleep: `first_delay` after the first failure, then
//! twice as long after each further failure, but never longer than
//! `max_delay`. Do not sleep after the last attempt.
//!
//! The tests run with paused time and record the virtual moment of every
//! attempt, so sleep with tokio's timer.

use std::future::Future;
use std::time::Duration;

/// How often and how patiently to retry.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// The most calls of `op`.
    pub attempts: u32,
    /// The pause after the first failure.
    pub first_delay: Duration,
    /// The longest pause.
    pub max_delay: Duration,
}

/// Calls `op` until it succeeds or the attempts run out.
pub async fn retry<T, E, F, Fut>(policy: Policy, mut op: F) -> Result<T, E>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let attempts = policy.attempts.max(1);
    let mut delay = policy.first_delay.min(policy.max_delay);
    let mut attempt = 1;
    loop {
        match op(attempt).await {
            Ok(value) => return Ok(value),
            Err(error) if attempt == attempts => return Err(error),
            Err(_) => {}
        }
        tokio::time::sleep(delay).await;
        delay = delay.saturating_mul(2).min(policy.max_delay);
        attempt += 1;
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/async_tests/retry.rs"]
mod tests;
