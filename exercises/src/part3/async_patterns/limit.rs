//! Write `fetch_all(urls, limit, fetch)`: run `fetch(url)` for every url, at
//! most `limit` at a time, and return the results in the order of `urls`.
//!
//! - Start the next fetch as soon as *any* running one finishes: a slow fetch
//!   must not hold up the others. (Batches of `limit` do not do that.)
//! - Never run more than `limit` fetches at once. A `limit` of 0 is treated
//!   as 1.
//! - Call `fetch` exactly once per url. No urls give an empty `Vec` at once.
//!
//! Each fetch's future is `Send + 'static`, so it may run as a task of its
//! own (`tokio::spawn` or a `JoinSet`). The tests run with paused time and
//! check the exact virtual time `fetch_all` takes.

use std::future::Future;
#[allow(unused_imports)] // course:hide
use std::sync::Arc;
#[allow(unused_imports)] // course:hide
use tokio::sync::Semaphore;
#[allow(unused_imports)] // course:hide
use tokio::task::JoinSet;

/// Fetches every url, at most `limit` at a time; results in url order.
pub async fn fetch_all<T, F, Fut>(urls: Vec<String>, limit: usize, fetch: F) -> Vec<T>
where
    T: Send + 'static,
    F: Fn(String) -> Fut,
    Fut: Future<Output = T> + Send + 'static,
{
    let _ = &fetch; // course:hide
    todo!("fetch {} urls, at most {limit} at a time", urls.len())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/async_patterns/limit.rs"]
mod tests;
