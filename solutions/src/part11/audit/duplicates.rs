//! Two versions of one crate in a build double its compile time and its
//! attack surface, and a fix must then reach both: `cargo deny check bans`
//! reports them (`multiple-versions`). Write `duplicate_versions`: for every
//! crate name that appears with two or more *different* versions in
//! `packages`, one `Duplicate` with the versions in ascending order;
//! sorted by name. Names in `allowed` (known and accepted duplicates, as in
//! cargo-deny's `skip` list) are left out.

use semver::Version;

/// A crate in the lockfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub name: String,
    pub version: Version,
}

/// A crate that is in the build more than once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub name: String,
    pub versions: Vec<Version>,
}
use std::collections::{BTreeMap, BTreeSet};

/// The crates with more than one version, except those `allowed`.
pub fn duplicate_versions(packages: &[Package], allowed: &[&str]) -> Vec<Duplicate> {
    // Ordered maps and sets give the sorting and the deduplication.
    let mut versions: BTreeMap<&str, BTreeSet<&Version>> = BTreeMap::new();
    for package in packages {
        versions
            .entry(package.name.as_str())
            .or_default()
            .insert(&package.version);
    }
    versions
        .into_iter()
        .filter(|(name, versions)| versions.len() > 1 && !allowed.contains(name))
        .map(|(name, versions)| Duplicate {
            name: name.to_string(),
            versions: versions.into_iter().cloned().collect(),
        })
        .collect()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/audit/duplicates.rs"]
mod tests;
