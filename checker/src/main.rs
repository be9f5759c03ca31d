//! `cargo course`: the learner's checker (and the authors' verifier).

mod cargo;
mod check;
mod libtest;
mod outcome;
mod report;
mod runner;
mod status;
mod sync;
mod verify;

use std::process::ExitCode;

use anyhow::{anyhow, Context as _, Result};
use clap::{Parser, Subcommand};
use console::style;
use course_meta::Course;

use crate::check::Package;
use crate::status::Status;

/// Rust Pro's exercise checker. Run it from anywhere inside the course.
#[derive(Parser)]
#[command(name = "cargo course", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every exercise with its status: passed, failing or not started.
    List,
    /// Run one exercise's tests and explain the result.
    Check {
        /// The exercise id, as shown by `cargo course list` and in the book.
        id: String,
        /// Check the reference solution instead of your file (for authors).
        #[arg(long)]
        solution: bool,
    },
    /// For authors and CI: every stub fails, every solution passes, every
    /// exercise is placed in exactly one chapter.
    Verify,
    /// For authors: update the generated test targets and stub hashes after
    /// editing exercises.toml or a stub.
    Sync,
    /// For scripts: one line per exercise, tab-separated: id, chapter,
    /// number of hints, path.
    #[command(hide = true)]
    Manifest,
}

fn main() -> ExitCode {
    // `cargo course ...` runs us as `checker ...`; `cargo-course course ...`
    // style invocations are not used, so the arguments are ours as given.
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{} {err:#}", style("error:").red().bold());
            ExitCode::FAILURE
        }
    }
}

fn load_course() -> Result<Course> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let root = Course::find_root(&cwd).ok_or_else(|| {
        anyhow!(
            "no {} found in {} or any parent — run this inside the course checkout",
            course_meta::MANIFEST_FILE,
            cwd.display()
        )
    })?;
    Course::load(&root).map_err(|e| anyhow!("{e}"))
}

fn run(command: Command) -> Result<ExitCode> {
    let course = load_course()?;
    match command {
        Command::List => list(&course),
        Command::Check { id, solution } => check_one(&course, &id, solution),
        Command::Verify => {
            let violations = verify::verify(&course)?;
            if violations.is_empty() {
                println!(
                    "{} all {} exercises meet the contract",
                    style("✓").green().bold(),
                    course.exercises.len()
                );
                Ok(ExitCode::SUCCESS)
            } else {
                println!(
                    "{} {} violation(s):",
                    style("✗").red().bold(),
                    violations.len()
                );
                for v in &violations {
                    println!("  - {v}");
                }
                Ok(ExitCode::FAILURE)
            }
        }
        Command::Manifest => {
            for e in &course.exercises {
                println!("{}\t{}\t{}\t{}", e.id, e.chapter, e.hints.len(), e.path);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Sync => {
            let written = sync::write(&course)?;
            if written.is_empty() {
                println!("everything is up to date");
            }
            for path in written {
                println!("updated {}", course.relative(&path).display());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check_one(course: &Course, id: &str, solution: bool) -> Result<ExitCode> {
    let exercise = course.exercise(id).ok_or_else(|| {
        anyhow!("there is no exercise `{id}` — `cargo course list` shows every id")
    })?;
    let package = if solution {
        Package::Solutions
    } else {
        Package::Exercises
    };
    println!(
        "{} {} — {}",
        style("Checking").cyan().bold(),
        style(&exercise.id).bold(),
        exercise.title
    );
    let outcome = check::check(course, exercise, package)?;
    if !solution {
        status::remember(course, exercise, &outcome);
    }
    report::print_outcome(course, exercise, &outcome);
    Ok(if outcome.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn list(course: &Course) -> Result<ExitCode> {
    let statuses = status::statuses(course, |exercise| {
        eprintln!(
            "{} {} (changed since its last check)",
            style("checking").dim(),
            exercise.id
        );
    })?;
    let mut chapter = "";
    for (exercise, status) in course.exercises.iter().zip(&statuses) {
        if exercise.chapter != chapter {
            chapter = &exercise.chapter;
            println!(
                "\n{} {}",
                style(course.chapter_title(chapter)).bold(),
                style(format!("(src/{chapter})")).dim()
            );
        }
        println!(
            "  {}  {:<28} {} {:<6} {:>3} min  {}",
            report::status_label(*status),
            exercise.id,
            exercise.difficulty.stars(),
            exercise.difficulty.to_string(),
            exercise.minutes,
            exercise.title
        );
    }
    let done = statuses.iter().filter(|s| **s == Status::Passed).count();
    println!("\n{done} of {} exercises passed.", statuses.len());
    if let Some((next, _)) = course
        .exercises
        .iter()
        .zip(&statuses)
        .find(|(_, s)| **s != Status::Passed)
    {
        println!("Next up: {} — `cargo course check {}`", next.title, next.id);
    }
    Ok(ExitCode::SUCCESS)
}
