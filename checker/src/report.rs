//! Printing results for a learner.

use console::style;
use course_meta::{Course, Exercise};

use crate::outcome::{Note, Outcome, Stop, TestStatus};
use crate::status::Status;

/// How many compiler errors to show at once.
const MAX_ERRORS: usize = 3;

/// Prints the result of checking `exercise`, test by test, then what to do
/// next.
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
        Outcome::TestsDetached { tests_file } => {
            println!(
                "{} {file} compiled, but without the course's tests ({tests_file}).\n  The lines that attach them at the end of the file were removed or changed:\n\n      #[cfg(test)]\n      #[path = \"…/{tests_file}\"]\n      mod tests;\n\n  Put them back as they were in the original stub (`git diff {file}` shows what changed).",
                style("✗").red().bold()
            );
        }
        Outcome::Ran { .. } => print_tests(course, exercise, outcome),
    }
    match outcome.stop() {
        Some(Stop::TimedOut { limit }) => println!(
            "\n{} The tests were stopped after {} s. Look for a loop that never ends, or a wait that is never woken (authors: `timeout_secs` in exercises.toml sets the limit).",
            style("⏱").yellow().bold(),
            limit.as_secs_f64()
        ),
        Some(Stop::Crashed { reason }) => {
            println!("\n{} The tests crashed: {reason}", style("✗").red().bold());
        }
        Some(Stop::Flooded { cap }) => println!(
            "\n{} The tests were stopped: together they printed more than {} MiB. Look for a print inside a loop that never ends.",
            style("✗").red().bold(),
            cap >> 20
        ),
        None => {}
    }
    for note in outcome.notes() {
        match note {
            Note::TestsEdited { file: tests } => println!(
                "\n{} {tests} differs from the course's tests, so this result does not count: an exercise is solved when the course's own tests pass.\n  Restore them with `git checkout -- {tests}` (copy the file first if you want to keep your version).",
                style("!").yellow().bold()
            ),
            Note::Stragglers(n) => println!(
                "\n{} The tests left {n} process(es) running; the checker stopped them. Code that starts processes should wait for them (`Child::wait`) or stop them.",
                style("!").yellow().bold()
            ),
        }
    }
    println!();
    if outcome.passed() {
        println!(
            "{} {} passes. Well done! Next: `cargo course next` shows the next exercise.",
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
pub fn print_loom_stage(course: &Course, exercise: &Exercise, first: &Outcome) {
    println!();
    print_tests(course, exercise, first);
    println!(
        "\n{} The tests pass. One more stage for this exercise:\n{} {} under the loom model checker (a release build with `--cfg loom`; the first one takes a minute or two)",
        style("✓").green().bold(),
        style("Checking").cyan().bold(),
        style(&exercise.id).bold(),
    );
}

/// Prints the result of each test and the count that pass.
fn print_tests(course: &Course, exercise: &Exercise, outcome: &Outcome) {
    let tests = outcome.tests();
    let file = course
        .relative(&course.stub_path(exercise))
        .display()
        .to_string();
    for test in tests {
        match test.status {
            TestStatus::Passed => println!("  {} {}", style("✓").green(), test.short_name()),
            TestStatus::Ignored => {
                println!("  {} {} (ignored)", style("-").dim(), test.short_name());
            }
            TestStatus::Failed => {
                println!("  {} {}", style("✗").red(), style(test.short_name()).bold());
                let message = test.message.as_deref().unwrap_or("failed (no message)");
                println!("{}", indent(&explain_panic(message, &file), 6));
            }
            TestStatus::DidNotReport => {
                println!(
                    "  {} {} (did not report)",
                    style("✗").red(),
                    style(test.short_name()).bold()
                );
                let message = test.message.as_deref().unwrap_or("never reported a result");
                println!("{}", indent(message, 6));
            }
        }
    }
    if !tests.is_empty() {
        println!(
            "\n  {} of {} tests pass.",
            outcome.passed_count(),
            tests.len()
        );
    }
}

/// Rewords the panics of `todo!` placeholders, which untouched stubs
/// produce, and of the tests' hang guards (which gave up waiting for the
/// code in `file`); keeps the rest of the message (such as where it happened).
fn explain_panic(message: &str, file: &str) -> String {
    if message.contains("did not finish within") || message.contains("did not return within") {
        // The location is the guard's, in the tests; the hang is in the code.
        let body = message
            .lines()
            .filter(|l| !l.starts_with("(at "))
            .collect::<Vec<_>>()
            .join("\n");
        return format!("{body}\n(the test stopped waiting for your code in {file})");
    }
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

/// `text` with every non-empty line indented by `by` spaces.
pub fn indent(text: &str, by: usize) -> String {
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
            explain_panic("not yet implemented: return the first word\n(at x.rs:3:5)", "f.rs"),
            "not implemented yet: the code still reaches a `todo!` (return the first word)\n(at x.rs:3:5)"
        );
        assert_eq!(
            explain_panic("assertion failed", "f.rs"),
            "assertion failed"
        );
    }

    #[test]
    fn hang_guards_point_at_the_learners_code() {
        assert_eq!(
            explain_panic(
                "run() did not return within 2 s: a lock is never released\n(at exercise-tests/a.rs:9:5)",
                "exercises/src/a.rs"
            ),
            "run() did not return within 2 s: a lock is never released\n(the test stopped waiting for your code in exercises/src/a.rs)"
        );
    }
}
