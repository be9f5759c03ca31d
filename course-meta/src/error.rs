//! Errors that name a file and line.

use std::fmt;
use std::path::PathBuf;

/// One thing wrong with an input file, at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file that is wrong.
    pub file: PathBuf,
    /// 1-based line in `file`.
    pub line: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// Why the manifest could not be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The manifest could not be read at all.
    #[error("cannot read {}: {source} — run this from inside the course checkout", path.display())]
    Read {
        /// The file that could not be read.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The manifest was read but is wrong in one or more places.
    #[error("{}", join_lines(.0))]
    Invalid(Vec<Problem>),
}

impl Error {
    /// The located problems (empty for an I/O error).
    pub fn problems(&self) -> &[Problem] {
        match self {
            Error::Read { .. } => &[],
            Error::Invalid(problems) => problems,
        }
    }
}

fn join_lines(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(Problem::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
