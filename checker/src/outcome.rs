//! What happened when an exercise's tests were built and run.

use std::time::Duration;

use crate::cargo::Diagnostic;
use crate::libtest::{self, TestResult, TestStatus};
use crate::runner::{Exit, Run};

/// The result of checking one exercise.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Every test passed.
    Passed {
        /// Per-test results.
        tests: Vec<TestResult>,
    },
    /// It compiled and ran, and some tests failed.
    Failed {
        /// Per-test results.
        tests: Vec<TestResult>,
    },
    /// It compiled and ran, but holds no tests at all.
    NoTests,
    /// The exercise does not compile.
    DoesNotCompile {
        /// The compiler's errors.
        errors: Vec<Diagnostic>,
    },
    /// The tests ran past the time limit and were stopped.
    TimedOut {
        /// The limit that was exceeded.
        limit: Duration,
        /// Tests that finished before the stop.
        tests: Vec<TestResult>,
    },
    /// The test process died (stack overflow, abort, crash).
    Crashed {
        /// What happened, in words.
        reason: String,
        /// Tests that finished before the crash.
        tests: Vec<TestResult>,
    },
}

impl Outcome {
    /// Whether the exercise is solved.
    pub fn passed(&self) -> bool {
        matches!(self, Outcome::Passed { .. })
    }

    /// Per-test results, where tests ran.
    pub fn tests(&self) -> &[TestResult] {
        match self {
            Outcome::Passed { tests }
            | Outcome::Failed { tests }
            | Outcome::TimedOut { tests, .. }
            | Outcome::Crashed { tests, .. } => tests,
            Outcome::NoTests | Outcome::DoesNotCompile { .. } => &[],
        }
    }
}

/// Classifies a finished test run.
pub fn classify(run: &Run, limit: Duration) -> Outcome {
    let tests = libtest::parse(&run.stdout);
    match run.exit {
        Exit::TimedOut => Outcome::TimedOut { limit, tests },
        Exit::Signal(signal) => Outcome::Crashed {
            reason: crash_reason(signal, &run.stderr),
            tests,
        },
        Exit::Code(0) if tests.iter().any(|t| t.status == TestStatus::Passed) => {
            Outcome::Passed { tests }
        }
        Exit::Code(0) => Outcome::NoTests,
        Exit::Code(101) if tests.iter().any(|t| t.status == TestStatus::Failed) => {
            Outcome::Failed { tests }
        }
        Exit::Code(code) => Outcome::Crashed {
            reason: format!(
                "the test process exited with code {code} before reporting its results (did the code call `std::process::exit`?){}",
                last_words(&run.stderr)
            ),
            tests,
        },
    }
}

fn crash_reason(signal: i32, stderr: &str) -> String {
    if let Some(line) = stderr
        .lines()
        .find(|l| l.contains("has overflowed its stack"))
    {
        return format!(
            "stack overflow: {} — look for recursion that never reaches its base case",
            line.trim()
        );
    }
    let what = match signal {
        6 => "the test process aborted (a panic inside a panic, `std::process::abort`, or a failed allocation)",
        9 => "the test process was killed (it may have run out of memory)",
        11 => "the test process crashed with a segmentation fault (invalid memory access, usually from `unsafe` code)",
        7 => "the test process crashed with a bus error (misaligned or invalid memory access)",
        4 => "the test process hit an illegal instruction (often `std::intrinsics::abort` or a failed `unreachable_unchecked`)",
        8 => "the test process hit an arithmetic fault",
        _ => "the test process was stopped by a signal",
    };
    format!("{what} [signal {signal}]{}", last_words(stderr))
}

/// The last few lines of stderr, indented, if any.
fn last_words(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return String::new();
    }
    let tail = &lines[lines.len().saturating_sub(4)..];
    format!("\n    {}", tail.join("\n    "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(exit: Exit, stdout: &str, stderr: &str) -> Run {
        Run {
            exit,
            stdout: stdout.into(),
            stderr: stderr.into(),
        }
    }

    const LIMIT: Duration = Duration::from_secs(5);

    #[test]
    fn passing_and_failing_runs() {
        let ok = run(Exit::Code(0), "test tests::a ... ok\n", "");
        assert!(classify(&ok, LIMIT).passed());
        let failed = run(Exit::Code(101), "test tests::a ... FAILED\n", "");
        assert!(matches!(classify(&failed, LIMIT), Outcome::Failed { .. }));
        let empty = run(Exit::Code(0), "running 0 tests\n", "");
        assert!(matches!(classify(&empty, LIMIT), Outcome::NoTests));
    }

    #[test]
    fn stack_overflow_is_named() {
        let stderr = "\nthread 'tests::deep' (77) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n";
        let outcome = classify(&run(Exit::Signal(6), "", stderr), LIMIT);
        let Outcome::Crashed { reason, .. } = outcome else {
            panic!("expected a crash, got {outcome:?}");
        };
        assert!(reason.starts_with("stack overflow"), "{reason}");
        assert!(reason.contains("tests::deep"), "{reason}");
    }

    #[test]
    fn abort_and_timeout_are_named() {
        let outcome = classify(&run(Exit::Signal(6), "", ""), LIMIT);
        let Outcome::Crashed { reason, .. } = outcome else {
            panic!("expected a crash");
        };
        assert!(reason.contains("aborted"), "{reason}");
        assert!(matches!(
            classify(&run(Exit::TimedOut, "", ""), LIMIT),
            Outcome::TimedOut { .. }
        ));
    }
}
