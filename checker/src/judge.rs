//! Running an exercise's test binary and deciding each test's fate.
//!
//! The checker knows which tests to expect from the course (never from the
//! learner's file), runs exactly those (`--exact NAME…`), and takes each
//! verdict from libtest's log file, which the learner's prints cannot reach.
//! A test that never reported is a failure, explained in words. When the
//! process dies early (a crash, `std::process::exit`), the tests that had
//! not reported are run again one per process, within what is left of the
//! time limit, so that each learns what became of it.

use std::collections::HashSet;
use std::io::Read as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _, Result};

use crate::capture::{Bounded, TestOutput};
use crate::libtest::{self, panic_message, Verdict};
use crate::outcome::{crash_reason, last_words, Note, Outcome, Stop, TestResult, TestStatus};
use crate::process::{self, Exit};

/// The most a run may print (both streams, all tests) before it is stopped.
pub const OUTPUT_CAP: u64 = 64 << 20;
/// The most of libtest's log file that is read.
const LOG_CAP: u64 = 4 << 20;
/// Bytes of standard error kept at each end (crash messages are short).
const KEEP_STDERR: usize = 16 * 1024;

/// One test executable and how to run it.
#[derive(Debug, Clone, Copy)]
pub struct TestBinary<'a> {
    /// The executable cargo built.
    pub executable: &'a Path,
    /// The folder of its cargo package (its working directory).
    pub package_dir: &'a Path,
    /// The cargo package's name.
    pub package: &'a str,
}

/// Runs the tests named `expected` (full names, in the course's order)
/// under `limit`, and judges each.
pub fn run_tests(binary: TestBinary<'_>, expected: &[String], limit: Duration) -> Result<Outcome> {
    let deadline = Instant::now() + limit;
    let first = run_once(binary, expected, deadline)?;
    let mut tests: Vec<TestResult> = expected
        .iter()
        .map(|name| first.result(name).unwrap_or_else(|| unreported(name, "")))
        .collect();
    let missing: Vec<String> = tests
        .iter()
        .filter(|t| t.status == TestStatus::DidNotReport)
        .map(|t| t.name.clone())
        .collect();
    let mut notes = Vec::new();
    let mut stragglers = first.stragglers;

    let stop = match first.exit {
        Exit::Code(0 | 101) if missing.is_empty() => None,
        Exit::TimedOut => {
            for test in tests
                .iter_mut()
                .filter(|t| t.status == TestStatus::DidNotReport)
            {
                test.message = Some(format!(
                    "had not finished when the time limit of {} was reached: look for a loop that never ends, or a wait that is never woken",
                    seconds(limit)
                ));
            }
            Some(Stop::TimedOut { limit })
        }
        Exit::Flooded => {
            for test in tests
                .iter_mut()
                .filter(|t| t.status == TestStatus::DidNotReport)
            {
                test.message =
                    Some("had not reported when the output passed the checker's limit".into());
            }
            Some(Stop::Flooded { cap: OUTPUT_CAP })
        }
        exit if missing.is_empty() => Some(Stop::Crashed {
            reason: format!(
                "every test reported, but then {}",
                exit_words(exit, &first.stderr_text(), None)
            ),
        }),
        exit => {
            // Find out what became of each test that did not report, alone.
            let mut culprit: Option<String> = None;
            for name in &missing {
                let slot = tests
                    .iter_mut()
                    .find(|t| &t.name == name)
                    .expect("missing tests are among the expected ones");
                if Instant::now() >= deadline {
                    slot.message = Some(format!(
                        "was not run again: the time limit of {} was reached",
                        seconds(limit)
                    ));
                    continue;
                }
                let alone = run_once(binary, std::slice::from_ref(name), deadline)?;
                stragglers += alone.stragglers;
                if let Some(result) = alone.result(name) {
                    *slot = result;
                    continue;
                }
                let why = match alone.exit {
                    Exit::TimedOut => format!(
                        "did not finish before the time limit of {} (look for a loop that never ends)",
                        seconds(limit)
                    ),
                    Exit::Flooded => "printed more than the checker's limit and was stopped".into(),
                    other => exit_words(other, &alone.stderr_text(), Some(name)),
                };
                culprit.get_or_insert_with(|| why.clone());
                slot.message = Some(why);
            }
            Some(Stop::Crashed {
                reason: culprit.unwrap_or_else(|| exit_words(exit, &first.stderr_text(), None)),
            })
        }
    };
    if stragglers > 0 {
        notes.push(Note::Stragglers(stragglers));
    }
    Ok(Outcome::Ran { tests, stop, notes })
}

/// The test names a binary holds (`--list`), for authors' tools and for
/// the loom stage, whose test crate is the course's own tests file.
pub fn list_tests(binary: TestBinary<'_>, limit: Duration) -> Result<Vec<String>> {
    let mut command = base_command(binary);
    command.args(["--list", "--format", "terse"]);
    let done = process::run(
        command,
        Instant::now() + limit,
        OUTPUT_CAP,
        Bounded::new(OUTPUT_CAP as usize),
        Bounded::new(KEEP_STDERR),
        true,
    )?;
    let stdout = done.stdout.map(|o| o.text()).unwrap_or_default();
    if done.exit != Exit::Code(0) {
        bail!(
            "{} --list did not succeed ({:?}):{}",
            binary.executable.display(),
            done.exit,
            last_words(&done.stderr.map(|e| e.text()).unwrap_or_default())
        );
    }
    Ok(libtest::read_list(&stdout))
}

/// One run of the binary with the tests `names`.
struct OneRun {
    exit: Exit,
    verdicts: std::collections::HashMap<String, Verdict>,
    stdout: Option<TestOutput>,
    stderr: Option<Bounded>,
    stragglers: usize,
}

impl OneRun {
    fn stderr_text(&self) -> String {
        self.stderr.as_ref().map(Bounded::text).unwrap_or_default()
    }

    /// The result of test `name`, if it reported.
    fn result(&self, name: &str) -> Option<TestResult> {
        let verdict = *self.verdicts.get(name)?;
        let section = self.stdout.as_ref().and_then(|out| out.section(name));
        let output = section.map(Bounded::text).unwrap_or_default();
        let (status, message) = match verdict {
            Verdict::Passed => (TestStatus::Passed, None),
            Verdict::Ignored => (TestStatus::Ignored, None),
            Verdict::Failed => (
                TestStatus::Failed,
                Some(panic_message(&output).unwrap_or_else(|| "failed (no message)".into())),
            ),
        };
        Some(TestResult {
            name: name.to_string(),
            status,
            message,
            output,
        })
    }
}

fn run_once(binary: TestBinary<'_>, names: &[String], deadline: Instant) -> Result<OneRun> {
    let dir = tempfile::tempdir().context("cannot create a temporary folder for the test log")?;
    let log = dir.path().join("libtest.log");
    let mut command = base_command(binary);
    command
        .arg("--logfile")
        .arg(&log)
        .args(["--color", "never", "--exact"])
        .args(names);
    let done = process::run(
        command,
        deadline,
        OUTPUT_CAP,
        TestOutput::new(names),
        Bounded::new(KEEP_STDERR),
        true,
    )?;
    let log_text = read_bounded(&log)?;
    let expected: HashSet<&str> = names.iter().map(String::as_str).collect();
    let verdicts = libtest::read_log(&log_text, &expected);
    let stderr = done.stderr;
    if verdicts.is_empty() {
        let text = stderr.as_ref().map(Bounded::text).unwrap_or_default();
        if libtest::refused_logfile(&text) {
            bail!(
                "this Rust toolchain's test harness no longer accepts `--logfile`, which the checker reads verdicts from — use the course's pinned toolchain (rust-toolchain.toml; rustup installs it by itself)"
            );
        }
    }
    Ok(OneRun {
        exit: done.exit,
        verdicts,
        stdout: done.stdout,
        stderr,
        stragglers: done.stragglers,
    })
}

fn base_command(binary: TestBinary<'_>) -> Command {
    let mut command = Command::new(binary.executable);
    command
        .current_dir(binary.package_dir)
        // Cargo sets these for test binaries; tests may read them at run time.
        .env("CARGO_MANIFEST_DIR", binary.package_dir)
        .env("CARGO_PKG_NAME", binary.package)
        .env("CARGO", crate::cargo::cargo())
        .env("RUST_BACKTRACE", "0");
    command
}

fn read_bounded(path: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    match std::fs::File::open(path) {
        Ok(file) => {
            file.take(LOG_CAP)
                .read_to_end(&mut bytes)
                .with_context(|| format!("cannot read the test log {}", path.display()))?;
        }
        // The process died before libtest created the log.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(e).with_context(|| format!("cannot open the test log {}", path.display()))
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A test that did not report (yet), with no explanation so far.
fn unreported(name: &str, why: &str) -> TestResult {
    TestResult {
        name: name.to_string(),
        status: TestStatus::DidNotReport,
        message: (!why.is_empty()).then(|| why.to_string()),
        output: String::new(),
    }
}

/// Words for how a process ended early; `running` names the one test it ran.
fn exit_words(exit: Exit, stderr: &str, running: Option<&str>) -> String {
    let during = running.map_or_else(
        || " before every test reported".to_string(),
        |name| format!(" while `{}` was running", libtest::short_name(name)),
    );
    match exit {
        Exit::Code(code) => format!(
            "the test process exited with code {code}{during}: did the code call `std::process::exit`?{}",
            last_words(stderr)
        ),
        Exit::Signal(signal) => format!("{}{during}", crash_reason(signal, stderr)),
        Exit::TimedOut => format!("the test process was stopped at the time limit{during}"),
        Exit::Flooded => format!("the test process printed too much{during}"),
    }
}

fn seconds(limit: Duration) -> String {
    format!("{} s", limit.as_secs_f64())
}
