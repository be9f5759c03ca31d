//! `cargo course grade`: every exercise checked strictly, with a score, for
//! autograding (a GitHub Actions workflow, GitHub Classroom).
//!
//! An exercise earns its point when every one of the course's tests passes
//! against the course's own tests. A learner file still equal to its stub
//! is not started (no build needed). An exercise whose tests differ from
//! the course's record is flagged and earns nothing: grading never trusts a
//! learner's copy of the tests. (The workflow also restores the tests from
//! the course's own repository before grading, so an edited record cannot
//! help either.) Exercises of one part are built with one cargo call.

use std::collections::BTreeMap;

use anyhow::Result;
use console::style;
use course_meta::{Course, Exercise, Side};
use serde::Serialize;

use crate::cargo::build_tests;
use crate::check::{check_loom, expected_for_learner, outcome_from_build, Options};
use crate::json::CheckReport;
use crate::pristine::{self, file_hash};

/// One exercise's grade.
#[derive(Debug, Serialize)]
pub struct Graded {
    /// The exercise id.
    pub id: String,
    /// `passed`, `failing`, `not-started` or `flagged` (edited tests).
    pub status: &'static str,
    /// Why it was flagged, if it was.
    pub flag: Option<String>,
    /// The check's report, for started exercises that were run.
    pub report: Option<CheckReport>,
}

/// The whole grade.
#[derive(Debug, Serialize)]
pub struct Grade {
    /// Version of this shape.
    pub version: u32,
    /// Exercises that pass.
    pub score: usize,
    /// Exercises graded.
    pub total: usize,
    /// Each exercise, in manifest order.
    pub exercises: Vec<Graded>,
}

/// Grades the exercises of `part` (a part feature such as `part3`), or all.
pub fn grade(course: &Course, part: Option<&str>) -> Result<Grade> {
    let record = pristine::load(course)?;
    let chosen: Vec<&Exercise> = course
        .exercises
        .iter()
        .filter(|e| {
            part.is_none_or(|p| course_meta::layout::part_feature(&e.chapter).as_deref() == Some(p))
        })
        .collect();
    let mut graded: BTreeMap<String, Graded> = BTreeMap::new();
    // Exercises to build, by the cargo arguments that select their package
    // and features.
    let mut groups: BTreeMap<Vec<String>, Vec<&Exercise>> = BTreeMap::new();
    for exercise in &chosen {
        let stub = file_hash(&course.stub_path(exercise));
        let pristine_stub = record.get(&exercise.id).map(|r| r.stub.clone());
        if stub.is_some() && stub == pristine_stub {
            graded.insert(exercise.id.clone(), plain(exercise, "not-started", None));
            continue;
        }
        if let Err(refused) = expected_for_learner(course, exercise, Options { strict: true }) {
            graded.insert(
                exercise.id.clone(),
                plain(exercise, "flagged", Some(format!("{refused:#}"))),
            );
            continue;
        }
        let mut args = course.layout(exercise).cargo_target_args(Side::Exercises);
        args.truncate(args.len() - 2); // `--test ID`
        groups.entry(args).or_default().push(exercise);
    }
    for (args, members) in groups {
        let mut args = args;
        for exercise in &members {
            args.push("--test".into());
            args.push(exercise.id.clone());
        }
        eprintln!(
            "{} {} exercise(s): {}",
            style("grading").cyan().bold(),
            members.len(),
            members
                .iter()
                .map(|e| e.id.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        );
        let build = build_tests(&course.root, &args, true, &[])?;
        for exercise in members {
            let expected = expected_for_learner(course, exercise, Options { strict: true })?;
            let mut outcome =
                outcome_from_build(course, exercise, Side::Exercises, &build, expected)?;
            if exercise.loom && outcome.passed() {
                outcome = check_loom(course, exercise, Side::Exercises)?;
            }
            let status = if outcome.passed() {
                "passed"
            } else {
                "failing"
            };
            graded.insert(
                exercise.id.clone(),
                Graded {
                    id: exercise.id.clone(),
                    status,
                    flag: None,
                    report: Some(CheckReport::new(&exercise.id, &outcome)),
                },
            );
        }
    }
    let exercises: Vec<Graded> = chosen.iter().filter_map(|e| graded.remove(&e.id)).collect();
    Ok(Grade {
        version: crate::json::VERSION,
        score: exercises.iter().filter(|g| g.status == "passed").count(),
        total: exercises.len(),
        exercises,
    })
}

fn plain(exercise: &Exercise, status: &'static str, flag: Option<String>) -> Graded {
    Graded {
        id: exercise.id.clone(),
        status,
        flag,
        report: None,
    }
}

/// The grade as GitHub Classroom's reporter reads a step's `result`
/// output: base64 of a JSON document with one test per exercise, worth one
/// point when it passes (so a part earns partial credit).
pub fn classroom_result(grade: &Grade) -> Result<String> {
    use base64::Engine as _;
    let tests: Vec<serde_json::Value> = grade
        .exercises
        .iter()
        .map(|g| {
            let passed = g.status == "passed";
            let message = match (&g.flag, &g.report) {
                (Some(flag), _) => flag.clone(),
                (None, Some(report)) => report.message.clone().unwrap_or_default(),
                (None, None) => g.status.to_string(),
            };
            serde_json::json!({
                "name": g.id,
                "status": if passed { "pass" } else { "fail" },
                "score": u32::from(passed),
                "message": message,
                "test_code": format!("cargo course check {}", g.id),
                "filename": "",
                "line_no": 0,
                "duration": 0,
            })
        })
        .collect();
    let result = serde_json::json!({
        "version": 1,
        "status": if grade.score == grade.total { "pass" } else { "fail" },
        "max_score": grade.total,
        "tests": tests,
    });
    Ok(base64::engine::general_purpose::STANDARD.encode(serde_json::to_vec(&result)?))
}

/// Prints a grade for people (and for a CI job's log).
pub fn print(grade: &Grade) {
    for g in &grade.exercises {
        let mark = match g.status {
            "passed" => style("✓ passed     ").green(),
            "failing" => style("✗ failing    ").red(),
            "flagged" => style("! flagged    ").yellow(),
            _ => style("· not started").dim(),
        };
        println!("  {mark}  {}", g.id);
        if let Some(flag) = &g.flag {
            println!("      {flag}");
        }
    }
    println!("\nScore: {}/{}", grade.score, grade.total);
}

/// [`print`], on standard error (when standard output carries the result).
pub fn eprint(grade: &Grade) {
    for g in &grade.exercises {
        eprintln!("  {:<11}  {}", g.status, g.id);
        if let Some(flag) = &g.flag {
            eprintln!("      {flag}");
        }
    }
    eprintln!("\nScore: {}/{}", grade.score, grade.total);
}
