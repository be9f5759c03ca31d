//! `cargo course verify`: the exercise contract, for authors and CI.
//!
//! Every exercise is placed in exactly one chapter, the one the manifest
//! names; generated files and the pristine record are up to date; every
//! solution passes all its tests (and, for `loom = true`, under loom too),
//! with no test ignored, and holds exactly the recorded tests; every stub
//! compiles (except "make it compile" ones, and a procedural macro's, whose
//! tests may fail to build) and fails at least one test cleanly, without
//! crashing or timing out. It runs the stubs and solutions with the same code
//! as `cargo course check`.

use std::collections::BTreeMap;

use anyhow::Result;
use console::style;
use course_meta::placement::{check_placements, scan_book};
use course_meta::{Course, Exercise, Kind, Side};

use crate::cargo::{build_tests, Build};
use crate::check::{check_loom, outcome_from_build, Expected};
use crate::outcome::{Outcome, Stop, TestStatus};
use crate::pristine::{self, file_hash, has_uncommitted_changes};
use crate::report::indent;
use crate::sync::{generated, AGGREGATE_TARGET};

/// One broken rule, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The file (relative to the course root) and line, such as
    /// `src/part1/ownership.md:12` or `exercises/src/part1/a.rs`.
    pub place: String,
    /// What is wrong and what to do. May span lines.
    pub message: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (first, rest) = self.message.split_once('\n').unwrap_or((&self.message, ""));
        write!(f, "{}: {first}", self.place)?;
        if !rest.is_empty() {
            // Compiler errors and the like stay readable: indented under the rule.
            write!(f, "\n{}", indent(rest, 6))?;
        }
        Ok(())
    }
}

/// Runs every check and returns the violations (empty: all is well).
pub fn verify(course: &Course) -> Result<Vec<Violation>> {
    let mut violations = static_checks(course)?;
    if !violations.is_empty() {
        // Building with stale targets or records would only add confusing errors.
        return Ok(violations);
    }
    let record = pristine::load(course)?;

    step(&format!(
        "building and running {} solutions",
        course.exercises.len()
    ));
    let solutions = build_side(course, Side::Solutions)?;
    for exercise in &course.exercises {
        let build = &solutions[&course.layout(exercise).package(Side::Solutions)];
        let outcome =
            outcome_from_build(course, exercise, Side::Solutions, build, Expected::AsBuilt)?;
        let place = relative(course, &course.solution_path(exercise));
        if !outcome.passed() {
            violations.push(Violation {
                place: place.clone(),
                message: format!(
                    "the solution of `{}` must pass all its tests, but {}",
                    exercise.id,
                    describe(&outcome)
                ),
            });
        }
        let ignored: Vec<&str> = outcome
            .tests()
            .iter()
            .filter(|t| t.status == TestStatus::Ignored)
            .map(|t| t.short_name())
            .collect();
        if !ignored.is_empty() {
            violations.push(Violation {
                place: relative(course, &course.tests_path(exercise)),
                message: format!(
                    "tests of `{}` are marked #[ignore], so they never run: {} — remove the attribute",
                    exercise.id,
                    ignored.join(", ")
                ),
            });
        }
        let names: Vec<String> = outcome.tests().iter().map(|t| t.name.clone()).collect();
        let recorded = record.get(&exercise.id).map(|r| r.test_names.clone());
        if matches!(outcome, Outcome::Ran { .. }) && recorded.as_ref() != Some(&names) {
            violations.push(Violation {
                place: relative(course, &pristine::path(course)),
                message: format!(
                    "the recorded tests of `{}` ({:?}) are not the tests its solution holds ({names:?}) — run `cargo course sync`",
                    exercise.id,
                    recorded.unwrap_or_default()
                ),
            });
        }
    }

    let loom: Vec<&Exercise> = course.exercises.iter().filter(|e| e.loom).collect();
    if !loom.is_empty() {
        step(&format!(
            "model checking {} solution(s) with loom (release, `--cfg loom`)",
            loom.len()
        ));
        for exercise in loom {
            let outcome = check_loom(course, exercise, Side::Solutions)?;
            if !outcome.passed() {
                violations.push(Violation {
                    place: relative(course, &course.solution_path(exercise)),
                    message: format!(
                        "the solution of `{}` must pass its tests under loom, but {}",
                        exercise.id,
                        describe(&outcome)
                    ),
                });
            }
        }
    }

    step(&format!(
        "building and running {} stubs",
        course.exercises.len()
    ));
    let stubs = build_side(course, Side::Exercises)?;
    for exercise in &course.exercises {
        let layout = course.layout(exercise);
        let build = &stubs[&layout.package(Side::Exercises)];
        let names = record
            .get(&exercise.id)
            .map(|r| r.test_names.clone())
            .unwrap_or_default();
        let outcome = outcome_from_build(
            course,
            exercise,
            Side::Exercises,
            build,
            Expected::Names {
                names,
                edited: None,
            },
        )?;
        if let Some(problem) = stub_problem(exercise, build, &outcome) {
            violations.push(Violation {
                place: relative(course, &course.stub_path(exercise)),
                message: problem,
            });
        }
    }
    if let Some(aggregate) = stubs.get(Side::Exercises.shared_package()) {
        if !aggregate.executables.contains_key(AGGREGATE_TARGET) {
            let errors: Vec<&str> = aggregate
                .errors(AGGREGATE_TARGET)
                .iter()
                .map(|d| d.rendered.as_str())
                .collect();
            violations.push(Violation {
                place: "exercises/tests/all.rs".into(),
                message: format!(
                    "the aggregate test that `cargo test -p exercises` runs does not build:\n{}",
                    errors.join("\n")
                ),
            });
        }
    }
    Ok(violations)
}

/// The checks that need no build: placements, generated files, the record.
pub fn static_checks(course: &Course) -> Result<Vec<Violation>> {
    let mut violations = Vec::new();
    step("placements of exercises in chapters");
    let (placements, problems) = scan_book(course);
    for problem in problems
        .iter()
        .chain(&check_placements(course, &placements))
    {
        violations.push(Violation {
            place: format!(
                "{}:{}",
                course.relative(&problem.file).display(),
                problem.line
            ),
            message: problem.message.clone(),
        });
    }

    step("generated files and the pristine record (`cargo course sync`)");
    for file in generated(course)? {
        if !file.is_fresh() {
            violations.push(Violation {
                place: relative(course, &file.path),
                message: "out of date with exercises.toml — run `cargo course sync`".into(),
            });
        }
    }
    let record = pristine::load(course)?;
    let record_file = relative(course, &pristine::path(course));
    for exercise in &course.exercises {
        let Some(entry) = record.get(&exercise.id) else {
            violations.push(Violation {
                place: record_file.clone(),
                message: format!("no record of `{}` — run `cargo course sync`", exercise.id),
            });
            continue;
        };
        let stub = course.stub_path(exercise);
        if file_hash(&stub).as_deref() != Some(entry.stub.as_str()) {
            violations.push(Violation {
                place: relative(course, &stub),
                message: stub_differs(course, &stub),
            });
        }
        let tests = course.tests_path(exercise);
        if file_hash(&tests).as_deref() != Some(entry.tests.as_str()) {
            violations.push(Violation {
                place: relative(course, &tests),
                message: "the tests changed since they were recorded — run `cargo course sync` (it lists their names from the solution)".into(),
            });
        }
    }
    Ok(violations)
}

/// Why a stub differs from its record, in words that do not lose a
/// learner's work: `sync --stubs` would record the file as the original.
fn stub_differs(course: &Course, stub: &std::path::Path) -> String {
    let committed = match has_uncommitted_changes(course, stub) {
        Some(true) => "It has uncommitted changes, so it is probably someone's work in progress.",
        Some(false) => "It is committed as it is, so the record is probably stale.",
        None => "",
    };
    format!(
        "differs from the original stub recorded in exercises/{}. {committed}\nLearners: this is your solution, and `verify` is a tool for the course's authors: use `cargo course check` (nothing to fix here).\nAuthors who changed this stub on purpose: `cargo course sync --stubs` records it as the new original.",
        pristine::FILE
    )
}

/// What is wrong with a stub's outcome, if anything.
fn stub_problem(exercise: &Exercise, build: &Build, outcome: &Outcome) -> Option<String> {
    let id = &exercise.id;
    match (outcome, exercise.kind) {
        (Outcome::DoesNotCompile { .. }, Kind::Compile) => None,
        // A stub in its own package (a procedural macro) may fail the build
        // of its tests, as a derive that hits `todo!()` does, as long as the
        // stub itself, the library, compiles.
        (Outcome::DoesNotCompile { .. }, _)
            if exercise.package.is_some() && !build.errors(id).is_empty() =>
        {
            None
        }
        (_, Kind::Compile) => Some(format!(
            "the stub of the \"make it compile\" exercise `{id}` compiles — it must start with a compile error, but {}",
            describe(outcome)
        )),
        (Outcome::Ran { stop: None, tests, .. }, _) if !outcome.passed() => {
            let unclean: Vec<&str> = tests
                .iter()
                .filter(|t| !matches!(t.status, TestStatus::Passed | TestStatus::Failed))
                .map(|t| t.short_name())
                .collect();
            (!unclean.is_empty()).then(|| {
                format!(
                    "the stub of `{id}` must run every recorded test, but these did not report: {}",
                    unclean.join(", ")
                )
            })
        }
        (Outcome::Ran { .. }, _) if outcome.passed() => Some(format!(
            "the stub of `{id}` passes untouched — a stub must fail at least one test"
        )),
        (other, _) => Some(format!(
            "the stub of `{id}` must compile and fail its tests cleanly, but {}",
            describe(other)
        )),
    }
}

/// Builds every exercise's test target on one side: each package in one
/// cargo call with its default features (every part), so that a stub in a
/// package of its own cannot break the others. The shared stubs' package also
/// builds the aggregate test.
fn build_side(course: &Course, side: Side) -> Result<BTreeMap<String, Build>> {
    let mut builds = BTreeMap::new();
    for (package, members) in course.packages(side) {
        let mut args = vec!["--package".to_string(), package.clone()];
        for exercise in &members {
            args.push("--test".into());
            args.push(exercise.id.clone());
        }
        if side == Side::Exercises && package == side.shared_package() {
            args.push("--test".into());
            args.push(AGGREGATE_TARGET.into());
        }
        if args.len() > 2 {
            builds.insert(package, build_tests(&course.root, &args, true, &[])?);
        }
    }
    Ok(builds)
}

fn relative(course: &Course, path: &std::path::Path) -> String {
    course.relative(path).display().to_string()
}

/// An outcome in words, for a violation.
pub fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Ran {
            stop: Some(Stop::TimedOut { limit }),
            ..
        } => {
            format!("it ran past its {} s time limit", limit.as_secs_f64())
        }
        Outcome::Ran {
            stop: Some(Stop::Crashed { reason }),
            ..
        } => format!("it crashed: {reason}"),
        Outcome::Ran {
            stop: Some(Stop::Flooded { .. }),
            ..
        } => "it flooded its output".into(),
        Outcome::Ran { tests, .. } if tests.is_empty() => "no tests ran".into(),
        Outcome::Ran { .. } if outcome.passed() => "it passed".into(),
        Outcome::Ran { tests, .. } => {
            let failed: Vec<String> = tests
                .iter()
                .filter(|t| t.status != TestStatus::Passed)
                .map(|t| match &t.message {
                    Some(message) => format!("{}: {message}", t.short_name()),
                    None => t.short_name().to_string(),
                })
                .collect();
            format!("these tests did not pass:\n{}", failed.join("\n"))
        }
        Outcome::DoesNotCompile { errors } => format!(
            "it does not compile:\n{}",
            errors
                .iter()
                .map(|e| e.rendered.trim_end())
                .collect::<Vec<_>>()
                .join("\n")
        ),
        Outcome::TestsDetached { tests_file } => {
            format!("it does not attach the course's tests ({tests_file})")
        }
    }
}

fn step(what: &str) {
    eprintln!("{} {what}", style("verify:").cyan().bold());
}
