//! `LineReader` turns chunks of text that arrive on a channel into lines.
//! `with_heartbeat` reads every line and also counts a heartbeat every
//! `every` (the first one at once), the way a real reader would report to a
//! supervisor that it is still alive.
//!
//! Without heartbeats the lines come out right. With them, a line loses its
//! beginning whenever a heartbeat falls while the line is only partly
//! received. Find out why and fix it. Keep the public API, and keep counting
//! the heartbeats as they are counted now.
//!
//! A line ends with `'\n'`, which is not part of it; an empty line is still a
//! line. When the channel closes, text after the last `'\n'` is a last line,
//! unless it is empty.

use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::interval;

/// What `with_heartbeat` saw.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Every line, in order.
    pub lines: Vec<String>,
    /// How many heartbeats were counted.
    pub heartbeats: u32,
}

/// Splits the chunks received from a channel into lines.
pub struct LineReader {
    chunks: mpsc::Receiver<String>,
    /// Text received but not returned yet.
    pending: String,
}

impl LineReader {
    /// A reader of the chunks that arrive on `chunks`.
    pub fn new(chunks: mpsc::Receiver<String>) -> Self {
        LineReader {
            chunks,
            pending: String::new(),
        }
    }

    /// Returns the next line without its `'\n'`, or `None` once the channel
    /// is closed and every line has been returned.
    pub async fn next_line(&mut self) -> Option<String> {
        let mut line = std::mem::take(&mut self.pending);
        loop {
            if let Some(end) = line.find('\n') {
                self.pending = line.split_off(end + 1);
                line.pop(); // the '\n'
                return Some(line);
            }
            match self.chunks.recv().await {
                Some(chunk) => line.push_str(&chunk),
                None if line.is_empty() => return None,
                None => return Some(line),
            }
        }
    }
}

/// Reads lines until the channel closes, counting a heartbeat every `every`.
pub async fn with_heartbeat(mut reader: LineReader, every: Duration) -> Report {
    let mut report = Report::default();
    let mut heartbeat = interval(every);
    loop {
        tokio::select! {
            line = reader.next_line() => match line {
                Some(line) => report.lines.push(line),
                None => return report,
            },
            _ = heartbeat.tick() => report.heartbeats += 1,
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/async_patterns/lost_lines.rs"]
mod tests;
