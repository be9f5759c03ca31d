//! `cargo course verify`: the exercise contract, for authors and CI.
//!
//! Every stub compiles (except "make it compile" ones) and fails at least one
//! of its tests (a procedural macro's stub may instead fail the build of its
//! tests); every solution passes all of them; stub and solution run the
//! same tests; solutions of `loom = true` exercises also pass under the loom
//! model checker; every exercise is placed in exactly one chapter, the one the
//! manifest names; generated files are up to date.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use anyhow::Result;
use console::style;
use course_meta::placement::{check_placements, scan_book};
use course_meta::{Course, Exercise, Kind};

use crate::cargo::{build_tests, Build};
use crate::check::{check_loom, outcome_from_build, run_executable, Package};
use crate::libtest::TestStatus;
use crate::outcome::Outcome;
use crate::sync::generated;

/// The aggregate test target that a plain `cargo test -p exercises` runs.
pub const AGGREGATE_TARGET: &str = "all";
/// The module of the aggregate that reports "make it compile" exercises.
const MAKE_IT_COMPILE_FILTER: &str = "make_it_compile::";

/// Runs every check and returns the violations (empty: all is well).
pub fn verify(course: &Course) -> Result<Vec<String>> {
    let mut violations = Vec::new();

    step("placements of exercises in chapters");
    let (placements, problems) = scan_book(course);
    violations.extend(problems.iter().map(|p| course.describe(p)));
    violations.extend(
        check_placements(course, &placements)
            .iter()
            .map(|p| course.describe(p)),
    );

    step("generated files (`cargo course sync`)");
    for file in generated(course)? {
        if !file.is_fresh() {
            violations.push(format!(
                "{}: out of date with exercises.toml or the stubs — run `cargo course sync`",
                course.relative(&file.path).display()
            ));
        }
    }

    if !violations.is_empty() {
        // Building with stale test targets would only add confusing cargo errors.
        return Ok(violations);
    }

    step(&format!(
        "building and running {} solutions",
        course.exercises.len()
    ));
    let solutions = build_packages(course, Package::Solutions)?;
    let mut solution_tests = Vec::new();
    for exercise in &course.exercises {
        let file = course
            .relative(&course.solution_path(exercise))
            .display()
            .to_string();
        let build = &solutions[&Package::Solutions.package_of(exercise)];
        let outcome = outcome_from_build(course, exercise, Package::Solutions, build)?;
        if !outcome.passed() {
            violations.push(format!(
                "{file}: the solution of `{}` must pass all its tests, but {}",
                exercise.id,
                describe(&outcome)
            ));
        }
        solution_tests.push(names(&outcome));
    }

    let loom: Vec<&Exercise> = course.exercises.iter().filter(|e| e.loom).collect();
    if !loom.is_empty() {
        step(&format!(
            "model checking {} solution(s) with loom (release, `--cfg loom`)",
            loom.len()
        ));
        for exercise in loom {
            let outcome = check_loom(course, exercise, Package::Solutions)?;
            if !outcome.passed() {
                violations.push(format!(
                    "{}: the solution of `{}` must pass its tests under loom, but {}",
                    course.relative(&course.solution_path(exercise)).display(),
                    exercise.id,
                    describe(&outcome)
                ));
            }
        }
    }

    step(&format!(
        "building and running {} stubs",
        course.exercises.len()
    ));
    let stubs = build_packages(course, Package::Exercises)?;
    for (exercise, expected_tests) in course.exercises.iter().zip(&solution_tests) {
        let file = course
            .relative(&course.stub_path(exercise))
            .display()
            .to_string();
        let build = &stubs[&Package::Exercises.package_of(exercise)];
        let outcome = outcome_from_build(course, exercise, Package::Exercises, build)?;
        let problem = match (&outcome, exercise.kind) {
            (Outcome::DoesNotCompile { .. }, Kind::Compile) => None,
            // A stub in its own package (a procedural macro) may fail the
            // build of its tests, as a derive that hits `todo!()` does, as
            // long as the stub itself, the library, compiles.
            (Outcome::DoesNotCompile { .. }, _)
                if exercise.package.is_some() && !build.errors(&exercise.id).is_empty() =>
            {
                None
            }
            (_, Kind::Compile) => Some(format!(
                "the stub of the \"make it compile\" exercise `{}` compiles — it must start with a compile error, but {}",
                exercise.id,
                describe(&outcome)
            )),
            (Outcome::Failed { .. }, _) => {
                let got = names(&outcome);
                (got != *expected_tests).then(|| {
                    format!("the stub and the solution of `{}` must run the same tests: stub {got:?}, solution {expected_tests:?}", exercise.id)
                })
            }
            (Outcome::Passed { .. }, _) => Some(format!(
                "the stub of `{}` passes untouched — a stub must fail at least one test",
                exercise.id
            )),
            (other, _) => Some(format!(
                "the stub of `{}` must compile and fail its tests cleanly, but {}",
                exercise.id,
                describe(other)
            )),
        };
        if let Some(problem) = problem {
            violations.push(format!("{file}: {problem}"));
        }
    }

    step("the \"make it compile\" report in `cargo test -p exercises`");
    violations.extend(check_make_it_compile_report(
        course,
        &stubs[Package::Exercises.name()],
    )?);
    Ok(violations)
}

/// The wrapper test must fail and name every unsolved "make it compile" stub.
fn check_make_it_compile_report(
    course: &Course,
    stubs: &crate::cargo::Build,
) -> Result<Vec<String>> {
    let Some(executable) = stubs.executables.get(AGGREGATE_TARGET) else {
        return Ok(vec![format!(
            "exercises/tests/all.rs: the `{AGGREGATE_TARGET}` test target did not build: {:?}",
            stubs
                .errors(AGGREGATE_TARGET)
                .iter()
                .map(|d| &d.rendered)
                .collect::<Vec<_>>()
        )]);
    };
    let compile_ids: Vec<&str> = course
        .exercises
        .iter()
        .filter(|e| reported_separately(e))
        .map(|e| e.id.as_str())
        .collect();
    // It compiles every "make it compile" stub with a nested cargo: give it time.
    let outcome = run_executable(
        &Package::Exercises.dir(course),
        Package::Exercises.name(),
        executable,
        Duration::from_secs(600),
        Some(MAKE_IT_COMPILE_FILTER),
    )?;
    let message: String = outcome
        .tests()
        .iter()
        .filter_map(|t| t.message.clone())
        .collect();
    let mut violations = Vec::new();
    if compile_ids.is_empty() {
        if !outcome.passed() {
            violations.push(format!("exercises/tests/make_it_compile.rs: with no \"make it compile\" exercises it must pass, but {}", describe(&outcome)));
        }
    } else {
        for id in compile_ids {
            if !message.contains(&format!("`{id}`")) {
                violations.push(format!(
                    "exercises/tests/make_it_compile.rs: must report the unsolved `{id}`, but {}",
                    describe(&outcome)
                ));
            }
        }
    }
    Ok(violations)
}

/// Builds every exercise's test target on one side: the shared package in one
/// cargo call (with the aggregate, for the stubs), and each exercise that has
/// a package of its own separately, so that its stub cannot break the others.
fn build_packages(course: &Course, side: Package) -> Result<BTreeMap<String, Build>> {
    let mut targets: BTreeMap<String, Vec<String>> = BTreeMap::new();
    targets.insert(side.name().to_string(), Vec::new());
    for exercise in &course.exercises {
        targets
            .entry(side.package_of(exercise))
            .or_default()
            .push(exercise.id.clone());
    }
    if side == Package::Exercises {
        targets
            .entry(side.name().to_string())
            .or_default()
            .push(AGGREGATE_TARGET.to_string());
    }
    targets
        .into_iter()
        .filter(|(_, ids)| !ids.is_empty())
        .map(|(package, ids)| {
            Ok((
                package.clone(),
                build_tests(&course.root, &package, &ids, true)?,
            ))
        })
        .collect()
}

/// Whether the aggregate leaves `exercise` out and its `make_it_compile`
/// module compiles it with a cargo of its own instead.
fn reported_separately(exercise: &Exercise) -> bool {
    exercise.kind == Kind::Compile || exercise.package.is_some()
}

fn names(outcome: &Outcome) -> BTreeSet<String> {
    outcome.tests().iter().map(|t| t.name.clone()).collect()
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Passed { .. } => "it passed".into(),
        Outcome::Failed { tests } => {
            let failed: Vec<&str> = tests
                .iter()
                .filter(|t| t.status == TestStatus::Failed)
                .map(|t| t.name.as_str())
                .collect();
            format!("these tests failed: {}", failed.join(", "))
        }
        Outcome::NoTests => "no tests ran (is the `mod tests;` attachment missing?)".into(),
        Outcome::DoesNotCompile { errors } => format!(
            "it does not compile:\n{}",
            errors
                .iter()
                .map(|e| e.rendered.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        ),
        Outcome::TimedOut { limit, .. } => {
            format!("it ran past its {} s time limit", limit.as_secs())
        }
        Outcome::Crashed { reason, .. } => format!("it crashed: {reason}"),
    }
}

fn step(what: &str) {
    eprintln!("{} {what}", style("verify:").cyan().bold());
}
