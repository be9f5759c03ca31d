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

use crossbeam_channel::{bounded, unbounded};
use std::thread;

/// Applies `transform` to every item on `workers` threads and returns the
/// results in input order.
pub fn run_pipeline<T, U, F>(items: Vec<T>, workers: usize, transform: F) -> Vec<U>
where
    T: Send,
    U: Send,
    F: Fn(T) -> U + Sync,
{
    let workers = workers.max(1);
    let (job_tx, job_rx) = bounded::<(usize, T)>(workers);
    let (result_tx, result_rx) = unbounded::<(usize, U)>();
    let transform = &transform;

    thread::scope(|s| {
        // Stage 1: the feeder owns the only job sender. When it has sent
        // everything it returns, the sender is dropped, and the workers'
        // loops end.
        s.spawn(move || {
            for job in items.into_iter().enumerate() {
                if job_tx.send(job).is_err() {
                    break;
                }
            }
        });

        // Stage 2: every worker owns a receiver clone and a sender clone.
        for _ in 0..workers {
            let job_rx = job_rx.clone();
            let result_tx = result_tx.clone();
            s.spawn(move || {
                for (position, item) in job_rx {
                    result_tx
                        .send((position, transform(item)))
                        .expect("the collector outlives the workers");
                }
            });
        }
        // The workers hold the only result senders now; without this line
        // the collector below would wait forever.
        drop(result_tx);

        // Stage 3: the collector. The loop ends when the last worker is done.
        let mut results: Vec<(usize, U)> = result_rx.iter().collect();
        results.sort_unstable_by_key(|&(position, _)| position);
        results.into_iter().map(|(_, result)| result).collect()
    })
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/channels/pipeline.rs"]
mod tests;
