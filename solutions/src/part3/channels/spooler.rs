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

use crossbeam_channel::{bounded, Sender, TrySendError};
use std::thread::{self, JoinHandle};

/// A line that `submit` could not queue, handed back to the caller.
#[derive(Debug, PartialEq, Eq)]
pub struct Rejected(pub String);

/// A bounded queue of lines drained by a background thread.
pub struct Spooler {
    queue: Sender<String>,
    writer: JoinHandle<usize>,
}

impl Spooler {
    /// Starts the background thread; at most `capacity` lines wait for it.
    pub fn new(capacity: usize, mut sink: impl FnMut(String) + Send + 'static) -> Self {
        let (queue, lines) = bounded::<String>(capacity.max(1));
        let writer = thread::spawn(move || {
            let mut written = 0;
            // Ends when `finish` drops the only sender.
            for line in lines {
                sink(line);
                written += 1;
            }
            written
        });
        Spooler { queue, writer }
    }

    /// Queues `line` if there is room, without waiting.
    pub fn submit(&self, line: String) -> Result<(), Rejected> {
        self.queue.try_send(line).map_err(|error| match error {
            TrySendError::Full(line) | TrySendError::Disconnected(line) => Rejected(line),
        })
    }

    /// Queues `line`, waiting for room if the queue is full.
    pub fn submit_blocking(&self, line: String) {
        self.queue
            .send(line)
            .expect("the writer thread runs until `finish`");
    }

    /// Closes the queue, waits for the writer thread and returns how many
    /// lines it handed to the sink.
    pub fn finish(self) -> usize {
        let Spooler { queue, writer } = self;
        // Closing the queue ends the writer's loop once it is empty; joining
        // first would wait forever.
        drop(queue);
        writer.join().expect("the sink does not panic")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/channels/spooler.rs"]
mod tests;
