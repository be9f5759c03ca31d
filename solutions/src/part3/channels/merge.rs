//! Write `merge`: it reads three crossbeam channels at once and reports what
//! came in.
//!
//! - Every number received on `numbers` is added to `sum`.
//! - Every word received on `words` is appended to `words`, in the order
//!   received.
//! - When `numbers` and `words` are both closed (all their senders dropped)
//!   and empty, `merge` returns with `stopped: false`. One of them closing
//!   does not end the other: messages sent before a channel closed are still
//!   read.
//! - A message on `stop` ends `merge` at once, with `stopped: true`. A stop
//!   that is ready at the same time as a number or a word wins, so anything
//!   still queued is left unread. When `merge` returns, it drops its
//!   receivers, and later sends fail.
//! - If `stop` closes without a message, no stop will ever come: carry on.
//!
//! While no channel has anything to read, `merge` waits; it must not spin.

use crossbeam_channel::{never, select_biased, Receiver};

/// What `merge` received.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// The sum of the numbers received.
    pub sum: i64,
    /// The words received, in order.
    pub words: Vec<String>,
    /// Whether a message on `stop` ended the merge.
    pub stopped: bool,
}

/// Reads `numbers` and `words` until both are closed, or until a message on
/// `stop`.
pub fn merge(
    mut numbers: Receiver<i64>,
    mut words: Receiver<String>,
    mut stop: Receiver<()>,
) -> Report {
    let mut report = Report::default();
    let mut open = 2;
    while open > 0 {
        // `select_biased!` tries the operations in order, so a ready stop
        // always wins. A closed channel is always ready (with an `Err`), so
        // each one is swapped for `never()` once it has closed.
        select_biased! {
            recv(stop) -> message => match message {
                Ok(()) => {
                    report.stopped = true;
                    return report;
                }
                Err(_) => stop = never(),
            },
            recv(numbers) -> message => match message {
                Ok(n) => report.sum += n,
                Err(_) => {
                    numbers = never();
                    open -= 1;
                }
            },
            recv(words) -> message => match message {
                Ok(word) => report.words.push(word),
                Err(_) => {
                    words = never();
                    open -= 1;
                }
            },
        }
    }
    report
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/channels/merge.rs"]
mod tests;
