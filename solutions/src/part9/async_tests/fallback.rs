//! Write `value_or`: wait for `fut`, but at most `limit`; if it has not
//! finished by then, drop it and return `fallback` at once.
//!
//! The tests run on a runtime with paused time (`start_paused = true`), so
//! they can check the exact time your function waited: measure and sleep
//! with tokio's clock, not `std::time`.

use std::future::Future;
use std::time::Duration;

/// `fut`'s output if it finishes within `limit`, else `fallback`.
pub async fn value_or<T>(fut: impl Future<Output = T>, limit: Duration, fallback: T) -> T {
    tokio::time::timeout(limit, fut).await.unwrap_or(fallback)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/async_tests/fallback.rs"]
mod tests;
