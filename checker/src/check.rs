//! Checking one exercise: build its test target, make sure it holds the
//! course's tests, run them, judge the result.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Result};
use course_meta::{Course, Exercise, Layout, Side};

use crate::cargo::{build_tests, Build, Diagnostic};
use crate::judge::{list_tests, run_tests, TestBinary};
use crate::libtest::tidy_path;
use crate::outcome::{Note, Outcome, TestResult, TestStatus};
use crate::pristine::{self, file_hash};

/// Time limit for one run of an exercise's tests, unless the manifest sets one.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
/// Time limit for a loom run: it explores many interleavings, by design.
pub const LOOM_TIMEOUT: Duration = Duration::from_secs(300);
/// Time limit for listing a binary's tests.
const LIST_TIMEOUT: Duration = Duration::from_secs(30);

/// How strictly to check.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Refuse to check an exercise whose tests differ from the course's
    /// (for graded runs, such as classroom autograding).
    pub strict: bool,
}

/// The time limit for `exercise`.
pub fn time_limit(exercise: &Exercise) -> Duration {
    exercise
        .timeout_secs
        .map_or(DEFAULT_TIMEOUT, Duration::from_secs)
}

/// Which tests the checker expects, and what it noticed on the way.
pub enum Expected {
    /// The course's names (learners' files).
    Names {
        /// Full test names.
        names: Vec<String>,
        /// The tests file differs from the course's.
        edited: Option<Note>,
    },
    /// Whatever the built binary holds (authors checking a solution, whose
    /// tests are by definition the course's).
    AsBuilt,
}

/// What the course expects of `exercise`'s learner file: the recorded test
/// names, and whether its tests were edited. With `strict`, edited tests
/// are refused.
pub fn expected_for_learner(
    course: &Course,
    exercise: &Exercise,
    options: Options,
) -> Result<Expected> {
    let record = pristine::load(course)?;
    let Some(record) = record.get(&exercise.id) else {
        bail!(
            "exercises/{} has no record of `{}` — the course files are incomplete (authors: run `cargo course sync`)",
            pristine::FILE,
            exercise.id
        );
    };
    let tests = course.tests_path(exercise);
    let edited =
        (file_hash(&tests).as_deref() != Some(record.tests.as_str())).then(|| Note::TestsEdited {
            file: course.relative(&tests).display().to_string(),
        });
    if options.strict && edited.is_some() {
        bail!(
            "{} differs from the course's tests, so this graded check refuses to run — restore it with `git checkout -- {}` (copy it first if you want to keep your version)",
            course.relative(&tests).display(),
            course.relative(&tests).display()
        );
    }
    Ok(Expected::Names {
        names: record.test_names.clone(),
        edited,
    })
}

/// Builds and runs one exercise's tests on `side`. Only this exercise's
/// target, with only its part's dependencies, is compiled, so errors
/// elsewhere cannot get in the way.
pub fn check(
    course: &Course,
    exercise: &Exercise,
    side: Side,
    options: Options,
) -> Result<Outcome> {
    let layout = course.layout(exercise);
    let expected = match side {
        Side::Exercises => {
            if !layout.source(side).is_file() {
                bail!(
                    "{} is missing — `cargo course reset {}` restores the original stub",
                    course.relative(&layout.source(side)).display(),
                    exercise.id
                );
            }
            expected_for_learner(course, exercise, options)?
        }
        Side::Solutions => Expected::AsBuilt,
    };
    // A graded run trusts nothing from earlier runs in the learner's
    // target folder, such as a recorded compiler command.
    let build = if options.strict {
        build_tests(&course.root, &layout.cargo_target_args(side), false, &[])?
    } else {
        crate::replay::build(course, &layout, side)?
    };
    outcome_from_build(course, exercise, side, &build, expected)
}

/// [`check`], then, for an exercise with `loom = true` whose tests pass, the
/// same tests under loom ([`check_loom`]). `before_loom` sees the passing
/// first outcome, to tell the learner what happens next.
pub fn check_all_stages(
    course: &Course,
    exercise: &Exercise,
    side: Side,
    options: Options,
    before_loom: impl FnOnce(&Outcome),
) -> Result<Outcome> {
    let outcome = check(course, exercise, side, options)?;
    if exercise.loom && outcome.passed() {
        before_loom(&outcome);
        return check_loom(course, exercise, side);
    }
    Ok(outcome)
}

/// Runs `exercise`'s tests under the loom model checker (only for exercises
/// with `loom = true`, which have a package of their own: its test crate is
/// the course's tests file itself, so the tests it lists are the course's).
pub fn check_loom(course: &Course, exercise: &Exercise, side: Side) -> Result<Outcome> {
    let layout = course.layout(exercise);
    let flags = std::env::var("RUSTFLAGS").unwrap_or_default();
    let mut args = layout.cargo_target_args(side);
    args.push("--release".into());
    let build = build_tests(
        &course.root,
        &args,
        false,
        &[
            (
                "RUSTFLAGS",
                format!("{flags} --cfg loom").trim_start().to_string(),
            ),
            (
                "CARGO_TARGET_DIR",
                crate::state::loom_target_dir(course).display().to_string(),
            ),
        ],
    )?;
    outcome_within(
        course,
        exercise,
        side,
        &build,
        Expected::AsBuilt,
        LOOM_TIMEOUT.max(time_limit(exercise)),
    )
}

/// Turns a (possibly larger) build into this exercise's outcome, running its
/// executable when it was built.
pub fn outcome_from_build(
    course: &Course,
    exercise: &Exercise,
    side: Side,
    build: &Build,
    expected: Expected,
) -> Result<Outcome> {
    outcome_within(
        course,
        exercise,
        side,
        build,
        expected,
        time_limit(exercise),
    )
}

fn outcome_within(
    course: &Course,
    exercise: &Exercise,
    side: Side,
    build: &Build,
    expected: Expected,
    limit: Duration,
) -> Result<Outcome> {
    let layout = course.layout(exercise);
    let errors = compile_errors(course, &layout, side, build);
    if !errors.is_empty() {
        return Ok(Outcome::DoesNotCompile { errors });
    }
    let Some(executable) = build.executables.get(layout.target()) else {
        return Err(missing_executable(&layout, side, build));
    };
    let package_dir = layout.package_dir(side);
    let package = layout.package(side);
    let binary = TestBinary {
        executable,
        package_dir: &package_dir,
        package: &package,
    };
    if !layout.has_own_package() && !tests_attached(course, &layout, executable) {
        return Ok(Outcome::TestsDetached {
            tests_file: course.relative(&layout.tests()).display().to_string(),
        });
    }
    let present = list_tests(binary, LIST_TIMEOUT)?;
    let (names, edited) = match expected {
        Expected::Names { names, edited } => (names, edited),
        Expected::AsBuilt => (present.clone(), None),
    };
    let (runnable, absent): (Vec<String>, Vec<String>) =
        names.iter().cloned().partition(|n| present.contains(n));
    let mut outcome = if runnable.is_empty() {
        Outcome::Ran {
            tests: Vec::new(),
            stop: None,
            notes: Vec::new(),
        }
    } else {
        run_tests(binary, &runnable, limit)?
    };
    if let Outcome::Ran { tests, .. } = &mut outcome {
        for name in absent {
            tests.push(TestResult {
                name: name.clone(),
                status: TestStatus::DidNotReport,
                message: Some(format!(
                    "the course's test `{}` is not in the build: was {} changed?",
                    crate::libtest::short_name(&name),
                    course.relative(&layout.tests()).display()
                )),
                output: String::new(),
            });
        }
        // The course's order, whatever order they ran in.
        tests.sort_by_key(|t| names.iter().position(|n| *n == t.name));
    }
    if let Some(note) = edited {
        outcome.add_note(note);
    }
    Ok(outcome)
}

/// The exercise's compile errors: its target's, or, in a package of its own,
/// any (the exercise file is the library the test target depends on), with
/// the package folder's detour taken out of their paths.
fn compile_errors(
    course: &Course,
    layout: &Layout<'_>,
    side: Side,
    build: &Build,
) -> Vec<Diagnostic> {
    let mut errors = build.errors(layout.target());
    if errors.is_empty() && layout.has_own_package() {
        errors = build.all_errors();
    }
    // The tests file is reached as `exercises/NAME/../../exercise-tests/..`
    // and the exercise file as `exercises/NAME/../src/..`.
    let detours = layout.has_own_package().then(|| {
        let dir = course
            .relative(&layout.package_dir(side))
            .display()
            .to_string();
        let side_dir = dir.rsplit_once('/').map_or("", |(parent, _)| parent);
        [
            (format!("{dir}/../../"), String::new()),
            (format!("{dir}/../"), format!("{side_dir}/")),
        ]
    });
    errors
        .into_iter()
        .map(|error| Diagnostic {
            is_error: true,
            rendered: match &detours {
                Some(detours) => detours
                    .iter()
                    .fold(error.rendered.clone(), |text, (from, to)| {
                        text.replace(from.as_str(), to)
                    }),
                None => error.rendered.clone(),
            },
        })
        .collect()
}

fn missing_executable(layout: &Layout<'_>, side: Side, build: &Build) -> anyhow::Error {
    let package = layout.package(side);
    match &build.cargo_error {
        Some(message) if message.contains("no test target named") => anyhow::anyhow!(
            "the `{package}` package has no test target `{}` yet — authors: run `cargo course sync` after changing exercises.toml",
            layout.target()
        ),
        Some(message) => anyhow::anyhow!("cargo could not build the `{package}` package:\n{message}"),
        None => anyhow::anyhow!(
            "cargo built no test target named `{}` in the `{package}` package — authors: run `cargo course sync`",
            layout.target()
        ),
    }
}

/// Whether the test binary was compiled from the course's tests file, as
/// its dep-info (`EXECUTABLE.d`, written by rustc) records. A stub whose
/// `mod tests` attachment was removed or replaced by tests of its own is not.
/// When the dep-info cannot be read, the binary is given the benefit of the
/// doubt (the test names still decide).
fn tests_attached(course: &Course, layout: &Layout<'_>, executable: &Path) -> bool {
    let dep_info = PathBuf::from(format!("{}.d", executable.display()));
    let Ok(text) = std::fs::read_to_string(&dep_info) else {
        return true;
    };
    let wanted = normalise(&course.root, &layout.tests());
    text.lines()
        .next()
        .and_then(|line| line.split_once(": "))
        .is_some_and(|(_, deps)| {
            split_dep_list(deps)
                .iter()
                .any(|dep| normalise(&course.root, Path::new(dep)) == wanted)
        })
}

/// The paths of a make-style dependency list, where `\ ` is a space.
fn split_dep_list(deps: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = deps.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&' ') => {
                out.last_mut().expect("never empty").push(' ');
                chars.next();
            }
            ' ' => out.push(String::new()),
            other => out.last_mut().expect("never empty").push(other),
        }
    }
    out.retain(|p| !p.is_empty());
    out
}

/// An absolute, `..`-free form of `path` (relative paths are from `root`).
fn normalise(root: &Path, path: &Path) -> String {
    let joined = root.join(path);
    joined
        .canonicalize()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| tidy_path(&joined.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dep_lists_keep_escaped_spaces() {
        assert_eq!(
            split_dep_list("a.rs my\\ dir/b.rs  c.rs"),
            ["a.rs", "my dir/b.rs", "c.rs"]
        );
    }
}
