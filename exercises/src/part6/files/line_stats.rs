//! Write `line_stats`, which reads a text file through a `BufReader` and
//! counts its lines, its words and the length of its longest line, and
//! `write_report`, which writes one row per file through a `BufWriter`.
//!
//! - A line ends with `\n`; a last line without one still counts. The
//!   line's length is counted in `char`s, without its `\n` or `\r\n`.
//!   Words are what `split_whitespace` finds.
//! - Read with `read_line` into one `String` that you clear and reuse: a
//!   file of thousands of lines must not cost an allocation per line (the
//!   tests count them).
//! - A line that is not UTF-8 is an `ErrorKind::InvalidData` error whose
//!   message names the file and the line number (counting from 1), like
//!   `notes.txt: line 3 is not UTF-8`. Any other error keeps its kind and
//!   gets the file's path in front of its message: `path: message`.
//! - `write_report(path, rows)` writes `name<TAB>lines<TAB>words<TAB>longest`
//!   and a newline for each row, and flushes the `BufWriter` explicitly: a
//!   `BufWriter` dropped with bytes in it writes them but ignores errors.

#![allow(dead_code, unused_imports)] // course:hide

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, ErrorKind, Write};
use std::path::Path;

/// What `line_stats` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Stats {
    /// Lines, including a last one without `\n`.
    pub lines: usize,
    /// Whitespace-separated words.
    pub words: usize,
    /// The longest line's length in `char`s, without its line ending.
    pub longest: usize,
}

/// Puts `path` in front of an error's message, keeping its kind.
fn with_path(path: &Path, error: io::Error) -> io::Error {
    io::Error::new(error.kind(), format!("{}: {error}", path.display()))
}

/// Counts the lines, words and longest line of the file at `path`.
pub fn line_stats(path: &Path) -> io::Result<Stats> {
    todo!("count the lines of {}", path.display())
}

/// Writes one tab-separated row per `(name, stats)` to `path`.
pub fn write_report(path: &Path, rows: &[(String, Stats)]) -> io::Result<()> {
    todo!("write {} rows to {}", rows.len(), path.display())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/files/line_stats.rs"]
mod tests;
