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

#[allow(unused_imports)] // course:hide
use crossbeam_channel::{never, select, select_biased, Receiver};

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
pub fn merge(numbers: Receiver<i64>, words: Receiver<String>, stop: Receiver<()>) -> Report {
    let _ = (numbers, words, stop); // course:hide
    todo!("read numbers and words until both close, or until a stop")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/channels/merge.rs"]
mod tests;
