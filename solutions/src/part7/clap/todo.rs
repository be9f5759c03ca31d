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

/// A small todo list.
#[derive(Debug, Parser)]
#[command(name = "todo")]
struct Cli {
    /// The file the todos live in.
    #[arg(long, global = true, env = "TODO_FILE", default_value = "todo.json")]
    file: PathBuf,
    #[command(subcommand)]
    command: CliCommand,
}

#[derive(Debug, Subcommand)]
enum CliCommand {
    /// Add a todo.
    Add {
        /// What to do.
        title: String,
        /// 1 (whenever) to 5 (now).
        #[arg(short, long, default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..=5))]
        priority: u8,
    },
    /// Mark todos done.
    Done {
        /// Which ones.
        #[arg(required = true)]
        ids: Vec<u32>,
    },
    /// Show the todos.
    List {
        /// Include the done ones.
        #[arg(long)]
        all: bool,
        /// Show at most this many.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
        limit: Option<u32>,
    },
}

/// Parses the command line `args` (the program's name first).
pub fn parse<I, T>(args: I) -> Result<Invocation, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = Cli::try_parse_from(args)?;
    let command = match cli.command {
        CliCommand::Add { title, priority } => Command::Add { title, priority },
        CliCommand::Done { ids } => Command::Done { ids },
        CliCommand::List { all, limit } => Command::List { all, limit },
    };
    Ok(Invocation {
        file: cli.file,
        command,
    })
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/clap/todo.rs"]
mod tests;
