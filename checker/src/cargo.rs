//! Building test targets with cargo and reading its JSON messages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context as _, Result};
use serde::Deserialize;

/// A compiler diagnostic, as the learner should see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// `error` or `warning`.
    pub level: String,
    /// rustc's full rendering (no colour), with file:line and the message.
    pub rendered: String,
}

/// What one `cargo test --no-run` produced.
#[derive(Debug, Default)]
pub struct Build {
    /// Test executables, by target name.
    pub executables: BTreeMap<String, PathBuf>,
    /// Compiler errors and warnings, by target name.
    pub diagnostics: BTreeMap<String, Vec<Diagnostic>>,
    /// cargo's own output when it failed for a reason that is not a compile
    /// error in a target (a broken Cargo.toml, a missing dependency, ...).
    pub cargo_error: Option<String>,
}

impl Build {
    /// Errors reported for `target`.
    pub fn errors(&self, target: &str) -> Vec<&Diagnostic> {
        self.diagnostics
            .get(target)
            .map(|all| all.iter().filter(|d| d.level == "error").collect())
            .unwrap_or_default()
    }

    /// Errors reported for any target.
    pub fn all_errors(&self) -> Vec<&Diagnostic> {
        self.diagnostics
            .values()
            .flatten()
            .filter(|d| d.level == "error")
            .collect()
    }
}

#[derive(Deserialize)]
struct Message {
    reason: String,
    #[serde(default)]
    target: Option<Target>,
    #[serde(default)]
    executable: Option<PathBuf>,
    #[serde(default)]
    message: Option<CompilerMessage>,
}

#[derive(Deserialize)]
struct Target {
    name: String,
    kind: Vec<String>,
}

#[derive(Deserialize)]
struct CompilerMessage {
    level: String,
    rendered: Option<String>,
}

/// Compiles test targets of `package` without running them. With
/// `keep_going`, a target that fails to compile does not stop the others.
///
/// This is `cargo build --test NAME…`, which builds exactly what `cargo test`
/// runs (same profile, same files), because `cargo test --no-run
/// --no-fail-fast` does not reliably start the remaining targets after a
/// compile error.
pub fn build_tests(
    root: &Path,
    package: &str,
    targets: &[String],
    keep_going: bool,
) -> Result<Build> {
    let mut command = build_command(root, package, targets);
    if keep_going {
        command.arg("--keep-going");
    }
    run_build(command)
}

/// Compiles one test target for the loom model checker: a release build
/// with `--cfg loom`, in a target folder of its own (`target_dir`) so that
/// the changed flags do not invalidate the ordinary build.
pub fn build_tests_for_loom(
    root: &Path,
    package: &str,
    target: &str,
    target_dir: &Path,
) -> Result<Build> {
    let mut command = build_command(root, package, &[target.to_string()]);
    let flags = std::env::var("RUSTFLAGS").unwrap_or_default();
    command
        .arg("--release")
        .env("RUSTFLAGS", format!("{flags} --cfg loom").trim_start())
        .env("CARGO_TARGET_DIR", target_dir);
    run_build(command)
}

fn build_command(root: &Path, package: &str, targets: &[String]) -> Command {
    let mut command = Command::new(cargo());
    command
        .current_dir(root)
        .args(["build", "--quiet", "--message-format=json"])
        .args(["--package", package])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for target in targets {
        command.args(["--test", target]);
    }
    command
}

fn run_build(mut command: Command) -> Result<Build> {
    let output = command
        .output()
        .context("cannot run cargo — is the Rust toolchain installed?")?;
    let mut build = Build::default();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<Message>(line) else {
            continue;
        };
        let Some(target) = message.target else {
            continue;
        };
        match message.reason.as_str() {
            "compiler-artifact" if target.kind.iter().any(|k| k == "test") => {
                if let Some(executable) = message.executable {
                    build.executables.insert(target.name, executable);
                }
            }
            "compiler-message" => {
                if let Some(CompilerMessage {
                    level,
                    rendered: Some(rendered),
                }) = message.message
                {
                    build
                        .diagnostics
                        .entry(target.name)
                        .or_default()
                        .push(Diagnostic { level, rendered });
                }
            }
            _ => {}
        }
    }
    let any_target_error = build
        .diagnostics
        .values()
        .flatten()
        .any(|d| d.level == "error");
    if !output.status.success() && !any_target_error {
        build.cargo_error = Some(String::from_utf8_lossy(&output.stderr).trim().to_string());
    }
    Ok(build)
}

/// The cargo that runs us (set by `cargo run`), or `cargo` from PATH.
pub fn cargo() -> PathBuf {
    std::env::var_os("CARGO").map_or_else(|| PathBuf::from("cargo"), PathBuf::from)
}
