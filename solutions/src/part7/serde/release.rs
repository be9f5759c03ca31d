//! The release service speaks JSON shaped like this:
//!
//! ```json
//! {"name":"ripgrep","version":"14.1.0","downloadUrl":"https://example.com/rg.tar.gz","tags":["search"],"yanked":false}
//! ```
//!
//! `Release` derives `Serialize` and `Deserialize`, but its JSON does not
//! match yet. Add serde attributes (no hand-written code) so that:
//!
//! - every key is camelCase (`download_url` is `downloadUrl`);
//! - `notes` is left out of the output when it is `None`, and may be missing
//!   from the input;
//! - `tags` and `yanked` may be missing from the input (an empty list and
//!   `false`);
//! - a key the struct does not know is an error (a typo such as
//!   `downloadURL` must not be silently ignored).

use serde::{Deserialize, Serialize};

/// One published release.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Release {
    /// The package's name.
    pub name: String,
    /// Its version, as written by the publisher.
    pub version: String,
    /// Where to download it.
    pub download_url: String,
    /// Release notes, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Search tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Whether the release was withdrawn.
    #[serde(default)]
    pub yanked: bool,
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/serde/release.rs"]
mod tests;
