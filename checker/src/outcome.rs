//! What happened when an exercise's tests were built and run.

use std::time::Duration;

use crate::cargo::Diagnostic;
use crate::libtest::short_name;

/// Where one of the course's tests stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestStatus {
    /// It passed.
    Passed,
    /// It failed (panicked or returned an error).
    Failed,
    /// It is marked `#[ignore]` and did not run.
    Ignored,
    /// It never reported a result: the process crashed, exited or was
    /// stopped first. The message says which.
    DidNotReport,
}

/// The result of one of the course's tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    /// Its full name, such as `tests::no_words`.
    pub name: String,
    /// Where it stands.
    pub status: TestStatus,
    /// For a failure: the panic message (what was expected, what came
    /// out); for a test that did not report: why.
    pub message: Option<String>,
    /// What it printed, for a failure (bounded: see `capture`).
    pub output: String,
}

impl TestResult {
    /// The name learners see, without the `tests::` module.
    pub fn short_name(&self) -> &str {
        short_name(&self.name)
    }
}

/// What ended a run of the tests before every test reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// The time limit was reached.
    TimedOut {
        /// The limit.
        limit: Duration,
    },
    /// The test process died or exited early; the words say how.
    Crashed {
        /// What happened, in words.
        reason: String,
    },
    /// The tests printed more than the checker keeps.
    Flooded {
        /// The cap, in bytes.
        cap: u64,
    },
}

/// Something the learner should know that does not decide the result alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The tests file differs from the course's: the exercise cannot count
    /// as solved until it is restored.
    TestsEdited {
        /// The tests file, relative to the course root.
        file: String,
    },
    /// The tests left processes running, which the checker stopped.
    Stragglers(usize),
}

/// The result of checking one exercise.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// It compiled and its tests ran.
    Ran {
        /// Every test the course expects, in the course's order.
        tests: Vec<TestResult>,
        /// What stopped the run early, if anything did.
        stop: Option<Stop>,
        /// Things to know.
        notes: Vec<Note>,
    },
    /// The exercise does not compile.
    DoesNotCompile {
        /// The compiler's errors.
        errors: Vec<Diagnostic>,
    },
    /// It compiled, but without the course's tests: the `mod tests`
    /// attachment at the end of the file was removed or replaced.
    TestsDetached {
        /// The tests file that should be attached, relative to the root.
        tests_file: String,
    },
}

impl Outcome {
    /// Whether the exercise is solved: every test the course expects
    /// passed, against the course's own tests.
    pub fn passed(&self) -> bool {
        match self {
            Outcome::Ran { tests, stop, notes } => {
                stop.is_none()
                    && !tests.is_empty()
                    && tests.iter().all(|t| t.status == TestStatus::Passed)
                    && !notes.iter().any(|n| matches!(n, Note::TestsEdited { .. }))
            }
            _ => false,
        }
    }

    /// Per-test results, where tests ran.
    pub fn tests(&self) -> &[TestResult] {
        match self {
            Outcome::Ran { tests, .. } => tests,
            _ => &[],
        }
    }

    /// What stopped the run early, if anything.
    pub fn stop(&self) -> Option<&Stop> {
        match self {
            Outcome::Ran { stop, .. } => stop.as_ref(),
            _ => None,
        }
    }

    /// Notes on the run.
    pub fn notes(&self) -> &[Note] {
        match self {
            Outcome::Ran { notes, .. } => notes,
            _ => &[],
        }
    }

    /// Adds a note (only to a run).
    pub fn add_note(&mut self, note: Note) {
        if let Outcome::Ran { notes, .. } = self {
            notes.push(note);
        }
    }

    /// How many tests passed.
    pub fn passed_count(&self) -> usize {
        self.tests()
            .iter()
            .filter(|t| t.status == TestStatus::Passed)
            .count()
    }
}

/// Words for a process that died from `signal`, using its last words on
/// standard error (a stack overflow names itself there).
pub fn crash_reason(signal: i32, stderr: &str) -> String {
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

/// What the process said last on stderr, indented: the panic message if a
/// panic preceded the end (a panic in an `extern "C"` function aborts, and
/// its message is followed by a long backtrace), else the last few lines.
pub fn last_words(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.contains("`--logfile` is deprecated"))
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    let words: Vec<&str> = match lines.iter().rposition(|l| l.contains(" panicked at ")) {
        Some(at) => lines[at..]
            .iter()
            .copied()
            .take_while(|l| !l.starts_with("stack backtrace:") && !l.starts_with("note: "))
            .take(8)
            .collect(),
        None => lines[lines.len().saturating_sub(4)..].to_vec(),
    };
    format!("\n    {}", words.join("\n    "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn test(status: TestStatus) -> TestResult {
        TestResult {
            name: "tests::a".into(),
            status,
            message: None,
            output: String::new(),
        }
    }

    #[test]
    fn passing_needs_every_test_and_the_course_tests() {
        let ran = |tests, stop, notes| Outcome::Ran { tests, stop, notes };
        assert!(ran(vec![test(TestStatus::Passed)], None, vec![]).passed());
        assert!(!ran(vec![], None, vec![]).passed());
        assert!(!ran(vec![test(TestStatus::Failed)], None, vec![]).passed());
        assert!(!ran(vec![test(TestStatus::DidNotReport)], None, vec![]).passed());
        assert!(!ran(
            vec![test(TestStatus::Passed)],
            Some(Stop::Flooded { cap: 1 }),
            vec![]
        )
        .passed());
        assert!(!ran(
            vec![test(TestStatus::Passed)],
            None,
            vec![Note::TestsEdited {
                file: "t.rs".into()
            }]
        )
        .passed());
        assert!(ran(
            vec![test(TestStatus::Passed)],
            None,
            vec![Note::Stragglers(2)]
        )
        .passed());
    }

    #[test]
    fn stack_overflow_is_named() {
        let stderr = "\nthread 'tests::deep' (77) has overflowed its stack\nfatal runtime error: stack overflow, aborting\n";
        let reason = crash_reason(6, stderr);
        assert!(reason.starts_with("stack overflow"), "{reason}");
        assert!(reason.contains("tests::deep"), "{reason}");
    }

    #[test]
    fn signals_are_named() {
        assert!(crash_reason(6, "").contains("aborted"));
        assert!(crash_reason(11, "").contains("segmentation fault"));
        assert!(crash_reason(99, "last line\n").ends_with("[signal 99]\n    last line"));
    }

    #[test]
    fn a_panic_before_an_abort_is_what_is_shown() {
        let stderr = "\nthread 'tests::a' (9) panicked at src/lib.rs:3:5:\nboom in C callback\nstack backtrace:\n   0: a\n   1: b\n   2: c\n   3: d\n   4: e\nthread caused non-unwinding panic. aborting.\n";
        let reason = crash_reason(6, stderr);
        assert!(
            reason.ends_with("panicked at src/lib.rs:3:5:\n    boom in C callback"),
            "{reason}"
        );
    }
}
