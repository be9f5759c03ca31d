//! Write `run_pipeline`, a pipeline of three stages joined by crossbeam
//! channels:
//!
//! 1. A **feeder** thread sends every item, tagged with its position in
//!    `items`, into a bounded job channel.
//! 2. `workers` **worker** threads share that job channel (each owns a clone
//!    of its `Receiver`). Each worker takes jobs until the channel is closed
//!    and sends `(position, transform(item))` into a result channel.
//! 3. The **collector**, the calling thread, receives every result and
//!    returns them in the order of `items`, however the workers finished.
//!
//! Each item is transformed exactly once, and with `workers = n` the
//! transform runs on `n` threads at the same time. `workers == 0` counts as
//! one worker; an empty `items` gives an empty `Vec`. `run_pipeline` returns
//! only when every result is in and every thread is finished: no thread and
//! no loop may be left waiting on a channel that nobody will close.

#[allow(unused_imports)] // course:hide
use crossbeam_channel::{bounded, unbounded};
#[allow(unused_imports)] // course:hide
use std::thread;

/// Applies `transform` to every item on `workers` threads and returns the
/// results in input order.
pub fn run_pipeline<T, U, F>(items: Vec<T>, workers: usize, transform: F) -> Vec<U>
where
    T: Send,
    U: Send,
    F: Fn(T) -> U + Sync,
{
    let _ = transform; // course:hide
    todo!(
        "feed {} items to {workers} workers and collect the results",
        items.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/channels/pipeline.rs"]
mod tests;
