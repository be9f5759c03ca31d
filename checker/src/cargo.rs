//! Building test targets with cargo and reading its JSON messages.
//!
//! Builds run through [`crate::process::run`] like tests do: under a time
//! limit (a procedural macro exercise runs the learner's code inside the
//! compiler, and it may never return) and with bounded output (only the
//! first diagnostics of each target are kept).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use cargo_metadata::diagnostic::DiagnosticLevel;
use cargo_metadata::{Message, TargetKind};

use crate::capture::Bounded;
use crate::process::{self, Exit, Sink};

/// The longest a build may take: generous, for a first build of a part's
/// dependencies on a slow machine; it only stops a compiler that never
/// finishes.
pub const BUILD_LIMIT: Duration = Duration::from_secs(30 * 60);
/// The most JSON a build may print (it is read line by line, not kept).
const BUILD_OUTPUT_CAP: u64 = 1 << 30;
/// Diagnostics kept per target.
const MAX_DIAGNOSTICS: usize = 50;
/// A longer line of cargo's JSON is dropped.
const MAX_LINE: usize = 8 << 20;

/// A compiler diagnostic, as the learner should see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Whether it is an error (warnings are not shown).
    pub is_error: bool,
    /// rustc's full rendering (no colour), with file:line and the message.
    pub rendered: String,
}

/// What one cargo build produced.
#[derive(Debug, Default)]
pub struct Build {
    /// Test executables, by target name.
    pub executables: BTreeMap<String, PathBuf>,
    /// Compiler diagnostics, by target name.
    pub diagnostics: BTreeMap<String, Vec<Diagnostic>>,
    /// cargo's own words when it failed for a reason that is not a compile
    /// error in a target (a broken Cargo.toml, a missing dependency, a time-out).
    pub cargo_error: Option<String>,
    /// What cargo compiled (or found up to date) from the workspace's own
    /// packages: what a replayed compile depends on (see `replay`).
    pub path_units: Vec<PathUnit>,
}

/// One compiled target of a package that lives in the workspace (not one
/// from a registry), as cargo reported it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathUnit {
    /// The package's `Cargo.toml`.
    pub manifest_path: PathBuf,
    /// The target's root source file.
    pub src_path: PathBuf,
    /// Whether the target is the package's build script.
    pub is_build_script: bool,
    /// The files the compiler wrote (libraries, test executables).
    pub filenames: Vec<PathBuf>,
}

impl Build {
    /// Errors reported for `target`.
    pub fn errors(&self, target: &str) -> Vec<&Diagnostic> {
        self.diagnostics
            .get(target)
            .map(|all| all.iter().filter(|d| d.is_error).collect())
            .unwrap_or_default()
    }

    /// Errors reported for any target.
    pub fn all_errors(&self) -> Vec<&Diagnostic> {
        self.diagnostics
            .values()
            .flatten()
            .filter(|d| d.is_error)
            .collect()
    }
}

/// Reads cargo's JSON messages as they arrive, keeping what [`Build`] needs.
#[derive(Default)]
struct Messages {
    build: Build,
    line: Vec<u8>,
    skipping: bool,
}

impl Messages {
    fn message(&mut self, line: &[u8]) {
        let Ok(message) = serde_json::from_slice::<Message>(line) else {
            return;
        };
        match message {
            Message::CompilerArtifact(artifact) => {
                if artifact.package_id.repr.starts_with("path+") {
                    self.build.path_units.push(PathUnit {
                        manifest_path: artifact.manifest_path.into_std_path_buf(),
                        src_path: artifact.target.src_path.clone().into_std_path_buf(),
                        is_build_script: artifact.target.kind.contains(&TargetKind::CustomBuild),
                        filenames: artifact
                            .filenames
                            .into_iter()
                            .map(|f| f.into_std_path_buf())
                            .collect(),
                    });
                }
                if artifact.target.kind.contains(&TargetKind::Test) {
                    if let Some(executable) = artifact.executable {
                        self.build
                            .executables
                            .insert(artifact.target.name, executable.into_std_path_buf());
                    }
                }
            }
            Message::CompilerMessage(message) => {
                let Some(rendered) = message.message.rendered else {
                    return;
                };
                let is_error = matches!(
                    message.message.level,
                    DiagnosticLevel::Error | DiagnosticLevel::Ice
                );
                let kept = self
                    .build
                    .diagnostics
                    .entry(message.target.name)
                    .or_default();
                if kept.len() < MAX_DIAGNOSTICS {
                    kept.push(Diagnostic { is_error, rendered });
                }
            }
            _ => {}
        }
    }
}

impl Sink for Messages {
    fn write(&mut self, mut bytes: &[u8]) {
        while let Some(end) = bytes.iter().position(|b| *b == b'\n') {
            if !self.skipping {
                self.line.extend_from_slice(&bytes[..end]);
                let line = std::mem::take(&mut self.line);
                self.message(&line);
            }
            self.skipping = false;
            bytes = &bytes[end + 1..];
        }
        if !self.skipping {
            self.line.extend_from_slice(bytes);
            if self.line.len() > MAX_LINE {
                self.line.clear();
                self.skipping = true;
            }
        }
    }
}

/// Builds the test targets that `args` select (`--package P --test T…`,
/// with features), without running them. With `keep_going`, a target that
/// fails to compile does not stop the others. `env` is added to cargo's
/// environment.
///
/// This is `cargo build --test NAME…`, which builds exactly what `cargo
/// test` runs (same profile, same files), because `cargo test --no-run
/// --no-fail-fast` does not reliably start the remaining targets after a
/// compile error.
pub fn build_tests(
    root: &Path,
    args: &[String],
    keep_going: bool,
    env: &[(&str, String)],
) -> Result<Build> {
    let mut command = Command::new(cargo());
    command
        .current_dir(root)
        .args(["build", "--quiet", "--message-format=json"])
        .args(args);
    if keep_going {
        command.arg("--keep-going");
    }
    for (key, value) in env {
        command.env(key, value);
    }
    let done = process::run(
        command,
        Instant::now() + BUILD_LIMIT,
        BUILD_OUTPUT_CAP,
        Messages::default(),
        Bounded::new(64 * 1024),
        false,
    )?;
    let Some(messages) = done.stdout else {
        bail!("cargo's output could not be read to its end");
    };
    let mut build = messages.build;
    let stderr = done.stderr.map(|e| e.text()).unwrap_or_default();
    let any_target_error = !build.all_errors().is_empty();
    match done.exit {
        Exit::Code(0) => {}
        Exit::TimedOut => {
            build.cargo_error = Some(format!(
                "the build did not finish within {} minutes and was stopped (a procedural macro that never returns?)",
                BUILD_LIMIT.as_secs() / 60
            ));
        }
        _ if !any_target_error => build.cargo_error = Some(stderr.trim().to_string()),
        _ => {}
    }
    Ok(build)
}

/// The cargo that runs us (set by `cargo run`), or `cargo` from PATH.
pub fn cargo() -> PathBuf {
    std::env::var_os("CARGO").map_or_else(|| PathBuf::from("cargo"), PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_artifacts_and_errors_across_chunks() {
        let artifact = r#"{"reason":"compiler-artifact","package_id":"path+file:///c/exercises#0.1.0","manifest_path":"/c/exercises/Cargo.toml","target":{"name":"first-word","kind":["test"],"crate_types":["bin"],"required-features":[],"src_path":"/c/exercises/src/a.rs","edition":"2021","doctest":false,"test":true,"doc":false},"profile":{"opt_level":"0","debuginfo":0,"debug_assertions":true,"overflow_checks":true,"test":true},"features":[],"filenames":["/c/target/debug/deps/first_word-1"],"executable":"/c/target/debug/deps/first_word-1","fresh":true}"#;
        let error = r#"{"reason":"compiler-message","package_id":"path+file:///c/exercises#0.1.0","manifest_path":"/c/exercises/Cargo.toml","target":{"name":"broken","kind":["test"],"crate_types":["bin"],"required-features":[],"src_path":"/c/exercises/src/b.rs","edition":"2021","doctest":false,"test":true,"doc":false},"message":{"rendered":"error[E0308]: mismatched types\n","$message_type":"diagnostic","children":[],"code":{"code":"E0308","explanation":null},"level":"error","message":"mismatched types","spans":[]}}"#;
        let text = format!("{artifact}\nnot json\n{error}\n");
        let mut messages = Messages::default();
        for chunk in text.as_bytes().chunks(17) {
            messages.write(chunk);
        }
        let build = messages.build;
        assert_eq!(
            build.executables.get("first-word").map(PathBuf::as_path),
            Some(Path::new("/c/target/debug/deps/first_word-1"))
        );
        let errors = build.errors("broken");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].rendered.starts_with("error[E0308]"));
    }
}
