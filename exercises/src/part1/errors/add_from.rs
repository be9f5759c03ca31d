//! `sum_numbers` adds up the numbers in a text stream, one per line, skipping
//! blank lines. This file does not compile: `?` cannot turn a
//! `std::io::Error` or a `ParseIntError` into an `ImportError`.
//!
//! Make it compile by giving `ImportError` the missing conversions, without
//! touching `sum_numbers` or the messages. Let thiserror generate them: the
//! tests also check that the original error is each variant's `source()`.

use std::io::BufRead;
use std::num::ParseIntError;
use thiserror::Error;

/// Why `sum_numbers` failed.
#[derive(Debug, Error)]
pub enum ImportError {
    #[error("reading the input failed")]
    Io(std::io::Error),
    #[error("not a number")]
    Parse(ParseIntError),
    #[error("the input holds no numbers")]
    Empty,
}

/// Adds the numbers in `input`, one per line. Blank lines (after trimming)
/// are skipped; an input with no numbers at all is `ImportError::Empty`.
pub fn sum_numbers(input: impl BufRead) -> Result<i64, ImportError> {
    let mut total = 0;
    let mut count = 0;
    for line in input.lines() {
        let line = line?;
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        total += text.parse::<i64>()?;
        count += 1;
    }
    if count == 0 {
        return Err(ImportError::Empty);
    }
    Ok(total)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/errors/add_from.rs"]
mod tests;
