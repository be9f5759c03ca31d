//! Write `map_on_workers(items, f)`: it runs `f(item)` for every item in a
//! job of its own, handed to `execute` below, and returns the results in the
//! order of `items`.
//!
//! - A job is `'static`: it may not borrow `f`, the items or a local `Vec`
//!   of results. Share `f` through an `Arc`, and send each result back
//!   through a channel, together with its item's index.
//! - Return only when every result has arrived, in the order of `items`,
//!   however the jobs finished. No items give an empty `Vec`.
//! - Call `f` exactly once per item, always inside a job: never on the thread
//!   that calls `map_on_workers`.

use std::sync::mpsc;
use std::sync::Arc;
use std::thread;

/// Runs `job` on a worker thread. A new thread per job keeps this exercise
/// short; a pool's `execute` has the same bounds.
pub fn execute<F>(job: F)
where
    F: FnOnce() + Send + 'static,
{
    thread::spawn(job);
}

/// Runs `f` on every item, one job per item, and returns the results in the
/// order of `items`.
pub fn map_on_workers<T, R, F>(items: Vec<T>, f: F) -> Vec<R>
where
    T: Send + 'static,
    R: Send + 'static,
    F: Fn(T) -> R + Send + Sync + 'static,
{
    let f = Arc::new(f);
    let (results, received) = mpsc::channel();
    let len = items.len();
    for (index, item) in items.into_iter().enumerate() {
        let (f, results) = (Arc::clone(&f), results.clone());
        execute(move || {
            // The receiver outlives every job: `map_on_workers` waits below.
            let _ = results.send((index, f(item)));
        });
    }
    // Keep only the jobs' senders, so the loop below ends after the last job.
    drop(results);
    let mut slots: Vec<Option<R>> = (0..len).map(|_| None).collect();
    for (index, result) in received {
        slots[index] = Some(result);
    }
    slots
        .into_iter()
        .map(|slot| slot.expect("every job sends its result before it ends"))
        .collect()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/thread_pools/job_results.rs"]
mod tests;
