//! `read_limit` belongs to a command-line tool: it reads a file that holds one
//! positive number (surrounding whitespace is fine) and returns it. The tool
//! prints errors with `{:#}`, so each error should say what the program was
//! doing *and* why it failed. Two of them do not:
//!
//! - When the file cannot be read, the user sees only
//!   `reading /path/to/limit.txt`, without the reason.
//! - When the file does not hold a number, the user sees only
//!   `invalid digit found in string`, without the file.
//!
//! Fix both, so that `{:#}` prints `reading PATH: CAUSE` and
//! `parsing the limit in PATH: CAUSE`, where `PATH` is `path.display()` and
//! `CAUSE` is the message of the original `std::io::Error` or
//! `ParseIntError`, which must stay reachable (for `downcast_ref`). The third
//! error, `the limit in PATH must be at least 1`, is right already. Keep the
//! signature.

use anyhow::{bail, Context, Result};
use std::fs;
use std::path::Path;

/// Reads the positive number stored in the file at `path`.
pub fn read_limit(path: &Path) -> Result<u32> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let limit = text
        .trim()
        .parse::<u32>()
        .with_context(|| format!("parsing the limit in {}", path.display()))?;
    if limit == 0 {
        bail!("the limit in {} must be at least 1", path.display());
    }
    Ok(limit)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/errors/read_limit.rs"]
mod tests;
