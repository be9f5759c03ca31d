//! A small command-line tool, `linecount --config FILE`, whose errors end
//! up in two places: a one-line log for the operator, and the process's
//! exit status for the script that ran it.
//!
//! 1. `run(args)`: `args` must be exactly `["--config", FILE]`, or it is a
//!    `UsageError`. FILE is JSON like `{"input": "data.txt"}` (unknown
//!    fields are refused). It reads the input file and returns its number
//!    of lines. Every failure keeps its cause and adds what the tool was
//!    doing: `reading config FILE`, `parsing config FILE`, or
//!    `reading input PATH` (paths as given).
//! 2. `exit_code(error)`, sysexits-style, from what the chain holds:
//!    a `UsageError` is 64 (`EX_USAGE`); a `serde_json::Error` is 78
//!    (`EX_CONFIG`); an `io::Error` of kind `NotFound` is 66
//!    (`EX_NOINPUT`), any other `io::Error` 74 (`EX_IOERR`); anything else
//!    70 (`EX_SOFTWARE`).
//! 3. `log_line(error)`: the whole chain on one line, outermost first,
//!    joined by `": "`.

/// The command line is wrong.
#[derive(Debug, thiserror::Error)]
#[error("usage: linecount --config FILE")]
pub struct UsageError;

/// `EX_USAGE`: the command was used incorrectly.
pub const EX_USAGE: u8 = 64;
/// `EX_NOINPUT`: an input file did not exist.
pub const EX_NOINPUT: u8 = 66;
/// `EX_SOFTWARE`: an internal error.
pub const EX_SOFTWARE: u8 = 70;
/// `EX_IOERR`: an error while doing I/O.
pub const EX_IOERR: u8 = 74;
/// `EX_CONFIG`: something was wrong in the configuration.
pub const EX_CONFIG: u8 = 78;

/// Runs the tool and returns the number of lines of the input.
pub fn run(args: &[&str]) -> anyhow::Result<usize> {
    todo!("run with {args:?}")
}

/// The exit status for `error`.
pub fn exit_code(error: &anyhow::Error) -> u8 {
    todo!("the exit status for {error:#}")
}

/// The whole chain of `error` on one line.
pub fn log_line(error: &anyhow::Error) -> String {
    todo!("one line for {error:#}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/errors/exit.rs"]
mod tests;
