//! The core of `cargo audit`: which packages of a lockfile does an
//! advisory affect? A RustSec advisory lists version requirements:
//! `patched` (fixed versions) and `unaffected` (versions that never had
//! the bug). A version is affected when it matches *none* of them; an
//! advisory with both lists empty affects every version.
//!
//! Write `Advisory::affects` and `audit`, which returns a `Finding` for
//! every (package, advisory) pair where the advisory names the package and
//! affects its version, sorted by advisory id, then package version.
//! Pre-release versions need no special care here: `VersionReq::matches`
//! decides, as it does for cargo.
//!
//! The tests read `exercise-tests/part11/audit/advisories.toml`, a small
//! snapshot of three real advisories.

use semver::{Version, VersionReq};

/// A crate in the lockfile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub name: String,
    pub version: Version,
}

/// One security advisory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advisory {
    pub id: String,
    pub package: String,
    pub patched: Vec<VersionReq>,
    pub unaffected: Vec<VersionReq>,
}

/// An affected package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub advisory: String,
    pub package: String,
    pub version: Version,
}
impl Advisory {
    /// Whether `version` of the advisory's package has the vulnerability.
    pub fn affects(&self, version: &Version) -> bool {
        todo!("does {} affect {version}?", self.id)
    }
}

/// The affected packages, by advisory id, then version.
pub fn audit(packages: &[Package], advisories: &[Advisory]) -> Vec<Finding> {
    todo!(
        "check {} packages against {} advisories",
        packages.len(),
        advisories.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/audit/advisories.rs"]
mod tests;
