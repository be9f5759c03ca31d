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
pub struct Journal<W: Write> {
    /// The writer; `None` once `finish` has taken it.
    out: Option<W>,
    /// The recorded lines, without their `"\n"`.
    lines: Vec<String>,
}

impl<W: Write> Journal<W> {
    /// An empty journal that will write to `out`.
    pub fn new(out: W) -> Self {
        Journal {
            out: Some(out),
            lines: Vec::new(),
        }
    }

    /// Records `line`, to be written later.
    pub fn record(&mut self, line: &str) {
        self.lines.push(line.to_string());
    }

    /// Writes the recorded lines, flushes, and returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        // Taking the writer out leaves `None`, so `drop` has nothing to do,
        // whether the writing below succeeds or fails.
        let mut out = self.out.take().expect("only `finish` takes the writer");
        write_lines(&mut out, &self.lines)?;
        Ok(out)
    }
}

fn write_lines<W: Write>(out: &mut W, lines: &[String]) -> io::Result<()> {
    for line in lines {
        out.write_all(line.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

impl<W: Write> Drop for Journal<W> {
    /// Writes the lines if `finish` did not, ignoring errors.
    fn drop(&mut self) {
        if let Some(out) = self.out.as_mut() {
            // Best effort: there is no caller to report an error to.
            let _ = write_lines(out, &self.lines);
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/raii/journal.rs"]
mod tests;
