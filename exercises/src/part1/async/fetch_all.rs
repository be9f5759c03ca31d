//! `fetch_all` calls `fetch(id)` for every id in `ids` and returns the results
//! in the order of `ids`, even when later fetches finish first. Empty input
//! gives an empty vector.
//!
//! The fetches must run concurrently: start every one of them as a tokio task
//! (`tokio::spawn`, or a `tokio::task::JoinSet`) before you wait for any, so
//! a slow fetch does not hold up the others. If a fetch panics, return the
//! `JoinError` of its task as the error.

use std::future::Future;
use tokio::task::JoinError;

/// Runs `fetch(id)` for every id concurrently; the results keep the order of `ids`.
pub async fn fetch_all<F, Fut>(ids: Vec<u32>, fetch: F) -> Result<Vec<String>, JoinError>
where
    F: Fn(u32) -> Fut,
    Fut: Future<Output = String> + Send + 'static,
{
    let _ = fetch; // course:hide
    todo!("fetch {ids:?} concurrently and return the results in this order")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/async/fetch_all.rs"]
mod tests;
