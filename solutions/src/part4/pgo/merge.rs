//! `llvm-profdata merge --text` writes a profile as text. After a header
//! (lines starting with `#` or `:`, such as `:ir`), each function is a
//! record of lines, and records are separated by blank lines:
//!
//! ```text
//! _ZN5alloc3vec16Vec$LT$T$C$A$GT$7reserve17h59f0a89887076972E
//! # Func Hash:
//! 784007059655560962
//! # Num Counters:
//! 2
//! # Counter Values:
//! 252
//! 13
//! ```
//!
//! The name (any text; it can contain `;`), the three labels exactly as
//! shown, the hash, the number of counters and that many counter values,
//! all decimal `u64`s with nothing else on the line. Write `parse` and
//! `merge`.
//!
//! `parse` returns the records in the order of the text. Lines are numbered
//! from 1. It skips the header and any number of blank lines between
//! records, and otherwise fails with the first problem, at its line:
//!
//! - `MissingLabel(label)`: a line that should be that label is not;
//! - `NotANumber`: a line that should hold a number does not (`0x…`,
//!   `-1`, `12 `, a number too large for a `u64`);
//! - `ValueProfile`: the counters are followed by `# Num Value Kinds:`
//!   (value-profile data, which this reader does not support);
//! - `ExpectedBlankLine`: the counters are followed by anything else
//!   that is not a blank line (more counters than announced, say);
//! - `UnexpectedEnd`: the text ends inside a record; the line is the
//!   number the missing line would have had.
//!
//! A number of counters larger than the text can hold is `UnexpectedEnd`,
//! not an attempt to allocate room for that many counters.
//!
//! `merge` adds up several profiles as `llvm-profdata merge` does. Records
//! with the same name *and* hash are one function: their counters are
//! added one by one, and a sum that does not fit in a `u64` stays at
//! `u64::MAX`. Records with the same name and different hashes are
//! different versions of a function and stay separate. The result is
//! sorted by name, then by hash. If two records of the same function have
//! different numbers of counters, `merge` fails with `CounterMismatch`
//! naming that function.

/// One function's counters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The function's (mangled) name.
    pub name: String,
    /// The hash of the function's control flow when it was instrumented.
    pub hash: u64,
    /// The counter values.
    pub counts: Vec<u64>,
}

/// What is wrong with a text profile, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The line, counted from 1.
    pub line: usize,
    /// What the problem is.
    pub kind: ErrorKind,
}

/// The kinds of [`ParseError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The line should be this label.
    MissingLabel(&'static str),
    /// The line should hold a decimal `u64` and nothing else.
    NotANumber,
    /// The record has value-profile data.
    ValueProfile,
    /// The line after the counters is neither blank nor the end.
    ExpectedBlankLine,
    /// The text ends inside a record.
    UnexpectedEnd,
}

/// Two records of one function have different numbers of counters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CounterMismatch {
    /// The function's name.
    pub name: String,
    /// The function's hash.
    pub hash: u64,
}

/// The label before the hash.
pub const FUNC_HASH: &str = "# Func Hash:";
/// The label before the number of counters.
pub const NUM_COUNTERS: &str = "# Num Counters:";
/// The label before the counter values.
pub const COUNTER_VALUES: &str = "# Counter Values:";

/// Reads a text profile.
pub fn parse(text: &str) -> Result<Vec<Record>, ParseError> {
    let mut lines = Lines {
        inner: text.lines().enumerate().peekable(),
        total: text.lines().count(),
    };
    while lines
        .peek()
        .is_some_and(|line| line.starts_with('#') || line.starts_with(':'))
    {
        lines.next_line()?;
    }
    let mut records = Vec::new();
    loop {
        while lines.peek().is_some_and(str::is_empty) {
            lines.next_line()?;
        }
        if lines.peek().is_none() {
            return Ok(records);
        }
        let (_, name) = lines.next_line()?;
        lines.label(FUNC_HASH)?;
        let hash = lines.number()?;
        lines.label(NUM_COUNTERS)?;
        let n = lines.number()?;
        lines.label(COUNTER_VALUES)?;
        let mut counts = Vec::new();
        for _ in 0..n {
            counts.push(lines.number()?);
        }
        match lines.peek() {
            None | Some("") => {}
            Some(line) => {
                let kind = if line == "# Num Value Kinds:" {
                    ErrorKind::ValueProfile
                } else {
                    ErrorKind::ExpectedBlankLine
                };
                let (number, _) = lines.next_line()?;
                return Err(ParseError { line: number, kind });
            }
        }
        records.push(Record {
            name: name.to_string(),
            hash,
            counts,
        });
    }
}

struct Lines<'a> {
    inner: std::iter::Peekable<std::iter::Enumerate<std::str::Lines<'a>>>,
    total: usize,
}

impl<'a> Lines<'a> {
    fn peek(&mut self) -> Option<&'a str> {
        self.inner.peek().map(|&(_, line)| line)
    }

    /// The next line and its number, or `UnexpectedEnd`.
    fn next_line(&mut self) -> Result<(usize, &'a str), ParseError> {
        match self.inner.next() {
            Some((index, line)) => Ok((index + 1, line)),
            None => Err(ParseError {
                line: self.total + 1,
                kind: ErrorKind::UnexpectedEnd,
            }),
        }
    }

    fn label(&mut self, label: &'static str) -> Result<(), ParseError> {
        let (line, text) = self.next_line()?;
        if text == label {
            Ok(())
        } else {
            Err(ParseError {
                line,
                kind: ErrorKind::MissingLabel(label),
            })
        }
    }

    fn number(&mut self) -> Result<u64, ParseError> {
        let (line, text) = self.next_line()?;
        let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        digits
            .then(|| text.parse().ok())
            .flatten()
            .ok_or(ParseError {
                line,
                kind: ErrorKind::NotANumber,
            })
    }
}

/// Adds up `profiles` as `llvm-profdata merge` does.
pub fn merge(profiles: &[Vec<Record>]) -> Result<Vec<Record>, CounterMismatch> {
    let mut merged: std::collections::BTreeMap<(&str, u64), Vec<u64>> = Default::default();
    for record in profiles.iter().flatten() {
        match merged.entry((&record.name, record.hash)) {
            std::collections::btree_map::Entry::Vacant(entry) => {
                entry.insert(record.counts.clone());
            }
            std::collections::btree_map::Entry::Occupied(mut entry) => {
                let sums = entry.get_mut();
                if sums.len() != record.counts.len() {
                    return Err(CounterMismatch {
                        name: record.name.clone(),
                        hash: record.hash,
                    });
                }
                for (sum, count) in sums.iter_mut().zip(&record.counts) {
                    *sum = sum.saturating_add(*count);
                }
            }
        }
    }
    Ok(merged
        .into_iter()
        .map(|((name, hash), counts)| Record {
            name: name.to_string(),
            hash,
            counts,
        })
        .collect())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/pgo/merge.rs"]
mod tests;
