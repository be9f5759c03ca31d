//! Write `get_with_retry`: `GET url` and return the body of the first 2xx
//! answer, retrying what may succeed on a second try and nothing else.
//!
//! - Retry on a **503 Service Unavailable** answer, and when the request got
//!   **no answer** at all (the connection was refused or broke, or it timed
//!   out).
//! - Any other status (a 4xx such as 404, or 500) is final: return
//!   `RetryError::Status` at once, without retrying.
//! - Make at most `policy.max_attempts` attempts in all (the first one
//!   included). When they all failed, return `RetryError::GaveUp` with the
//!   number of attempts and what went wrong the last time.
//! - Before retry number `n` (1 for the second attempt, 2 for the third...),
//!   wait `policy.delay_before(n)`: `base_delay` doubled for each earlier
//!   retry (`base`, `2 × base`, `4 × base`...), but never more than
//!   `max_delay`. Write `delay_before` too.
//! - Wait by calling `sleep(delay).await`, never `tokio::time::sleep`
//!   directly: a program passes `tokio::time::sleep`, and the tests pass a
//!   function that records the delays and returns at once. Do not sleep
//!   after the last attempt.

use reqwest::{Client, StatusCode};
use std::future::Future;
use std::time::Duration;

/// How often and how patiently to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (at least 1).
    pub max_attempts: u32,
    /// The wait before the first retry.
    pub base_delay: Duration,
    /// The longest wait between two attempts.
    pub max_delay: Duration,
}

impl RetryPolicy {
    /// The wait before retry number `retry` (1 before the second attempt):
    /// `base_delay × 2^(retry - 1)`, at most `max_delay`.
    pub fn delay_before(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.saturating_sub(1));
        self.base_delay
            .checked_mul(factor)
            .map_or(self.max_delay, |delay| delay.min(self.max_delay))
    }
}

/// What went wrong in one attempt.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The server answered with this status.
    #[error("the server answered {0}")]
    Status(StatusCode),
    /// No answer: refused, broken or timed-out connection, or a body that
    /// could not be read.
    #[error("no answer: {0}")]
    Request(#[source] reqwest::Error),
}

/// Why `get_with_retry` returned no body.
#[derive(Debug, thiserror::Error)]
pub enum RetryError {
    /// The server answered with a status that retrying cannot fix.
    #[error("the server answered {0}, which is not worth retrying")]
    Status(StatusCode),
    /// Every attempt failed with something worth retrying.
    #[error("gave up after {attempts} attempts; the last one failed: {last}")]
    GaveUp {
        /// How many attempts were made.
        attempts: u32,
        /// What went wrong in the last one.
        #[source]
        last: Failure,
    },
}

/// `GET url`, retrying 503 answers and failed connections with exponential
/// back-off, waiting with `sleep`.
pub async fn get_with_retry<S, F>(
    client: &Client,
    url: &str,
    policy: &RetryPolicy,
    mut sleep: S,
) -> Result<String, RetryError>
where
    S: FnMut(Duration) -> F,
    F: Future<Output = ()>,
{
    let mut attempt = 1;
    loop {
        let failure = match client.get(url).send().await {
            Ok(response) if response.status().is_success() => match response.text().await {
                Ok(body) => return Ok(body),
                Err(error) => Failure::Request(error),
            },
            Ok(response) if response.status() == StatusCode::SERVICE_UNAVAILABLE => {
                Failure::Status(response.status())
            }
            Ok(response) => return Err(RetryError::Status(response.status())),
            Err(error) => Failure::Request(error),
        };
        if attempt >= policy.max_attempts {
            return Err(RetryError::GaveUp {
                attempts: attempt,
                last: failure,
            });
        }
        sleep(policy.delay_before(attempt)).await;
        attempt += 1;
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/http/retry.rs"]
mod tests;
