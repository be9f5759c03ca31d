//! `greet` greets someone, perhaps several times, perhaps loudly:
//!
//! ```text
//! greet ada                 Hello, ada!
//! greet -c 2 --shout bob    HELLO, BOB! (twice)
//! ```
//!
//! `Args` derives `Parser`, but clap reads every field without an `#[arg]`
//! attribute as a positional argument, so `greet ada` asks for a count.
//! Add attributes (no code) so that:
//!
//! - `NAME` stays positional and required;
//! - `-c N` / `--count N` is optional, 1 by default, and only 1 to 10 are
//!   accepted (`clap::value_parser!(u8).range(..)`);
//! - `-s` / `--shout` is a flag.
//!
//! The doc comments become the help text: leave them.

use clap::Parser;

/// Greets someone.
#[derive(Debug, Parser)]
#[command(name = "greet")]
pub struct Args {
    /// Who to greet.
    pub name: String,
    /// How many times to greet, from 1 to 10.
    #[arg(short, long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=10))]
    pub count: u8,
    /// Greet in capitals.
    #[arg(short, long)]
    pub shout: bool,
}

/// The greeting `args` ask for, one line per repetition.
pub fn greeting(args: &Args) -> String {
    let line = format!("Hello, {}!", args.name);
    let line = if args.shout {
        line.to_uppercase()
    } else {
        line
    };
    vec![line; usize::from(args.count)].join("\n")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/clap/greet.rs"]
mod tests;
