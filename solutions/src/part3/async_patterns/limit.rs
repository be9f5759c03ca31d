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
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Fetches every url, at most `limit` at a time; results in url order.
pub async fn fetch_all<T, F, Fut>(urls: Vec<String>, limit: usize, fetch: F) -> Vec<T>
where
    T: Send + 'static,
    F: Fn(String) -> Fut,
    Fut: Future<Output = T> + Send + 'static,
{
    let permits = Arc::new(Semaphore::new(limit.max(1)));
    let mut running = JoinSet::new();
    let len = urls.len();
    for (index, url) in urls.into_iter().enumerate() {
        // Wait for a permit before spawning, so at most `limit` tasks exist.
        let permit = Arc::clone(&permits)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let work = fetch(url);
        running.spawn(async move {
            let result = work.await;
            drop(permit); // the next fetch may start
            (index, result)
        });
    }
    let mut slots: Vec<Option<T>> = (0..len).map(|_| None).collect();
    while let Some(finished) = running.join_next().await {
        let (index, result) = finished.expect("a fetch panicked");
        slots[index] = Some(result);
    }
    slots
        .into_iter()
        .map(|slot| slot.expect("every url was fetched"))
        .collect()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/async_patterns/limit.rs"]
mod tests;
