//! `upload` sends files, refusing the ones larger than `--max-size`:
//!
//! ```text
//! upload --max-size 64KiB -v report.pdf notes.txt
//! ```
//!
//! 1. `parse_size` reads a size: digits, then an optional unit, without
//!    spaces: `512` (bytes), `B`, `KB`, `MB`, `GB` (powers of 1000), `KiB`,
//!    `MiB`, `GiB` (powers of 1024). Its errors are what the user will read
//!    after clap's `invalid value '10XB' for '--max-size <SIZE>': `, so
//!    make them say what to type instead:
//!    - no digits at the start (`""`, `"MB"`, `"-5"`):
//!      `expected a size such as 512, 64KB or 10MiB`;
//!    - an unknown unit: ``unknown unit `XB`: use B, KB, MB, GB, KiB, MiB or GiB``;
//!    - more than `u64::MAX` bytes: `too large: at most 18446744073709551615 bytes`.
//!
//!    (`"1.5MB"` is an unknown unit `.5MB`: the digits stop at the `.`.)
//! 2. `Args` already uses it (`value_parser = parse_size`). Add what is
//!    missing: `--verbose` and `--quiet` together are an error
//!    (`conflicts_with`).

use clap::Parser;
use std::path::PathBuf;

/// Uploads files.
#[derive(Debug, Parser)]
#[command(name = "upload")]
pub struct Args {
    /// The files to upload.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Refuse files larger than this (512, 64KB, 10MiB...).
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "10MB")]
    pub max_size: u64,
    /// Say what is happening.
    #[arg(short, long)]
    pub verbose: bool,
    /// Say nothing.
    #[arg(short, long)]
    pub quiet: bool,
}

/// The units `parse_size` knows, with their sizes in bytes.
const UNITS: [(&str, u64); 7] = [
    ("B", 1),
    ("KB", 1_000),
    ("MB", 1_000_000),
    ("GB", 1_000_000_000),
    ("KiB", 1 << 10),
    ("MiB", 1 << 20),
    ("GiB", 1 << 30),
];

/// Reads a size such as `512`, `64KB` or `10MiB`, in bytes.
pub fn parse_size(text: &str) -> Result<u64, String> {
    todo!(
        "read {text:?} as a number of bytes, with one of the {} UNITS",
        UNITS.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/clap/sizes.rs"]
mod tests;
