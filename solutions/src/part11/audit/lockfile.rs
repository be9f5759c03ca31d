//! `Cargo.lock` is TOML: one `[[package]]` table per crate in the build,
//! each with a `name` and a `version` (and, for crates from a registry, a
//! `source` and a `checksum`). Auditing tools start by reading it. Write
//! `read_lockfile`, which returns every package as a `Package`, in the
//! file's order:
//!
//! - text that is not TOML is `Err(NotToml(..))` (the parser's message);
//! - a `[[package]]` without a string `name` or `version` is
//!   `Err(MissingField { index, field })`, `index` counting from 0;
//! - a version that is not semver is `Err(BadVersion { name, version })`;
//! - a file without any `package` array has no packages: `Ok(vec![])`.
//!
//! Parse with `text.parse::<toml::Table>()` and walk the values; versions
//! with `semver::Version::parse`.

use semver::Version;

/// A crate in the lockfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub name: String,
    pub version: Version,
}

/// Why a lockfile could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockError {
    #[error("Cargo.lock is not valid TOML: {0}")]
    NotToml(String),
    #[error("package number {index} in Cargo.lock has no `{field}`")]
    MissingField { index: usize, field: &'static str },
    #[error("package `{name}` in Cargo.lock has the version `{version}`, which is not semver")]
    BadVersion { name: String, version: String },
}
/// The packages of a `Cargo.lock`.
pub fn read_lockfile(text: &str) -> Result<Vec<Package>, LockError> {
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| LockError::NotToml(e.to_string()))?;
    let Some(entries) = table.get("package").and_then(toml::Value::as_array) else {
        return Ok(Vec::new());
    };
    let mut packages = Vec::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let field = |field: &'static str| {
            entry
                .get(field)
                .and_then(toml::Value::as_str)
                .ok_or(LockError::MissingField { index, field })
        };
        let name = field("name")?;
        let version = field("version")?;
        let version = Version::parse(version).map_err(|_| LockError::BadVersion {
            name: name.to_string(),
            version: version.to_string(),
        })?;
        packages.push(Package {
            name: name.to_string(),
            version,
        });
    }
    Ok(packages)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/audit/lockfile.rs"]
mod tests;
