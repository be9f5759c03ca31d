//! Printing results for a learner.

use console::style;
use course_meta::{Course, Exercise};

use crate::libtest::TestStatus;
use crate::outcome::Outcome;
use crate::status::Status;

/// How many compiler errors to show at once.
const MAX_ERRORS: usize = 3;

/// Prints the result of checking `exercise`, test by test.
pub fn print_outcome(course: &Course, exercise: &Exercise, outcome: &Outcome) {
    let file = course
        .relative(&course.stub_path(exercise))
        .display()
        .to_string();
    println!();
    match outcome {
        Outcome::DoesNotCompile { errors } => {
            if exercise.package.is_some() {
                // The tests are the first code to run the learner's macro.
                println!(
                    "{} {file}, or the tests that use it, does not compile:\n",
                    style("✗").red().bold()
                );
            } else {
                println!("{} {file} does not compile:\n", style("✗").red().bold());
            }
            for error in errors.iter().take(MAX_ERRORS) {
                println!("{}\n", indent(&trim_diagnostic(&error.rendered), 4));
            }
            if errors.len() > MAX_ERRORS {
                println!(
                    "    … and {} more. Fix the first ones first: later errors often follow from them.\n",
                    errors.len() - MAX_ERRORS
                );
            }
        }
        Outcome::NoTests => {
            println!(
                "{} {file} compiled, but no tests ran. Is the `#[cfg(test)] mod tests;` block at the end of the file still there?",
                style("?").yellow().bold()
            );
        }
        _ => print_tests(outcome),
    }
    match outcome {
        Outcome::TimedOut { limit, .. } => println!(
            "\n{} The tests were stopped after {} s. Look for a loop that never ends (or raise `timeout_secs` in exercises.toml if you are an author).",
            style("⏱").yellow().bold(),
            limit.as_secs()
        ),
        Outcome::Crashed { reason, .. } => {
            println!("\n{} The tests crashed: {reason}", style("✗").red().bold());
        }
        _ => {}
    }
    println!();
    if outcome.passed() {
        println!(
            "{} {} passes. Well done! Next: `cargo course list` shows what is left.",
            style("✓").green().bold(),
            style(&exercise.id).bold()
        );
    } else {
        println!(
            "{} {} is not solved yet. Edit {file}, then run `cargo course check {}` again.\n  Stuck? `cargo course hint {}` shows one hint at a time (they are also under the exercise in the book, src/{}).",
            style("→").cyan().bold(),
            style(&exercise.id).bold(),
            exercise.id,
            exercise.id,
            exercise.chapter
        );
    }
}

/// Announces the loom stage of `exercise`, after its ordinary tests passed.
pub fn print_loom_stage(exercise: &Exercise, first: &Outcome) {
    println!();
    print_tests(first);
    println!(
        "\n{} The tests pass. One more stage for this exercise:\n{} {} under the loom model checker (a release build with `--cfg loom`; the first one takes a minute or two)",
        style("✓").green().bold(),
        style("Checking").cyan().bold(),
        style(&exercise.id).bold(),
    );
}

/// Prints the result of each test and the count that pass.
fn print_tests(outcome: &Outcome) {
    let tests = outcome.tests();
    for test in tests {
        match test.status {
            TestStatus::Passed => println!("  {} {}", style("✓").green(), test.name),
            TestStatus::Ignored => println!("  {} {} (ignored)", style("-").dim(), test.name),
            TestStatus::Failed => {
                println!("  {} {}", style("✗").red(), style(&test.name).bold());
                let message = test.message.as_deref().unwrap_or("failed (no message)");
                println!("{}", indent(&explain_panic(message), 6));
            }
        }
    }
    let passed = tests
        .iter()
        .filter(|t| t.status == TestStatus::Passed)
        .count();
    if !tests.is_empty() {
        println!("\n  {passed} of {} tests pass.", tests.len());
    }
}

/// Rewords the panics of `todo!` placeholders, which untouched stubs produce; keeps
/// the rest of the message (such as where it happened).
fn explain_panic(message: &str) -> String {
    let (first, rest) = message.split_once('\n').unwrap_or((message, ""));
    let first = match first.strip_prefix("not yet implemented") {
        Some(what) => {
            let what = what.trim_start_matches(':').trim();
            let what = if what.is_empty() {
                String::new()
            } else {
                format!(" ({what})")
            };
            format!("not implemented yet: the code still reaches a `todo!`{what}")
        }
        None => first.to_string(),
    };
    if rest.is_empty() {
        first
    } else {
        format!("{first}\n{rest}")
    }
}

/// Drops rustc's trailing "For more information" lines; keeps the rest.
fn trim_diagnostic(rendered: &str) -> String {
    rendered
        .lines()
        .filter(|l| !l.starts_with("For more information about this error"))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

fn indent(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A status as a coloured word of fixed width.
pub fn status_label(status: Status) -> String {
    match status {
        Status::Passed => style("✓ passed     ").green().to_string(),
        Status::Failing => style("✗ failing    ").red().to_string(),
        Status::NotStarted => style("· not started").dim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn todo_panics_are_explained() {
        assert_eq!(
            explain_panic("not yet implemented: return the first word\n(at x.rs:3:5)"),
            "not implemented yet: the code still reaches a `todo!` (return the first word)\n(at x.rs:3:5)"
        );
        assert_eq!(explain_panic("assertion failed"), "assertion failed");
    }
}
