//! `drain` reads jobs from a `LegacyQueue`, a queue from an old synchronous
//! library whose only read operation, `pop_blocking`, blocks the calling
//! thread until a job arrives. The jobs are pushed by other tasks of the same
//! runtime.
//!
//! On a current-thread runtime `drain` gets nothing: it waits the full
//! `GIVE_UP_AFTER` and returns an empty list, and only then do the other tasks
//! run. Make `drain` wait without holding up the runtime, so that the other
//! tasks can push while it waits. Keep `LegacyQueue` as it is, and keep
//! `drain`'s signature and what it returns: up to `count` jobs in the order
//! they were pushed, fewer if the queue runs dry (`pop_blocking` returns
//! `None`).

use std::sync::mpsc::Receiver;
use std::time::Duration;

/// How long `pop_blocking` waits before it gives up. It only keeps a mistake
/// from hanging forever: with correct code the jobs arrive almost at once.
pub const GIVE_UP_AFTER: Duration = Duration::from_secs(2);

/// A queue from an old, synchronous library.
pub struct LegacyQueue {
    inbox: Receiver<String>,
}

impl LegacyQueue {
    /// Wraps the receiving end of a `std::sync::mpsc` channel.
    pub fn new(inbox: Receiver<String>) -> Self {
        LegacyQueue { inbox }
    }

    /// Blocks the calling thread until a job arrives. Returns `None` when all
    /// senders are gone or nothing arrived within `GIVE_UP_AFTER`.
    pub fn pop_blocking(&self) -> Option<String> {
        self.inbox.recv_timeout(GIVE_UP_AFTER).ok()
    }
}

/// Reads up to `count` jobs from `queue`, stopping early when it runs dry.
pub async fn drain(queue: LegacyQueue, count: usize) -> Vec<String> {
    let mut jobs = Vec::with_capacity(count);
    while jobs.len() < count {
        match queue.pop_blocking() {
            Some(job) => jobs.push(job),
            None => break,
        }
    }
    jobs
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/runtimes/unblock.rs"]
mod tests;
