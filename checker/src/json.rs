//! Machine-readable results, in the spirit of Exercism's test runner.

use serde::Serialize;

use crate::libtest::TestStatus;
use crate::outcome::Outcome;

/// Version of the JSON shape below.
pub const VERSION: u32 = 1;

/// The result of `cargo course check --json`.
#[derive(Debug, Serialize)]
pub struct CheckReport {
    /// Version of this shape.
    pub version: u32,
    /// The exercise id (`null` when `check` without an id found nothing
    /// left to check).
    pub exercise: Option<String>,
    /// `pass` (every test passed), `fail` (some failed) or `error` (it did
    /// not compile, ran out of time, crashed, or has no tests).
    pub status: &'static str,
    /// For `error`: what went wrong, in words (and the compiler's errors).
    pub message: Option<String>,
    /// One entry per test that reported.
    pub tests: Vec<TestReport>,
}

/// One test's result.
#[derive(Debug, Serialize)]
pub struct TestReport {
    /// The test function's name.
    pub name: String,
    /// `pass`, `fail` or `ignored`.
    pub status: &'static str,
    /// For a failure: what was expected and what came out.
    pub message: Option<String>,
    /// What the test printed, if anything.
    pub output: Option<String>,
}

impl CheckReport {
    /// The report of `check --json` without an id when every exercise passes.
    pub fn all_passed() -> Self {
        CheckReport {
            version: VERSION,
            exercise: None,
            status: "pass",
            message: Some("every exercise passes".into()),
            tests: Vec::new(),
        }
    }

    /// Builds the report of `outcome` for exercise `id`.
    pub fn new(id: &str, outcome: &Outcome) -> Self {
        let (status, message) = match outcome {
            Outcome::Passed { .. } => ("pass", None),
            Outcome::Failed { .. } => ("fail", None),
            Outcome::NoTests => (
                "error",
                Some("the exercise compiled but no tests ran".to_string()),
            ),
            Outcome::DoesNotCompile { errors } => (
                "error",
                Some(format!(
                    "the exercise does not compile:\n{}",
                    errors
                        .iter()
                        .map(|e| e.rendered.trim_end())
                        .collect::<Vec<_>>()
                        .join("\n\n")
                )),
            ),
            Outcome::TimedOut { limit, .. } => (
                "error",
                Some(format!(
                    "the tests were stopped after {} s: look for a loop that never ends",
                    limit.as_secs()
                )),
            ),
            Outcome::Crashed { reason, .. } => {
                ("error", Some(format!("the tests crashed: {reason}")))
            }
        };
        let tests = outcome
            .tests()
            .iter()
            .map(|t| TestReport {
                name: t.name.clone(),
                status: match t.status {
                    TestStatus::Passed => "pass",
                    TestStatus::Failed => "fail",
                    TestStatus::Ignored => "ignored",
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
            tests,
        }
    }
}

/// One exercise in `cargo course progress --json`.
#[derive(Debug, Serialize)]
pub struct ExerciseProgress {
    /// The exercise id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its part, if any.
    pub part: Option<String>,
    /// Its chapter's title.
    pub chapter: String,
    /// `passed`, `failing` or `not-started`.
    pub status: crate::status::Status,
    /// Estimated minutes.
    pub minutes: u32,
}

/// The result of `cargo course progress --json`.
#[derive(Debug, Serialize)]
pub struct Progress {
    /// Version of this shape.
    pub version: u32,
    /// Number of exercises.
    pub total: usize,
    /// How many pass.
    pub passed: usize,
    /// How many were changed but do not pass.
    pub failing: usize,
    /// How many are untouched.
    pub not_started: usize,
    /// Minutes of the exercises that pass, and of all of them.
    pub minutes_done: u32,
    /// Minutes of all exercises.
    pub minutes_total: u32,
    /// Every exercise, in book order.
    pub exercises: Vec<ExerciseProgress>,
}
