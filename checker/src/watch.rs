//! `cargo course watch`: re-check the current exercise whenever it is saved.
//!
//! File events come from the operating system (through `notify`). They are
//! only a prompt to look: an exercise is re-checked when the bytes of its file
//! or its tests differ from the last check, so events for files merely being
//! opened or read (as rustc does while checking) never cause a re-check.
//! Where no events arrive at all (network file systems, some editors), the
//! learner presses Enter. Keys act at once in a terminal (no Enter needed);
//! from a pipe, one command per line. When the exercise passes, the watch
//! moves on to the next unsolved one.

use std::collections::HashSet;
use std::io::BufRead as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use anyhow::{Context as _, Result};
use console::style;
use course_meta::{Course, Exercise};
use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{new_debouncer, DebounceEventResult, Debouncer};

use crate::check::{check_all_stages, Options};
use crate::commands::{find, hint, next_unsolved_except, statuses};
use crate::pristine::sha256_hex;
use crate::{report, status};
use course_meta::Side;

/// What can wake the watch loop.
#[derive(Debug)]
enum Wake {
    /// Files changed on disk (or were touched: see [`Watched::changed`]).
    Changed(Vec<PathBuf>),
    /// The learner pressed Enter.
    Rerun,
    /// The learner asked for a hint.
    Hint,
    /// The learner typed `q`, or input ended.
    Quit,
}

/// The files of the exercise being watched, and their content at the last check.
struct Watched {
    files: Vec<PathBuf>,
    fingerprint: String,
}

impl Watched {
    fn new(files: Vec<PathBuf>) -> Self {
        let fingerprint = fingerprint(&files);
        Watched { files, fingerprint }
    }

    /// Whether one of `paths` is ours and our content differs from the last check.
    fn changed(&self, paths: &[PathBuf]) -> bool {
        let ours = paths
            .iter()
            .any(|p| self.files.iter().any(|f| same_file(p, f)));
        ours && fingerprint(&self.files) != self.fingerprint
    }
}

fn fingerprint(files: &[PathBuf]) -> String {
    let mut bytes = Vec::new();
    for file in files {
        bytes.extend(std::fs::read(file).unwrap_or_default());
        bytes.push(0);
    }
    sha256_hex(&bytes)
}

/// Runs the watch loop until the learner quits or every exercise passes.
pub fn watch(course: &Course, id: Option<&str>) -> Result<ExitCode> {
    // Exercises that passed during this watch: never picked again, even if
    // their file is still the (passing) original.
    let mut passed_here: HashSet<String> = HashSet::new();
    let mut current: &Exercise = match id {
        Some(id) => find(course, id)?,
        None => match next_to_watch(course, &passed_here)? {
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
        let watched = Watched::new(vec![course.stub_path(current), course.tests_path(current)]);
        println!(
            "\n{} {} — {}",
            style("Checking").cyan().bold(),
            style(&current.id).bold(),
            current.title
        );
        let outcome = check_all_stages(
            course,
            current,
            Side::Exercises,
            Options::default(),
            |first| {
                report::print_loom_stage(course, current, first);
            },
        )?;
        status::remember(course, current, &outcome);
        report::print_outcome(course, current, &outcome);
        if outcome.passed() {
            passed_here.insert(current.id.clone());
            match next_to_watch(course, &passed_here)? {
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
        println!(
            "\n{} {} — save it to re-check. Keys: r or Enter re-check · h hint · q quit",
            style("Watching").cyan().bold(),
            course.relative(&course.stub_path(current)).display()
        );
        loop {
            match wait(&rx, &watched) {
                Wake::Quit => return Ok(ExitCode::SUCCESS),
                Wake::Hint => hint(course, &current.id).map(drop)?,
                Wake::Rerun | Wake::Changed(_) => break,
            }
        }
    }
}

/// The next exercise in book order that neither passes nor passed during
/// this watch, after the one checked last (as `cargo course next` picks it):
/// a learner who just solved a Part III exercise is not sent back to one
/// skipped in Part I.
fn next_to_watch<'c>(
    course: &'c Course,
    passed_here: &HashSet<String>,
) -> Result<Option<&'c Exercise>> {
    let statuses = statuses(course)?;
    Ok(next_unsolved_except(course, &statuses, |e| {
        passed_here.contains(&e.id)
    }))
}

/// Blocks until something relevant happens: a real change to the watched
/// files, or a key.
fn wait(rx: &Receiver<Wake>, watched: &Watched) -> Wake {
    loop {
        match rx.recv() {
            Err(_) => return Wake::Quit,
            Ok(Wake::Changed(paths)) => {
                if watched.changed(&paths) {
                    return Wake::Changed(paths);
                }
            }
            Ok(other) => return other,
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

/// Watches the exercise and test folders (folders, not files: many editors
/// save by writing a new file and renaming it over the old one).
fn watch_files(course: &Course, tx: Sender<Wake>) -> Result<Debouncer<RecommendedWatcher>> {
    let mut debouncer = new_debouncer(
        Duration::from_millis(150),
        move |result: DebounceEventResult| {
            if let Ok(events) = result {
                let _ = tx.send(Wake::Changed(events.into_iter().map(|e| e.path).collect()));
            }
        },
    )
    .context("cannot watch files here — use `cargo course check ID` instead")?;
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

/// Reads keys on a thread of its own: single key presses from a terminal
/// (through `console`), or one command per line from a pipe.
fn read_keys(tx: Sender<Wake>) {
    std::thread::spawn(move || {
        use std::io::IsTerminal as _;
        let term = console::Term::stdout();
        if std::io::stdin().is_terminal() && term.is_term() {
            loop {
                let wake = match term.read_key() {
                    Ok(console::Key::Enter | console::Key::Char(' ' | 'r')) => Wake::Rerun,
                    Ok(console::Key::Char('h')) => Wake::Hint,
                    Ok(console::Key::Char('q') | console::Key::Escape | console::Key::CtrlC)
                    | Err(_) => Wake::Quit,
                    Ok(_) => continue,
                };
                let quit = matches!(wake, Wake::Quit);
                if tx.send(wake).is_err() || quit {
                    return;
                }
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_without_a_change_of_content_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ex.rs");
        std::fs::write(&file, "fn a() {}\n").unwrap();
        let watched = Watched::new(vec![file.clone()]);
        let (tx, rx) = mpsc::channel();
        // An event for our file with the same bytes (as when rustc opens it),
        // and one for an unrelated file: both ignored; the key is what wakes.
        tx.send(Wake::Changed(vec![file.clone()])).unwrap();
        tx.send(Wake::Changed(vec![dir.path().join("other.rs")]))
            .unwrap();
        tx.send(Wake::Rerun).unwrap();
        assert!(matches!(wait(&rx, &watched), Wake::Rerun));
        // A real change wakes it.
        std::fs::write(&file, "fn a() { let _ = 1; }\n").unwrap();
        tx.send(Wake::Changed(vec![file])).unwrap();
        assert!(matches!(wait(&rx, &watched), Wake::Changed(_)));
        // Input ending quits.
        drop(tx);
        assert!(matches!(wait(&rx, &watched), Wake::Quit));
    }
}
