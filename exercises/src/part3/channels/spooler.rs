//! Build `Spooler`: a bounded queue of lines in front of one background
//! thread that hands each line to a `sink` (say, a slow disk or network
//! writer). The bound is the back-pressure: the caller can never get more
//! than `capacity` lines ahead of the sink.
//!
//! - `Spooler::new(capacity, sink)` creates a crossbeam channel bounded to
//!   `capacity` lines (`0` counts as `1`) and starts the thread, which calls
//!   `sink` once for every line, in the order the lines were queued.
//! - `submit(line)` never blocks. It returns `Ok(())` if the line was queued,
//!   and `Err(Rejected(line))`, handing the line back, if `capacity` lines
//!   are already waiting.
//! - `submit_blocking(line)` waits for room instead, so no line is lost.
//!   Several threads may submit through one `&Spooler` at the same time.
//! - `finish()` closes the queue, waits until the thread has handed every
//!   queued line to `sink` and has ended, and returns how many lines `sink`
//!   received.

#[allow(unused_imports)] // course:hide
use crossbeam_channel::{bounded, Sender, TrySendError};
#[allow(unused_imports)] // course:hide
use std::thread::{self, JoinHandle};

/// A line that `submit` could not queue, handed back to the caller.
#[derive(Debug, PartialEq, Eq)]
pub struct Rejected(pub String);

/// A bounded queue of lines drained by a background thread.
#[allow(dead_code)] // course:hide
pub struct Spooler {
    queue: Sender<String>,
    writer: JoinHandle<usize>,
}

impl Spooler {
    /// Starts the background thread; at most `capacity` lines wait for it.
    pub fn new(capacity: usize, sink: impl FnMut(String) + Send + 'static) -> Self {
        let _ = sink; // course:hide
        todo!("start the writer thread behind a queue of {capacity} lines")
    }

    /// Queues `line` if there is room, without waiting.
    pub fn submit(&self, line: String) -> Result<(), Rejected> {
        todo!("queue {line:?} if there is room, or hand it back")
    }

    /// Queues `line`, waiting for room if the queue is full.
    pub fn submit_blocking(&self, line: String) {
        todo!("queue {line:?}, waiting for room if needed")
    }

    /// Closes the queue, waits for the writer thread and returns how many
    /// lines it handed to the sink.
    pub fn finish(self) -> usize {
        todo!("close the queue and wait for the writer thread")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/channels/spooler.rs"]
mod tests;
