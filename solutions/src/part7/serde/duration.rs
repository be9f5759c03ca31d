//! Configuration files write durations for people: `timeout = "1m30s"`.
//!
//! ```toml
//! [server]
//! name = "api"
//! timeout = "1m30s"
//! retry_delays = ["100ms", "2s"]
//! ```
//!
//! 1. Implement `Serialize` and `Deserialize` for `HumanDuration` by hand.
//!    The text form is one or more parts `<digits><unit>`, with the units
//!    `h`, `m`, `s` and `ms`, and no spaces. Serialize writes the parts
//!    largest first and leaves out zero parts (`Duration::ZERO` is `"0s"`);
//!    durations are whole milliseconds (anything smaller is dropped).
//!    Deserialize accepts that text (parts in any order, summed) or a whole
//!    number of seconds (`timeout = 30`). Anything else, such as `"soon"`,
//!    `"1.5s"`, `""` or `-5`, is an `invalid_value` error whose message ends
//!    with `expected a duration such as "1m30s" or "250ms", or a whole
//!    number of seconds`.
//! 2. `load_toml` parses TOML (the `toml` crate's error shows the bad line).
//!    `load_json` parses JSON and puts the path of the bad field in front
//!    of the error, as `serde_path_to_error` does:
//!    `server.retry_delays[1]: invalid value: ...`.

use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::time::Duration;

/// A `Duration` written the way people write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HumanDuration(pub Duration);

/// The configuration file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// The `[server]` table.
    pub server: Server,
}

/// The `[server]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Server {
    /// The server's name.
    pub name: String,
    /// How long to wait for an answer.
    pub timeout: HumanDuration,
    /// How long to wait before each retry.
    #[serde(default)]
    pub retry_delays: Vec<HumanDuration>,
}

/// What a bad duration's error message says was expected.
const EXPECTED: &str = "a duration such as \"1m30s\" or \"250ms\", or a whole number of seconds";

/// The units, largest first, with their length in milliseconds.
const UNITS: [(&str, u64); 4] = [("h", 3_600_000), ("m", 60_000), ("s", 1_000), ("ms", 1)];

impl fmt::Display for HumanDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut left = u64::try_from(self.0.as_millis()).unwrap_or(u64::MAX);
        if left == 0 {
            return f.write_str("0s");
        }
        for (unit, millis) in UNITS {
            let count = left / millis;
            if count > 0 {
                write!(f, "{count}{unit}")?;
                left %= millis;
            }
        }
        Ok(())
    }
}

/// Parses `"1m30s"`-style text into whole milliseconds; `None` if it is not
/// of that form or does not fit.
fn parse_millis(text: &str) -> Option<u64> {
    if text.is_empty() {
        return None;
    }
    let mut total: u64 = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 {
            return None;
        }
        let count: u64 = rest[..digits].parse().ok()?;
        rest = &rest[digits..];
        let letters = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                .len();
        let (unit, after) = rest.split_at(letters);
        let millis = UNITS.iter().find(|(name, _)| *name == unit)?.1;
        total = total.checked_add(count.checked_mul(millis)?)?;
        rest = after;
    }
    Some(total)
}

impl Serialize for HumanDuration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for HumanDuration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(HumanDurationVisitor)
    }
}

/// Turns a string or an integer into a `HumanDuration`.
struct HumanDurationVisitor;

impl Visitor<'_> for HumanDurationVisitor {
    type Value = HumanDuration;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTED)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<HumanDuration, E> {
        parse_millis(text)
            .map(|millis| HumanDuration(Duration::from_millis(millis)))
            .ok_or_else(|| E::invalid_value(Unexpected::Str(text), &self))
    }

    fn visit_u64<E: de::Error>(self, seconds: u64) -> Result<HumanDuration, E> {
        Ok(HumanDuration(Duration::from_secs(seconds)))
    }

    // TOML integers are i64, so they arrive here.
    fn visit_i64<E: de::Error>(self, seconds: i64) -> Result<HumanDuration, E> {
        u64::try_from(seconds)
            .map(|seconds| HumanDuration(Duration::from_secs(seconds)))
            .map_err(|_| E::invalid_value(Unexpected::Signed(seconds), &self))
    }
}

/// Parses a TOML configuration.
pub fn load_toml(text: &str) -> Result<Config, toml::de::Error> {
    toml::from_str(text)
}

/// Parses a JSON configuration; the error starts with the bad field's path.
pub fn load_json(text: &str) -> Result<Config, String> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| error.to_string())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/serde/duration.rs"]
mod tests;
