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
/// The crates with more than one version, except those `allowed`.
pub fn duplicate_versions(packages: &[Package], allowed: &[&str]) -> Vec<Duplicate> {
    todo!(
        "find duplicates among {} packages, {allowed:?} allowed",
        packages.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/audit/duplicates.rs"]
mod tests;
