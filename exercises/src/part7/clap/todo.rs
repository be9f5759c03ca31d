//! A `todo` program with subcommands:
//!
//! ```text
//! todo add "write the chapter" --priority 5
//! todo done 3 4
//! todo list --all --limit 10
//! todo --file work.json list
//! ```
//!
//! The program works with `Invocation`, a plain Rust type. Write the clap
//! side (a `Parser` struct and a `Subcommand` enum of your own design) and
//! `parse`, which parses the arguments (the first is the program's name)
//! and converts the result:
//!
//! - `add TITLE [-p N | --priority N]`: N from 1 to 5, 3 by default;
//! - `done ID...`: at least one id, each a whole number;
//! - `list [--all] [--limit N]`: N at least 1;
//! - `--file PATH` is accepted before or after the subcommand
//!   (`global = true`). Without it the `TODO_FILE` environment variable
//!   gives the path, and without that, `todo.json`.
//!
//! Bad input is a `clap::Error` whose `kind()` says what went wrong, never
//! a panic.

#[allow(unused_imports)] // course:hide
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

/// What the program was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invocation {
    /// The file the todos live in.
    pub file: PathBuf,
    /// What to do with them.
    pub command: Command,
}

/// One of the program's commands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Add a todo.
    Add {
        /// What to do.
        title: String,
        /// 1 (whenever) to 5 (now).
        priority: u8,
    },
    /// Mark todos done.
    Done {
        /// Which ones.
        ids: Vec<u32>,
    },
    /// Show the todos.
    List {
        /// Include the done ones.
        all: bool,
        /// Show at most this many.
        limit: Option<u32>,
    },
}

/// Parses the command line `args` (the program's name first).
pub fn parse<I, T>(args: I) -> Result<Invocation, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let _ = args.into_iter(); // course:hide
    todo!("derive a Parser and a Subcommand, parse the arguments, convert the result")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/clap/todo.rs"]
mod tests;
