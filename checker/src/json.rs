//! Machine-readable results, in the spirit of Exercism's test runner.
//!
//! The one owner of the JSON shapes: `check --json` and `progress --json`
//! write them, and `report` (class_report.rs) reads them back with the same
//! types. Reading is lenient (`#[serde(default)]`) about the fields a class
//! report does not need, so files from an older checker still count.

use serde::{Deserialize, Serialize};

use crate::outcome::{Note, Outcome, Stop, TestStatus};

/// Version of the JSON shape below. Version 2 added the `did-not-report`
/// test status and `notes`.
pub const VERSION: u32 = 2;

/// How a whole check ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckStatus {
    /// Every test passed.
    Pass,
    /// Some test failed or did not report.
    Fail,
    /// It did not compile, ran out of time, crashed, flooded its output, or
    /// no longer holds the course's tests.
    Error,
}

/// How one test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TestState {
    /// It passed.
    Pass,
    /// It failed.
    Fail,
    /// The test process ended before it reported.
    DidNotReport,
    /// It is marked `#[ignore]`.
    Ignored,
}

/// The result of `cargo course check --json`.
#[derive(Debug, Serialize, Deserialize)]
pub struct CheckReport {
    /// Version of this shape.
    #[serde(default)]
    pub version: u32,
    /// The exercise id (`null` when `check` without an id found nothing
    /// left to check).
    pub exercise: Option<String>,
    /// `pass`, `fail` or `error`.
    pub status: CheckStatus,
    /// For `error`: what went wrong, in words (and the compiler's errors).
    #[serde(default)]
    pub message: Option<String>,
    /// Things to know that do not fit a test, such as edited tests.
    #[serde(default)]
    pub notes: Vec<String>,
    /// One entry per test the course expects, in the course's order.
    #[serde(default)]
    pub tests: Vec<TestReport>,
}

/// One test's result.
#[derive(Debug, Serialize, Deserialize)]
pub struct TestReport {
    /// The test function's name.
    pub name: String,
    /// `pass`, `fail`, `did-not-report` or `ignored`.
    pub status: TestState,
    /// For a failure: what was expected and what came out.
    #[serde(default)]
    pub message: Option<String>,
    /// What the test printed, if anything.
    #[serde(default)]
    pub output: Option<String>,
}

impl CheckReport {
    /// The report of `check --json` without an id when every exercise passes.
    pub fn all_passed() -> Self {
        CheckReport {
            version: VERSION,
            exercise: None,
            status: CheckStatus::Pass,
            message: Some("every exercise passes".into()),
            notes: Vec::new(),
            tests: Vec::new(),
        }
    }

    /// Builds the report of `outcome` for exercise `id`.
    pub fn new(id: &str, outcome: &Outcome) -> Self {
        let (status, message) = match outcome {
            Outcome::DoesNotCompile { errors } => (
                CheckStatus::Error,
                Some(format!(
                    "the exercise does not compile:\n{}",
                    errors
                        .iter()
                        .map(|e| e.rendered.trim_end())
                        .collect::<Vec<_>>()
                        .join("\n\n")
                )),
            ),
            Outcome::TestsDetached { tests_file } => (
                CheckStatus::Error,
                Some(format!(
                    "the exercise compiled without the course's tests ({tests_file}): the `mod tests` attachment at the end of the file was removed or changed"
                )),
            ),
            Outcome::Ran { stop: Some(stop), .. } => (
                CheckStatus::Error,
                Some(match stop {
                    Stop::TimedOut { limit } => format!(
                        "the tests were stopped after {} s: look for a loop that never ends",
                        limit.as_secs_f64()
                    ),
                    Stop::Crashed { reason } => format!("the tests crashed: {reason}"),
                    Stop::Flooded { cap } => format!(
                        "the tests were stopped: they printed more than {} MiB",
                        cap >> 20
                    ),
                }),
            ),
            Outcome::Ran { .. } if outcome.passed() => (CheckStatus::Pass, None),
            Outcome::Ran { .. } => (CheckStatus::Fail, None),
        };
        let notes = outcome
            .notes()
            .iter()
            .map(|note| match note {
                Note::TestsEdited { file } => format!(
                    "{file} differs from the course's tests; the result does not count until it is restored"
                ),
                Note::Stragglers(n) => {
                    format!("the tests left {n} process(es) running; the checker stopped them")
                }
            })
            .collect();
        let tests = outcome
            .tests()
            .iter()
            .map(|t| TestReport {
                name: t.short_name().to_string(),
                status: match t.status {
                    TestStatus::Passed => TestState::Pass,
                    TestStatus::Failed => TestState::Fail,
                    TestStatus::DidNotReport => TestState::DidNotReport,
                    TestStatus::Ignored => TestState::Ignored,
                },
                message: t.message.clone(),
                output: (!t.output.is_empty()).then(|| t.output.clone()),
            })
            .collect();
        CheckReport {
            version: VERSION,
            exercise: Some(id.to_string()),
            status,
            message,
            notes,
            tests,
        }
    }
}

/// One exercise in `cargo course progress --json`.
#[derive(Debug, Serialize, Deserialize)]
pub struct ExerciseProgress {
    /// The exercise id.
    pub id: String,
    /// Its title.
    #[serde(default)]
    pub title: String,
    /// Its part (or the group outside the parts, such as "Appendix").
    pub part: String,
    /// Its chapter's title.
    #[serde(default)]
    pub chapter: String,
    /// `passed`, `failing` or `not-started`.
    pub status: crate::status::Status,
    /// Estimated minutes.
    #[serde(default)]
    pub minutes: u32,
}

/// The result of `cargo course progress --json`. Reading it back, only
/// `exercises` is required.
#[derive(Debug, Serialize, Deserialize)]
pub struct Progress {
    /// Version of this shape.
    #[serde(default)]
    pub version: u32,
    /// Who: git's `user.name` in the course checkout, if set (for
    /// `cargo course report`, which otherwise names learners by file).
    #[serde(default)]
    pub learner: Option<String>,
    /// Number of exercises.
    #[serde(default)]
    pub total: usize,
    /// How many pass.
    #[serde(default)]
    pub passed: usize,
    /// How many were changed but do not pass.
    #[serde(default)]
    pub failing: usize,
    /// How many are untouched.
    #[serde(default)]
    pub not_started: usize,
    /// Minutes of the exercises that pass, and of all of them.
    #[serde(default)]
    pub minutes_done: u32,
    /// Minutes of all exercises.
    #[serde(default)]
    pub minutes_total: u32,
    /// Every exercise, in book order.
    pub exercises: Vec<ExerciseProgress>,
}
