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

#[allow(unused_imports)] // course:hide
use serde::de::{self, Deserializer, Unexpected, Visitor};
use serde::{Deserialize, Serialize, Serializer};
#[allow(unused_imports)] // course:hide
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

impl Serialize for HumanDuration {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let _ = serializer; // course:hide
        todo!("write {:?} as text such as \"1m30s\"", self.0)
    }
}

impl<'de> Deserialize<'de> for HumanDuration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let _ = deserializer; // course:hide
        todo!("accept \"1m30s\"-style text or a whole number of seconds")
    }
}

/// Parses a TOML configuration.
pub fn load_toml(text: &str) -> Result<Config, toml::de::Error> {
    todo!("parse {} bytes of TOML", text.len())
}

/// Parses a JSON configuration; the error starts with the bad field's path.
pub fn load_json(text: &str) -> Result<Config, String> {
    todo!(
        "parse {} bytes of JSON, with the path of a bad field",
        text.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/serde/duration.rs"]
mod tests;
