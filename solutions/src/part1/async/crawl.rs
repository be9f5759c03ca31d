//! `crawl` fetches the pages whose URLs wait in `queue`, with `workers`
//! tokio tasks that share the queue. Each worker takes the next URL from
//! the queue, awaits `fetch(url)`, records the result, and goes back for the
//! next URL, until the queue is empty. `crawl` returns every URL with what
//! its fetch returned, and leaves the queue empty.
//!
//! This file does not compile: the future given to `spawn` is not `Send`.
//! Make it compile without changing what it does. Keep the `workers` tasks
//! and the shared queue, and keep taking one URL at a time: a worker takes
//! its next URL only when its fetch is done, so that `workers` fetches run
//! at the same time (never more, and never fewer while URLs are waiting).

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::{Arc, Mutex};
use tokio::task::JoinSet;

/// Fetches every URL in `queue` with `workers` tasks; returns each URL's result.
pub async fn crawl<F, Fut>(
    queue: Arc<Mutex<VecDeque<String>>>,
    workers: usize,
    fetch: F,
) -> HashMap<String, usize>
where
    F: Fn(String) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = usize> + Send + 'static,
{
    let fetch = Arc::new(fetch);
    let results = Arc::new(Mutex::new(HashMap::new()));
    let mut tasks = JoinSet::new();
    for _ in 0..workers {
        let (queue, fetch, results) =
            (Arc::clone(&queue), Arc::clone(&fetch), Arc::clone(&results));
        tasks.spawn(async move {
            loop {
                // A statement of its own: the guard is dropped at the `;`.
                // In `while let Some(url) = queue.lock().unwrap().pop_front()`
                // it would live through the whole loop body, `.await` included.
                let next = queue.lock().unwrap().pop_front();
                let Some(url) = next else {
                    break;
                };
                let size = fetch(url.clone()).await;
                results.lock().unwrap().insert(url, size);
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("a worker panicked");
    }
    let mut results = results.lock().unwrap();
    std::mem::take(&mut *results)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/async/crawl.rs"]
mod tests;
