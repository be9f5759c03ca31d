//! Write the three commands of the PGO workflow for one binary of a cargo
//! project, as a release script would run them. Each method returns a
//! [`Command`] that is ready to run, or an error if the paths would make
//! the workflow go wrong.
//!
//! - `instrumented_build`: `cargo build --release --bin BIN --target HOST
//!   --target-dir target/pgo-instrumented`, with the environment variable
//!   `RUSTFLAGS` set to `-Cprofile-generate=PROFILE_DIR`.
//! - `merge`: the toolchain's own `llvm-profdata`, at
//!   `SYSROOT/lib/rustlib/HOST/bin/llvm-profdata`, with the arguments
//!   `merge -o MERGED PROFILE_DIR`.
//! - `optimized_build`: the same `cargo` arguments with `--target-dir
//!   target/pgo-optimized`, and `RUSTFLAGS` set to
//!   `-Cprofile-use=MERGED -Cllvm-args=-pgo-warn-missing-function` (two
//!   flags, one space between them).
//!
//! Arguments are separate strings, in exactly this order. The paths, when
//! they become arguments or flags, are written as given (`Path::display`).
//!
//! What must be refused, by every method that uses the path:
//!
//! - a `profile_dir` or `merged` that is not absolute
//!   (`PgoError::RelativePath`): cargo runs rustc in different folders,
//!   and the instrumented program writes where *it* runs;
//! - a `merged` file inside `profile_dir` (`PgoError::MergedInsideProfileDir`):
//!   merging the folder a second time would add the old merged profile in;
//! - for the two builds only, a path containing whitespace
//!   (`PgoError::WhitespaceInRustflags`): cargo splits `RUSTFLAGS` at
//!   whitespace. `merge` passes its paths as separate arguments, so it
//!   accepts them.
//!
//! When several rules are broken, report the first in this order:
//! `profile_dir` before `merged`, and for each path, relative before
//! whitespace; then the merged file's place.

use std::path::PathBuf;
use std::process::Command;

/// What the PGO workflow builds and where it keeps its profiles.
#[derive(Debug, Clone)]
pub struct Pgo {
    /// The folder the instrumented program writes its `.profraw` files to.
    pub profile_dir: PathBuf,
    /// The merged profile that `llvm-profdata` writes and `-Cprofile-use` reads.
    pub merged: PathBuf,
    /// The binary to build (`cargo build --bin`).
    pub bin: String,
    /// The host's target triple, such as `x86_64-unknown-linux-gnu`.
    pub host: String,
    /// The toolchain's sysroot (`rustc --print sysroot`).
    pub sysroot: PathBuf,
}

/// Why a command would not do what the workflow needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PgoError {
    /// This path is relative.
    RelativePath(PathBuf),
    /// This path contains whitespace and would be split inside `RUSTFLAGS`.
    WhitespaceInRustflags(PathBuf),
    /// The merged profile would be written inside the profile folder.
    MergedInsideProfileDir,
}

impl Pgo {
    /// `cargo build` with `-Cprofile-generate`.
    pub fn instrumented_build(&self) -> Result<Command, PgoError> {
        todo!("the instrumented build of {self:?}")
    }

    /// `llvm-profdata merge` from the toolchain.
    pub fn merge(&self) -> Result<Command, PgoError> {
        todo!("the merge of {self:?}")
    }

    /// `cargo build` with `-Cprofile-use`.
    pub fn optimized_build(&self) -> Result<Command, PgoError> {
        todo!("the optimized build of {self:?}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/pgo/flags.rs"]
mod tests;
