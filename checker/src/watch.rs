//! `cargo course watch`: re-check the current exercise whenever it is saved.
//!
//! File events come from the operating system (through `notify`). Where they
//! do not arrive (network file systems, some editors' save strategies), the
//! learner presses Enter to re-check by hand. When the exercise passes, the
//! watch moves on to the next unsolved one.

use std::io::BufRead as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use anyhow::{Context as _, Result};
use console::style;
use course_meta::{Course, Exercise};
use notify_debouncer_mini::notify::RecursiveMode;
use notify_debouncer_mini::{new_debouncer, DebounceEventResult};

use crate::check::{check, Package};
use crate::commands::{find, hint, next_unsolved, statuses};
use crate::{report, status};

/// What can wake the watch loop.
enum Wake {
    /// These files changed on disk.
    Changed(Vec<PathBuf>),
    /// The learner pressed Enter.
    Rerun,
    /// The learner asked for a hint.
    Hint,
    /// The learner typed `q`, or input ended.
    Quit,
}

/// Runs the watch loop until the learner quits or every exercise passes.
pub fn watch(course: &Course, id: Option<&str>) -> Result<ExitCode> {
    let mut current: &Exercise = match id {
        Some(id) => find(course, id)?,
        None => match next_unsolved(course, &statuses(course)?) {
            Some(next) => next,
            None => {
                println!(
                    "{} Every exercise passes. Nothing to watch.",
                    style("✓").green().bold()
                );
                return Ok(ExitCode::SUCCESS);
            }
        },
    };
    let (tx, rx) = mpsc::channel();
    let _watcher = watch_files(course, tx.clone())?;
    read_keys(tx);
    loop {
        println!(
            "\n{} {} — {}",
            style("Checking").cyan().bold(),
            style(&current.id).bold(),
            current.title
        );
        let outcome = check(course, current, Package::Exercises)?;
        status::remember(course, current, &outcome);
        report::print_outcome(course, current, &outcome);
        if outcome.passed() {
            match next_unsolved(course, &statuses(course)?) {
                Some(next) => {
                    println!(
                        "\n{} Moving on to {}.",
                        style("→").cyan().bold(),
                        style(&next.id).bold()
                    );
                    current = next;
                    continue;
                }
                None => {
                    println!(
                        "{} Every exercise passes. Well done!",
                        style("✓").green().bold()
                    );
                    return Ok(ExitCode::SUCCESS);
                }
            }
        }
        let file = course.stub_path(current);
        println!(
            "\n{} {} — save it to re-check. Keys: Enter re-check · h hint · q quit",
            style("Watching").cyan().bold(),
            course.relative(&file).display()
        );
        match wait(&rx, &[file, course.tests_path(current)]) {
            Wake::Quit => return Ok(ExitCode::SUCCESS),
            Wake::Hint => {
                hint(course, &current.id)?;
                // Wait again without re-checking: nothing changed.
                if let Wake::Quit = wait(
                    &rx,
                    &[course.stub_path(current), course.tests_path(current)],
                ) {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            Wake::Rerun | Wake::Changed(_) => {}
        }
    }
}

/// Blocks until something relevant happens: a change to one of `files`, or a key.
fn wait(rx: &Receiver<Wake>, files: &[PathBuf]) -> Wake {
    loop {
        match rx.recv() {
            Err(_) => return Wake::Quit,
            Ok(Wake::Changed(paths)) => {
                if paths.iter().any(|p| files.iter().any(|f| same_file(p, f))) {
                    return Wake::Changed(paths);
                }
            }
            Ok(other) => return other,
        }
    }
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    a == b || (a.canonicalize().ok().is_some() && a.canonicalize().ok() == b.canonicalize().ok())
}

/// Watches the exercise and test folders (folders, not files: many editors
/// save by writing a new file and renaming it over the old one).
fn watch_files(
    course: &Course,
    tx: Sender<Wake>,
) -> Result<notify_debouncer_mini::Debouncer<notify_debouncer_mini::notify::RecommendedWatcher>> {
    let mut debouncer = new_debouncer(
        Duration::from_millis(150),
        move |result: DebounceEventResult| {
            if let Ok(events) = result {
                let _ = tx.send(Wake::Changed(events.into_iter().map(|e| e.path).collect()));
            }
        },
    )
    .context("cannot watch files here — press Enter to re-check by hand")?;
    for dir in [
        course.root.join(course_meta::EXERCISES_DIR).join("src"),
        course.root.join(course_meta::TESTS_DIR),
    ] {
        debouncer
            .watcher()
            .watch(&dir, RecursiveMode::Recursive)
            .with_context(|| format!("cannot watch {}", dir.display()))?;
    }
    Ok(debouncer)
}

/// Reads keys (one per line) from stdin on its own thread.
fn read_keys(tx: Sender<Wake>) {
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let wake = match line.as_deref().map(str::trim) {
                Ok("q" | "quit") | Err(_) => Wake::Quit,
                Ok("h" | "hint") => Wake::Hint,
                Ok(_) => Wake::Rerun,
            };
            let quit = matches!(wake, Wake::Quit);
            if tx.send(wake).is_err() || quit {
                return;
            }
        }
        let _ = tx.send(Wake::Quit);
    });
}
