//! Re-checking an edited exercise without paying for cargo's start-up.
//!
//! A `cargo build` of one test target that only needs one file recompiled
//! spends about 0.15 s before it starts the compiler: it resolves the whole
//! workspace (some 480 packages, most of them for later parts) first. When
//! a learner has edited their exercise and nothing else, all cargo would do
//! is run the compiler command it ran last time. So the checker has cargo
//! record that command, and runs it again itself while nothing that cargo
//! would look at has changed.
//!
//! Cargo stays the authority on what to build and how:
//! - **Recording.** Every build the checker starts for one exercise sets
//!   `RUSTC_WORKSPACE_WRAPPER` to the checker itself. Cargo then starts each
//!   compile of a workspace crate through it; the checker, in its wrapper
//!   role ([`run_as_wrapper`]), notes the command line, working folder and
//!   environment of the exercise's own test crate, then runs the compiler
//!   unchanged.
//! - **Checking the record** ([`Record::is_current`]). A replay happens only
//!   if the environment variables that steer cargo (`CARGO*`, `RUST*`) are
//!   the ones it was recorded with, and none of these files changed in size
//!   or time since: the workspace's manifests and lock file, the toolchain
//!   file, cargo's configuration, every source file of the workspace crates
//!   the test links (read from their dep-info files), the files next to their
//!   build scripts, and the compiled libraries themselves. The exercise's own
//!   files are not checked: they are compiled on every check anyway.
//! - **Anything else** (no record, a changed file, a failed replay that is
//!   not a compile error) goes through cargo, which records again.
//!
//! Cargo's own fingerprint of the target goes stale after a replay, so its
//! next build of that target compiles it once more: a wasted second, never
//! a wrong result.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Instant, UNIX_EPOCH};

use anyhow::Result;
use cargo_metadata::diagnostic::{Diagnostic as RustcDiagnostic, DiagnosticLevel};
use course_meta::{Course, Layout, Side};
use serde::{Deserialize, Serialize};

use crate::capture::Bounded;
use crate::cargo::{build_tests, Build, Diagnostic, PathUnit, BUILD_LIMIT};
use crate::process::{self, Exit, Sink};

/// Set by the checker for cargo: where the wrapper writes the record.
const RECORD_ENV: &str = "COURSE_RECORD_RUSTC";
/// Set by the checker for cargo: the crate whose compile is recorded.
const CRATE_ENV: &str = "COURSE_RECORD_CRATE";
/// When set, the checker says on standard error how it built each exercise
/// (`build: replayed` or `build: cargo`); for the checker's own tests.
pub const LOG_ENV: &str = "COURSE_LOG_BUILDS";
/// Variables cargo sets that must not be replayed: the jobserver's file
/// descriptors only exist while cargo runs.
const NOT_REPLAYED: [&str; 6] = [
    RECORD_ENV,
    CRATE_ENV,
    "RUSTC_WORKSPACE_WRAPPER",
    "CARGO_MAKEFLAGS",
    "MAKEFLAGS",
    "MFLAGS",
];
/// The most compiler output kept from a replay (diagnostics are JSON lines).
const REPLAY_OUTPUT_CAP: u64 = 1 << 30;
/// Diagnostics kept from a replay, as for a cargo build.
const MAX_DIAGNOSTICS: usize = 50;

/// One compile of an exercise's test crate, as cargo ran it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record {
    /// The compiler cargo started (rustc's full path).
    program: String,
    /// Its arguments.
    args: Vec<String>,
    /// The folder it ran in.
    cwd: PathBuf,
    /// Its whole environment, as cargo set it (minus [`NOT_REPLAYED`]).
    env: BTreeMap<String, String>,
    /// The test executable it writes.
    executable: PathBuf,
    /// The checker's own `CARGO*` and `RUST*` variables when it recorded.
    steering: BTreeMap<String, String>,
    /// Files whose change makes the record stale, with their state then.
    inputs: Vec<Stamp>,
}

/// A file's size and modification time (`None`: it did not exist).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct Stamp {
    path: PathBuf,
    state: Option<(u64, u64, u32)>,
}

impl Stamp {
    fn of(path: PathBuf) -> Stamp {
        let state = fs::metadata(&path).ok().map(|meta| {
            let time = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .unwrap_or_default();
            (meta.len(), time.as_secs(), time.subsec_nanos())
        });
        Stamp { path, state }
    }

    fn unchanged(&self) -> bool {
        Stamp::of(self.path.clone()).state == self.state
    }
}

impl Record {
    /// Whether replaying the record still does what cargo would do.
    pub fn is_current(&self, steering: &BTreeMap<String, String>) -> bool {
        &self.steering == steering
            && Path::new(&self.program).is_file()
            && self.inputs.iter().all(Stamp::unchanged)
    }
}

/// Variables `cargo run` sets for the program it runs (here the checker,
/// through `cargo course`): they describe the checker's own package, not the
/// build, and they are absent when `watch` or a script runs the binary.
const SET_BY_CARGO_RUN: [&str; 7] = [
    "CARGO_PKG_",
    "CARGO_MANIFEST_",
    "CARGO_CRATE_NAME",
    "CARGO_BIN_NAME",
    "CARGO_PRIMARY_PACKAGE",
    "CARGO_TARGET_TMPDIR",
    "CARGO_RUSTC_CURRENT_DIR",
];

/// The checker's environment variables that change what cargo builds.
fn steering_env() -> BTreeMap<String, String> {
    std::env::vars()
        .filter(|(key, _)| is_steering(key))
        .collect()
}

fn is_steering(key: &str) -> bool {
    (key.starts_with("CARGO") || key.starts_with("RUST"))
        && key != "CARGO"
        && !NOT_REPLAYED.contains(&key)
        && !SET_BY_CARGO_RUN.iter().any(|p| key.starts_with(p))
}

/// Where the record of `package`'s test target `target` is kept.
fn record_path(course: &Course, package: &str, target: &str) -> PathBuf {
    crate::state::cache_dir(course)
        .join("replay")
        .join(format!("{package}--{target}.json"))
}

fn load(path: &Path) -> Option<Record> {
    serde_json::from_slice(&fs::read(path).ok()?).ok()
}

fn save(path: &Path, record: &Record) {
    // A lost record only costs the next check its speed.
    if let (Some(dir), Ok(bytes)) = (path.parent(), serde_json::to_vec(record)) {
        let _ = fs::create_dir_all(dir);
        let temporary = path.with_extension("tmp");
        if fs::write(&temporary, bytes).is_ok() {
            let _ = fs::rename(&temporary, path);
        }
    }
}

fn log(how: &str) {
    if std::env::var_os(LOG_ENV).is_some() {
        eprintln!("build: {how}");
    }
}

/// Builds `layout`'s test target on `side`: by replaying the recorded
/// compile when it is current, through cargo otherwise.
pub fn build(course: &Course, layout: &Layout, side: Side) -> Result<Build> {
    let package = layout.package(side);
    let target = layout.target();
    let path = record_path(course, &package, target);
    let steering = steering_env();
    let old = load(&path);
    if let Some(record) = old.as_ref().filter(|r| r.is_current(&steering)) {
        if let Some(build) = replay(record, target)? {
            log("replayed");
            return Ok(build);
        }
    }
    log("cargo");
    let fresh_path = path.with_extension("new");
    let _ = fs::remove_file(&fresh_path);
    let wrapper = std::env::current_exe()?;
    let env = [
        ("RUSTC_WORKSPACE_WRAPPER", wrapper.display().to_string()),
        (RECORD_ENV, fresh_path.display().to_string()),
        (CRATE_ENV, target.replace('-', "_")),
    ];
    let build = build_tests(&course.root, &layout.cargo_target_args(side), false, &env)?;
    let fresh = load(&fresh_path);
    let _ = fs::remove_file(&fresh_path);
    // A new record if cargo compiled the target; the old one, still right,
    // if cargo found the target up to date (then it is what cargo compiled
    // last). Either way its inputs are stamped now, after cargo's build.
    let record = fresh.or(old).filter(|record| {
        build.cargo_error.is_none()
            && build
                .executables
                .get(target)
                .is_none_or(|exe| exe == &record.executable)
    });
    match record {
        Some(mut record) => {
            record.steering = steering;
            record.inputs = inputs(&course.root, &build.path_units, &record.executable);
            save(&path, &record);
        }
        None => {
            let _ = fs::remove_file(&path);
        }
    }
    Ok(build)
}

/// The files a record depends on: see the module's documentation.
fn inputs(root: &Path, units: &[PathUnit], executable: &Path) -> Vec<Stamp> {
    let mut files = BTreeSet::new();
    for name in [
        "Cargo.toml",
        "Cargo.lock",
        "rust-toolchain.toml",
        "rust-toolchain",
        ".cargo/config.toml",
        ".cargo/config",
    ] {
        files.insert(root.join(name));
    }
    for unit in units {
        files.insert(unit.manifest_path.clone());
        if unit.is_build_script {
            if let Some(dir) = unit.src_path.parent() {
                let entries = fs::read_dir(dir).into_iter().flatten().flatten();
                files.extend(entries.map(|e| e.path()).filter(|p| p.is_file()));
            }
            continue;
        }
        for file in &unit.filenames {
            if file == executable {
                continue;
            }
            files.insert(file.clone());
            if let Some(dep_info) = dep_info_of(file) {
                let text = fs::read_to_string(&dep_info).unwrap_or_default();
                files.extend(dep_info_sources(&text).into_iter().map(|s| root.join(s)));
            }
        }
    }
    files.remove(executable);
    files.into_iter().map(Stamp::of).collect()
}

/// The dep-info file rustc wrote next to a compiled library:
/// `deps/libfoo-HASH.rlib` → `deps/foo-HASH.d`.
fn dep_info_of(file: &Path) -> Option<PathBuf> {
    let stem = file.file_stem()?.to_str()?;
    let stem = stem.strip_prefix("lib").unwrap_or(stem);
    Some(file.with_file_name(format!("{stem}.d")))
}

/// The prerequisites named in a Makefile-style dep-info file (`out: a b`),
/// with `\ ` unescaped; comments (`# env-dep:...`) are skipped.
fn dep_info_sources(text: &str) -> BTreeSet<String> {
    let mut sources = BTreeSet::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        // The target ends at the first ": " (a Windows drive letter's colon
        // is not followed by a space).
        let Some(at) = line
            .find(": ")
            .or_else(|| line.strip_suffix(':').map(str::len))
        else {
            continue;
        };
        let mut word = String::new();
        let mut chars = line[at + 1..].chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => word.extend(chars.next()),
                ' ' => {
                    if !word.is_empty() {
                        sources.insert(std::mem::take(&mut word));
                    }
                }
                _ => word.push(c),
            }
        }
        if !word.is_empty() {
            sources.insert(word);
        }
    }
    sources
}

/// Runs the recorded compile. `None`: it could not run as recorded (the
/// compiler failed without a compile error), so cargo should build.
fn replay(record: &Record, target: &str) -> Result<Option<Build>> {
    let mut command = Command::new(&record.program);
    command
        .args(&record.args)
        .current_dir(&record.cwd)
        .env_clear()
        .envs(&record.env);
    let done = process::run(
        command,
        Instant::now() + BUILD_LIMIT,
        REPLAY_OUTPUT_CAP,
        Bounded::new(64 * 1024),
        RustcMessages::default(),
        false,
    )?;
    let Some(messages) = done.stderr else {
        return Ok(None);
    };
    let mut build = Build::default();
    let any_error = messages.diagnostics.iter().any(|d| d.is_error);
    match done.exit {
        Exit::Code(0) => {
            build
                .executables
                .insert(target.to_string(), record.executable.clone());
        }
        _ if any_error => {}
        _ => return Ok(None),
    }
    build
        .diagnostics
        .insert(target.to_string(), messages.diagnostics);
    Ok(Some(build))
}

/// Reads rustc's JSON diagnostics (`--error-format=json`) from its standard
/// error, line by line, as cargo would hand them on.
#[derive(Default)]
struct RustcMessages {
    diagnostics: Vec<Diagnostic>,
    line: Vec<u8>,
}

#[derive(Deserialize)]
struct Kind {
    #[serde(rename = "$message_type")]
    message_type: String,
}

impl RustcMessages {
    fn message(&mut self, line: &[u8]) {
        let is_diagnostic = serde_json::from_slice::<Kind>(line)
            .is_ok_and(|kind| kind.message_type == "diagnostic");
        if !is_diagnostic || self.diagnostics.len() >= MAX_DIAGNOSTICS {
            return;
        }
        let Ok(diagnostic) = serde_json::from_slice::<RustcDiagnostic>(line) else {
            return;
        };
        let Some(rendered) = diagnostic.rendered else {
            return;
        };
        self.diagnostics.push(Diagnostic {
            is_error: matches!(
                diagnostic.level,
                DiagnosticLevel::Error | DiagnosticLevel::Ice
            ),
            // Cargo asks rustc for colours and removes them unless its
            // caller asked for them too; so do we.
            rendered: console::strip_ansi_codes(&rendered).into_owned(),
        });
    }
}

impl Sink for RustcMessages {
    fn write(&mut self, mut bytes: &[u8]) {
        while let Some(end) = bytes.iter().position(|b| *b == b'\n') {
            self.line.extend_from_slice(&bytes[..end]);
            let line = std::mem::take(&mut self.line);
            self.message(&line);
            bytes = &bytes[end + 1..];
        }
        // One diagnostic is at most a few hundred kilobytes; a longer line
        // is not one.
        if self.line.len() + bytes.len() <= 8 << 20 {
            self.line.extend_from_slice(bytes);
        }
    }
}

/// The checker's wrapper role: when cargo starts it as
/// `RUSTC_WORKSPACE_WRAPPER` (`checker RUSTC ARGS…`), it records the compile
/// of the crate named in [`CRATE_ENV`], then runs the compiler and exits
/// with its status. `None`: this is not a wrapper call.
pub fn run_as_wrapper() -> Option<ExitCode> {
    let record_to = std::env::var_os(RECORD_ENV)?;
    let mut args = std::env::args_os().skip(1);
    let program = args.next()?;
    let args: Vec<OsString> = args.collect();
    if let Some(record) = record_of(&program, &args) {
        save(Path::new(&record_to), &record);
    }
    let code = match Command::new(&program).args(&args).status() {
        Ok(status) => status.code().unwrap_or(101),
        Err(err) => {
            eprintln!("error: the checker could not start {program:?}: {err}");
            101
        }
    };
    Some(ExitCode::from(u8::try_from(code).unwrap_or(101)))
}

/// The record of this compile, if it is the test crate being recorded.
fn record_of(program: &OsString, args: &[OsString]) -> Option<Record> {
    let wanted = std::env::var(CRATE_ENV).ok()?;
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_str().map(str::to_string))
        .collect::<Option<_>>()?;
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    if value_of("--crate-name") != Some(&wanted) || !args.iter().any(|a| a == "--test") {
        return None;
    }
    let out_dir = value_of("--out-dir")?;
    let extra = args
        .iter()
        .find_map(|a| a.strip_prefix("extra-filename="))
        .unwrap_or("");
    let executable =
        Path::new(out_dir).join(format!("{wanted}{extra}{}", std::env::consts::EXE_SUFFIX));
    let env = std::env::vars_os()
        .filter(|(key, _)| !NOT_REPLAYED.iter().any(|k| key == k))
        .map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect::<Option<_>>()?;
    Some(Record {
        program: program.to_str()?.to_string(),
        args,
        cwd: std::env::current_dir().ok()?,
        env,
        executable: std::path::absolute(executable).ok()?,
        steering: BTreeMap::new(),
        inputs: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dep_info_lists_prerequisites_once_with_escaped_spaces() {
        let text = "/t/deps/foo-1.d: src/lib.rs src/a\\ b.rs\n\n\
                    /t/deps/libfoo-1.rlib: src/lib.rs src/a\\ b.rs\n\n\
                    src/lib.rs:\n\
                    # env-dep:CARGO_MANIFEST_DIR=/c/foo\n";
        let sources: Vec<String> = dep_info_sources(text).into_iter().collect();
        assert_eq!(sources, ["src/a b.rs", "src/lib.rs"]);
    }

    #[test]
    fn what_cargo_run_sets_for_the_checker_does_not_steer_the_build() {
        for key in [
            "RUSTFLAGS",
            "CARGO_TARGET_DIR",
            "RUSTUP_TOOLCHAIN",
            "CARGO_HOME",
        ] {
            assert!(is_steering(key), "{key} changes what cargo builds");
        }
        for key in [
            "CARGO",
            "CARGO_PKG_NAME",
            "CARGO_MANIFEST_DIR",
            "CARGO_MAKEFLAGS",
            "PATH",
        ] {
            assert!(!is_steering(key), "{key} does not change what cargo builds");
        }
    }

    #[test]
    fn dep_info_file_sits_next_to_the_library() {
        assert_eq!(
            dep_info_of(Path::new("/t/deps/libcourse_alloc-07f9.rlib")),
            Some(PathBuf::from("/t/deps/course_alloc-07f9.d"))
        );
        assert_eq!(
            dep_info_of(Path::new("/t/deps/libderive-1.so")),
            Some(PathBuf::from("/t/deps/derive-1.d"))
        );
    }

    #[test]
    fn reads_rustc_diagnostics_without_colours_and_skips_the_rest() {
        let error = r#"{"$message_type":"diagnostic","message":"mismatched types","code":{"code":"E0308","explanation":null},"level":"error","spans":[],"children":[],"rendered":"\u001b[1m\u001b[38;5;9merror[E0308]\u001b[0m: mismatched types\n"}"#;
        let warning = r#"{"$message_type":"diagnostic","message":"unused","code":null,"level":"warning","spans":[],"children":[],"rendered":"warning: unused\n"}"#;
        let artifact = r#"{"$message_type":"artifact","artifact":"/t/deps/x.d","emit":"dep-info"}"#;
        let text = format!("{artifact}\nnot json at all\n{error}\n{warning}\n");
        let mut messages = RustcMessages::default();
        for chunk in text.as_bytes().chunks(13) {
            messages.write(chunk);
        }
        let seen: Vec<(bool, &str)> = messages
            .diagnostics
            .iter()
            .map(|d| (d.is_error, d.rendered.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                (true, "error[E0308]: mismatched types\n"),
                (false, "warning: unused\n")
            ]
        );
    }

    #[test]
    fn a_record_is_stale_once_an_input_or_the_environment_changes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("lib.rs");
        fs::write(&file, "// one").unwrap();
        let steering = BTreeMap::from([("RUSTFLAGS".to_string(), String::new())]);
        let record = Record {
            program: std::env::current_exe().unwrap().display().to_string(),
            args: Vec::new(),
            cwd: dir.path().to_path_buf(),
            env: BTreeMap::new(),
            executable: dir.path().join("t"),
            steering: steering.clone(),
            inputs: vec![
                Stamp::of(file.clone()),
                Stamp::of(dir.path().join("absent")),
            ],
        };
        assert!(record.is_current(&steering), "nothing changed yet");
        let other = BTreeMap::from([("RUSTFLAGS".to_string(), "--cfg x".to_string())]);
        assert!(
            !record.is_current(&other),
            "a different RUSTFLAGS must send the build to cargo"
        );
        fs::write(dir.path().join("absent"), "").unwrap();
        assert!(
            !record.is_current(&steering),
            "a file that appeared must send the build to cargo"
        );
        fs::remove_file(dir.path().join("absent")).unwrap();
        fs::write(&file, "// two, longer").unwrap();
        assert!(
            !record.is_current(&steering),
            "an edited input must send the build to cargo"
        );
    }
}
