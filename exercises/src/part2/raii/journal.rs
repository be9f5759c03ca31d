//! `Journal` collects lines and writes them to a writer in one go. Writing
//! can fail, and `Drop` cannot report a failure, so the journal has an
//! explicit `finish` and uses `Drop` only as a fallback:
//!
//! - `record` only collects a line; nothing reaches the writer yet.
//! - `finish(self)` writes every recorded line followed by `"\n"`, then
//!   flushes the writer, and returns the writer. An error from writing or
//!   flushing is returned instead.
//! - Dropping a journal that was not finished writes and flushes its lines
//!   the same way, but ignores errors: it must never panic.
//! - The lines are written once. After `finish`, even a failed one, dropping
//!   the journal writes nothing more.
//!
//! The stub's `drop` is empty rather than a panicking placeholder: a panic
//! there while a failing test unwinds would abort the whole test run.

use std::io::{self, Write};

/// Lines waiting to be written to `W`.
#[allow(dead_code)] // course:hide
pub struct Journal<W: Write> {
    /// The writer; `None` once `finish` has taken it.
    out: Option<W>,
    /// The recorded lines, without their `"\n"`.
    lines: Vec<String>,
}

impl<W: Write> Journal<W> {
    /// An empty journal that will write to `out`.
    pub fn new(out: W) -> Self {
        let _ = out; // course:hide
        todo!("start an empty journal that owns its writer")
    }

    /// Records `line`, to be written later.
    pub fn record(&mut self, line: &str) {
        todo!("record {line:?}")
    }

    /// Writes the recorded lines, flushes, and returns the writer.
    pub fn finish(self) -> io::Result<W> {
        todo!(
            "write {} lines, flush, and hand the writer back",
            self.lines.len()
        )
    }
}

impl<W: Write> Drop for Journal<W> {
    /// Writes the lines if `finish` did not, ignoring errors.
    fn drop(&mut self) {
        // Write and flush the lines if `finish` has not taken the writer.
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/raii/journal.rs"]
mod tests;
