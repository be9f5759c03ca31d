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
    #[arg(short, long, conflicts_with = "quiet")]
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
    let unit = text.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = &text[..text.len() - unit.len()];
    if digits.is_empty() {
        return Err("expected a size such as 512, 64KB or 10MiB".to_string());
    }
    let multiplier = if unit.is_empty() {
        1
    } else {
        UNITS
            .iter()
            .find(|(name, _)| *name == unit)
            .map(|&(_, bytes)| bytes)
            .ok_or_else(|| format!("unknown unit `{unit}`: use B, KB, MB, GB, KiB, MiB or GiB"))?
    };
    let too_large = || format!("too large: at most {} bytes", u64::MAX);
    // Digits only, so the one way `parse` fails is overflow.
    let number: u64 = digits.parse().map_err(|_| too_large())?;
    number.checked_mul(multiplier).ok_or_else(too_large)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/clap/sizes.rs"]
mod tests;
