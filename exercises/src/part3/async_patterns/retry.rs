//! Write `retry`: call `op` until it succeeds, at most `policy.attempts`
//! times, and wait longer after each failure (exponential back-off).
//!
//! - `op` receives the attempt number, starting at 1. An `attempts` of 0 is
//!   treated as 1.
//! - Each attempt may take at most `policy.attempt_timeout`. An attempt that
//!   takes longer is cancelled and counts as a failure.
//! - After the first failure wait `policy.first_delay`, after the second
//!   twice as long, and so on, doubling each time, but never wait longer
//!   than `policy.max_delay`. Do not wait after the last attempt.
//! - Return the first `Ok`. If every attempt fails, return the last
//!   failure: `RetryError::Failed(e)` if it returned `Err(e)`,
//!   `RetryError::TimedOut` if it ran out of time.
//!
//! Use `tokio::time` for every wait. The tests run with paused time and
//! check the exact virtual time that `retry` takes.

use std::future::Future;
use std::time::Duration;

/// How often to try and how long to wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The most calls of `op`.
    pub attempts: u32,
    /// The wait after the first failure.
    pub first_delay: Duration,
    /// No wait is longer than this.
    pub max_delay: Duration,
    /// The most time one attempt may take.
    pub attempt_timeout: Duration,
}

/// Why `retry` gave up: how the last attempt failed.
#[derive(Debug, PartialEq, Eq)]
pub enum RetryError<E> {
    /// The last attempt returned this error.
    Failed(E),
    /// The last attempt took longer than `attempt_timeout`.
    TimedOut,
}

/// Calls `op(1)`, `op(2)`, ... until one succeeds or `policy` says stop.
pub async fn retry<T, E, F, Fut>(policy: Backoff, mut op: F) -> Result<T, RetryError<E>>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let _ = &mut op; // course:hide
    todo!("call op until it succeeds, as {policy:?} allows")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/async_patterns/retry.rs"]
mod tests;
