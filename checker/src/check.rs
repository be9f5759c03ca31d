//! Checking one exercise: build its test target, run it, classify the result.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Result};
use course_meta::{Course, Exercise};

use crate::cargo::{build_tests, build_tests_for_loom, Build};
use crate::outcome::{classify, Outcome};
use crate::runner::run_tests;

/// Time limit for one run of an exercise's tests, unless the manifest sets one.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
/// Time limit for a loom run: it explores many interleavings, by design.
pub const LOOM_TIMEOUT: Duration = Duration::from_secs(300);

/// Which copy of an exercise to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Package {
    /// The learner's file.
    Exercises,
    /// The reference solution.
    Solutions,
}

impl Package {
    /// The cargo package name.
    pub fn name(self) -> &'static str {
        match self {
            Package::Exercises => course_meta::EXERCISES_DIR,
            Package::Solutions => course_meta::SOLUTIONS_DIR,
        }
    }

    /// The package's folder.
    pub fn dir(self, course: &Course) -> PathBuf {
        course.root.join(self.name())
    }

    /// The cargo package holding `exercise`'s test target: this side's shared
    /// package, or the exercise's own (`exercises-derive`, say).
    pub fn package_of(self, exercise: &Exercise) -> String {
        match &exercise.package {
            None => self.name().to_string(),
            Some(own) => format!("{}-{own}", self.name()),
        }
    }

    /// The folder of [`Package::package_of`].
    pub fn dir_of(self, course: &Course, exercise: &Exercise) -> PathBuf {
        match &exercise.package {
            None => self.dir(course),
            Some(own) => self.dir(course).join(own),
        }
    }
}

/// The time limit for `exercise`.
pub fn time_limit(exercise: &Exercise) -> Duration {
    exercise
        .timeout_secs
        .map_or(DEFAULT_TIMEOUT, Duration::from_secs)
}

/// Builds and runs one exercise's tests in `package`. Only this exercise's
/// target is compiled, so errors elsewhere cannot get in the way.
pub fn check(course: &Course, exercise: &Exercise, package: Package) -> Result<Outcome> {
    if package == Package::Exercises && !course.stub_path(exercise).is_file() {
        bail!(
            "{} is missing — `cargo course reset {}` restores the original stub",
            course.relative(&course.stub_path(exercise)).display(),
            exercise.id
        );
    }
    let build = build_tests(
        &course.root,
        &package.package_of(exercise),
        std::slice::from_ref(&exercise.id),
        false,
    )?;
    outcome_from_build(course, exercise, package, &build)
}

/// [`check`], then, for an exercise with `loom = true` whose tests pass, the
/// same tests under loom ([`check_loom`]). `before_loom` sees the passing
/// first outcome, to tell the learner what happens next.
pub fn check_all_stages(
    course: &Course,
    exercise: &Exercise,
    package: Package,
    before_loom: impl FnOnce(&Outcome),
) -> Result<Outcome> {
    let outcome = check(course, exercise, package)?;
    if exercise.loom && outcome.passed() {
        before_loom(&outcome);
        return check_loom(course, exercise, package);
    }
    Ok(outcome)
}

/// Runs `exercise`'s tests under the loom model checker (only for exercises
/// with `loom = true`, which have a package of their own).
pub fn check_loom(course: &Course, exercise: &Exercise, package: Package) -> Result<Outcome> {
    let build = build_tests_for_loom(
        &course.root,
        &package.package_of(exercise),
        &exercise.id,
        &crate::state::loom_target_dir(course),
    )?;
    outcome_within(
        course,
        exercise,
        package,
        &build,
        LOOM_TIMEOUT.max(time_limit(exercise)),
    )
}

/// Turns a (possibly larger) build into this exercise's outcome, running its
/// executable when it was built.
pub fn outcome_from_build(
    course: &Course,
    exercise: &Exercise,
    package: Package,
    build: &Build,
) -> Result<Outcome> {
    outcome_within(course, exercise, package, build, time_limit(exercise))
}

/// [`outcome_from_build`], running the tests under `limit`.
fn outcome_within(
    course: &Course,
    exercise: &Exercise,
    package: Package,
    build: &Build,
    limit: Duration,
) -> Result<Outcome> {
    let mut errors = build.errors(&exercise.id);
    if errors.is_empty() && exercise.package.is_some() {
        // In its own package, the exercise file is the library the test
        // target depends on: its errors are the exercise's errors. (Such a
        // package is always built on its own.)
        errors = build.all_errors();
    }
    if !errors.is_empty() {
        // A package of its own names its tests `PACKAGE/../../exercise-tests/…`.
        let detour = exercise
            .package
            .as_ref()
            .map(|own| format!("{}/{own}/../../", package.name()));
        return Ok(Outcome::DoesNotCompile {
            errors: errors
                .into_iter()
                .map(|error| match &detour {
                    Some(detour) => crate::cargo::Diagnostic {
                        level: error.level.clone(),
                        rendered: error.rendered.replace(detour, ""),
                    },
                    None => error.clone(),
                })
                .collect(),
        });
    }
    let Some(executable) = build.executables.get(&exercise.id) else {
        if let Some(message) = &build.cargo_error {
            if message.contains("no test target named") {
                bail!(
                    "the `{}` package has no test target `{}` yet — run `cargo course sync` after changing exercises.toml",
                    package.package_of(exercise),
                    exercise.id
                );
            }
            bail!(
                "cargo could not build the `{}` package:\n{message}",
                package.package_of(exercise)
            );
        }
        bail!(
            "cargo built no test target named `{}` in the `{}` package — run `cargo course sync`",
            exercise.id,
            package.package_of(exercise)
        );
    };
    run_executable(
        &package.dir_of(course, exercise),
        &package.package_of(exercise),
        executable,
        limit,
        None,
    )
}

/// Runs a test executable of the cargo package `package` (in `package_dir`)
/// under `limit`; with a `filter`, only the tests whose names contain it.
pub fn run_executable(
    package_dir: &Path,
    package: &str,
    executable: &Path,
    limit: Duration,
    filter: Option<&str>,
) -> Result<Outcome> {
    let run = run_tests(executable, package_dir, package, limit, filter)?;
    Ok(classify(&run, limit))
}
