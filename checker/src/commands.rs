//! One function per `cargo course` command.

use std::io::Write as _;
use std::process::ExitCode;

use anyhow::{anyhow, Context as _, Result};
use console::style;
use course_meta::{Course, Exercise, Side};

use crate::book_order::{chapters, in_book_order};
use crate::check::{check, check_all_stages, Options};
use crate::json::{CheckReport, ExerciseProgress, Progress};
use crate::outcome::Outcome;
use crate::status::{self, Status};
use crate::{pristine, report, state};

/// Looks an exercise up, with a helpful error (and a near miss, if any).
pub fn find<'c>(course: &'c Course, id: &str) -> Result<&'c Exercise> {
    course.exercise(id).ok_or_else(|| {
        let near = course_meta::closest(id, course.exercises.iter().map(|e| e.id.as_str()), 3)
            .map(|best| format!(" (did you mean `{best}`?)"))
            .unwrap_or_default();
        anyhow!("there is no exercise `{id}`{near} — `cargo course list` shows every id")
    })
}

/// Every exercise's status, checking changed ones (with a note on stderr).
pub fn statuses(course: &Course) -> Result<Vec<Status>> {
    status::statuses(course, |exercise| {
        eprintln!(
            "{} {} (changed since its last check)",
            style("checking").dim(),
            exercise.id
        );
    })
}

/// The next exercise that does not pass, in book order, starting from the
/// exercise the learner checked last (itself, if it does not pass yet), and
/// only then from the start: a learner who just solved a Part III exercise
/// is not sent back to an exercise skipped in Part I.
pub fn next_unsolved<'c>(course: &'c Course, statuses: &[Status]) -> Option<&'c Exercise> {
    next_unsolved_except(course, statuses, |_| false)
}

/// [`next_unsolved`], passing over the exercises for which `skip` is true.
pub fn next_unsolved_except<'c>(
    course: &'c Course,
    statuses: &[Status],
    skip: impl Fn(&Exercise) -> bool,
) -> Option<&'c Exercise> {
    let order = in_book_order(course);
    let after = status::last_checked(course)
        .and_then(|(last, passed)| {
            let at = order.iter().position(|p| p.exercise.id == last)?;
            Some(at + usize::from(passed))
        })
        .unwrap_or(0)
        .min(order.len());
    order[after..]
        .iter()
        .chain(&order[..after])
        .find(|p| statuses[p.index] != Status::Passed && !skip(p.exercise))
        .map(|p| p.exercise)
}

/// `cargo course list`.
pub fn list(course: &Course) -> Result<ExitCode> {
    let statuses = statuses(course)?;
    let mut part: Option<String> = None;
    for group in chapters(course) {
        if part.as_ref() != Some(&group.part) {
            println!("\n{}", style(&group.part).bold().underlined());
        }
        part = Some(group.part.clone());
        println!(
            "\n  {} {}",
            style(&group.title).bold(),
            style(format!("(src/{})", group.path)).dim()
        );
        for placed in &group.exercises {
            let e = placed.exercise;
            println!(
                "    {}  {:<28} {} {:<6} {:>3} min  {}",
                report::status_label(statuses[placed.index]),
                e.id,
                e.difficulty.stars(),
                e.difficulty.to_string(),
                e.minutes,
                e.title
            );
        }
    }
    println!();
    print_progress_bar(&statuses);
    match next_unsolved(course, &statuses) {
        Some(next) => println!("Next up: {} — `cargo course check {}`", next.title, next.id),
        None => println!(
            "{} Every exercise passes. Well done!",
            style("✓").green().bold()
        ),
    }
    Ok(ExitCode::SUCCESS)
}

fn print_progress_bar(statuses: &[Status]) {
    const WIDTH: usize = 30;
    let total = statuses.len().max(1);
    let passed = statuses.iter().filter(|s| **s == Status::Passed).count();
    let failing = statuses.iter().filter(|s| **s == Status::Failing).count();
    let done = passed * WIDTH / total;
    let started = (failing * WIDTH / total).min(WIDTH - done);
    println!(
        "Progress [{}{}{}] {passed}/{} passed ({}%), {failing} in progress",
        style("█".repeat(done)).green(),
        style("▒".repeat(started)).yellow(),
        "░".repeat(WIDTH - done - started),
        statuses.len(),
        passed * 100 / total
    );
}

/// `cargo course check [ID]`.
pub fn check_one(
    course: &Course,
    id: Option<&str>,
    solution: bool,
    json: bool,
    options: Options,
) -> Result<ExitCode> {
    let exercise = match id {
        Some(id) => find(course, id)?,
        None => {
            let statuses = statuses(course)?;
            match next_unsolved(course, &statuses) {
                Some(next) => next,
                None if json => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&CheckReport::all_passed())?
                    );
                    return Ok(ExitCode::SUCCESS);
                }
                None => {
                    println!(
                        "{} Every exercise passes. Nothing left to check.",
                        style("✓").green().bold()
                    );
                    return Ok(ExitCode::SUCCESS);
                }
            }
        }
    };
    let side = if solution {
        Side::Solutions
    } else {
        Side::Exercises
    };
    if !json {
        println!(
            "{} {} — {}",
            style("Checking").cyan().bold(),
            style(&exercise.id).bold(),
            exercise.title
        );
    }
    // For a loom exercise whose tests pass, the model checker has the last word.
    let outcome = check_all_stages(course, exercise, side, options, |first| {
        if !json {
            report::print_loom_stage(course, exercise, first);
        }
    })?;
    if !solution {
        status::remember(course, exercise, &outcome);
    }
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&CheckReport::new(&exercise.id, &outcome))?
        );
    } else {
        report::print_outcome(course, exercise, &outcome);
    }
    Ok(exit_code(&outcome))
}

fn exit_code(outcome: &Outcome) -> ExitCode {
    if outcome.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `cargo course next`.
pub fn next(course: &Course) -> Result<ExitCode> {
    let statuses = statuses(course)?;
    let Some(exercise) = next_unsolved(course, &statuses) else {
        println!(
            "{} Every exercise passes. Well done!",
            style("✓").green().bold()
        );
        return Ok(ExitCode::SUCCESS);
    };
    let index = course
        .exercises
        .iter()
        .position(|e| e.id == exercise.id)
        .unwrap_or_default();
    let state = match statuses[index] {
        Status::Failing => "in progress",
        _ => "not started",
    };
    println!(
        "Next: {} — {} ({state})",
        style(&exercise.id).bold(),
        exercise.title
    );
    println!(
        "  file:    {}",
        course.relative(&course.stub_path(exercise)).display()
    );
    println!(
        "  chapter: {} (src/{}, in the book under the exercise's title)",
        course.chapter_title(&exercise.chapter),
        exercise.chapter
    );
    println!(
        "  {} {} · about {} min · {}",
        exercise.difficulty.stars(),
        exercise.difficulty,
        exercise.minutes,
        exercise.kind.label()
    );
    println!(
        "Check it with `cargo course check {}`, or keep it checked with `cargo course watch`.",
        exercise.id
    );
    Ok(ExitCode::SUCCESS)
}

/// `cargo course hint ID`: the next hint, one per call.
pub fn hint(course: &Course, id: &str) -> Result<ExitCode> {
    let exercise = find(course, id)?;
    let shown = state::hints_shown(course).get(id).copied().unwrap_or(0);
    let total = exercise.hints.len();
    let n = shown.min(total - 1); // after the last one, repeat it
    println!(
        "{} {} of {total} for {}:\n",
        style("Hint").yellow().bold(),
        n + 1,
        exercise.id
    );
    println!("  {}\n", exercise.hints[n].replace('\n', "\n  "));
    if n + 1 < total {
        println!("Run `cargo course hint {id}` again for the next one.");
    } else {
        println!("That was the last hint. `cargo course solution {id}` shows the reference solution once your exercise passes.");
    }
    state::set_hints_shown(course, id, n + 1);
    Ok(ExitCode::SUCCESS)
}

/// `cargo course solution ID [--force]`.
pub fn solution(course: &Course, id: &str, force: bool) -> Result<ExitCode> {
    let exercise = find(course, id)?;
    if !force {
        let outcome = check(course, exercise, Side::Exercises, Options::default())?;
        status::remember(course, exercise, &outcome);
        if !outcome.passed() {
            println!(
                "{} `{id}` does not pass yet, so its solution stays hidden: solving it yourself is where the learning is.\n  Try `cargo course hint {id}`, or see it anyway with `cargo course solution {id} --force`.",
                style("→").cyan().bold()
            );
            return Ok(ExitCode::FAILURE);
        }
    }
    let path = course.solution_path(exercise);
    let code = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    println!(
        "{} {}\n",
        style("Reference solution:").green().bold(),
        course.relative(&path).display()
    );
    print!("{code}");
    std::io::stdout().flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `cargo course reset ID`: back up the learner's file, restore the stub.
pub fn reset(course: &Course, id: &str) -> Result<ExitCode> {
    let exercise = find(course, id)?;
    let original = pristine::original_stub(course, exercise)?;
    let path = course.stub_path(exercise);
    let Ok(current) = std::fs::read(&path) else {
        // The file was deleted: there is nothing to back up.
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        std::fs::write(&path, &original)
            .with_context(|| format!("cannot write {}", path.display()))?;
        println!(
            "{} {} is back to the original stub.",
            style("✓").green().bold(),
            course.relative(&path).display()
        );
        return Ok(ExitCode::SUCCESS);
    };
    if current == original {
        println!(
            "{} is already the original stub; nothing to do.",
            course.relative(&path).display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let backup = pristine::back_up(course, exercise)?;
    std::fs::write(&path, &original).with_context(|| {
        format!(
            "cannot write {} (your version is safe in {})",
            path.display(),
            backup.display()
        )
    })?;
    println!(
        "{} {} is back to the original stub.\n  Your version was saved to {}",
        style("✓").green().bold(),
        course.relative(&path).display(),
        course.relative(&backup).display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `cargo course progress [--json]`.
pub fn progress(course: &Course, json: bool) -> Result<ExitCode> {
    let statuses = statuses(course)?;
    let count = |s: Status| statuses.iter().filter(|x| **x == s).count();
    let mut exercises = Vec::new();
    let mut minutes_done = 0;
    for group in chapters(course) {
        for placed in &group.exercises {
            let e = placed.exercise;
            let status = statuses[placed.index];
            if status == Status::Passed {
                minutes_done += e.minutes;
            }
            exercises.push(ExerciseProgress {
                id: e.id.clone(),
                title: e.title.clone(),
                part: group.part.clone(),
                chapter: group.title.clone(),
                status,
                minutes: e.minutes,
            });
        }
    }
    let summary = Progress {
        version: crate::json::VERSION,
        learner: git_user_name(course),
        total: statuses.len(),
        passed: count(Status::Passed),
        failing: count(Status::Failing),
        not_started: count(Status::NotStarted),
        minutes_done,
        minutes_total: course.exercises.iter().map(|e| e.minutes).sum(),
        exercises,
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
        return Ok(ExitCode::SUCCESS);
    }
    print_progress_bar(&statuses);
    println!(
        "{} passed, {} in progress, {} not started — about {} of {} exercise minutes done.",
        summary.passed,
        summary.failing,
        summary.not_started,
        summary.minutes_done,
        summary.minutes_total
    );
    let mut part_totals: Vec<(String, usize, usize)> = Vec::new();
    for e in &summary.exercises {
        let part = e.part.clone();
        match part_totals.iter_mut().find(|(p, _, _)| *p == part) {
            Some((_, passed, total)) => {
                *total += 1;
                *passed += usize::from(e.status == Status::Passed);
            }
            None => part_totals.push((part, usize::from(e.status == Status::Passed), 1)),
        }
    }
    for (part, passed, total) in part_totals {
        println!("  {part}: {passed}/{total}");
    }
    Ok(ExitCode::SUCCESS)
}

/// git's `user.name` in the course checkout, if git and the setting exist.
fn git_user_name(course: &Course) -> Option<String> {
    let output = std::process::Command::new("git")
        .args(["config", "user.name"])
        .current_dir(&course.root)
        .output()
        .ok()?;
    let name = String::from_utf8_lossy(&output.stdout).trim().to_string();
    (output.status.success() && !name.is_empty()).then_some(name)
}
