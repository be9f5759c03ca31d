//! `cargo course`: the learner's checker (and the authors' verifier).

mod book_order;
mod capture;
mod cargo;
mod check;
mod class_report;
mod commands;
mod grade;
mod json;
mod judge;
mod libtest;
mod outcome;
mod pristine;
mod process;
mod replay;
mod report;
mod state;
mod status;
mod sync;
mod verify;
mod watch;

use std::process::ExitCode;

use anyhow::{anyhow, Context as _, Result};
use clap::{Parser, Subcommand};
use console::style;
use course_meta::Course;

/// Rust Pro's exercise checker. Run it from anywhere inside the course.
///
/// The loop: `list` → `check` → `hint` → fix → `check` → `next`.
#[derive(Parser)]
#[command(name = "cargo course", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every exercise by part and chapter, with its status and a progress bar.
    List,
    /// Run an exercise's tests and explain the result (default: the next unsolved one).
    Check {
        /// The exercise id, as shown by `cargo course list` and in the book.
        id: Option<String>,
        /// Check the reference solution instead of your file (for authors).
        #[arg(long)]
        solution: bool,
        /// Print the result as JSON (per test: name, status, message, output).
        #[arg(long)]
        json: bool,
        /// For graded runs (classroom autograding): refuse to check an
        /// exercise whose tests differ from the course's.
        #[arg(long)]
        strict: bool,
    },
    /// Show which exercise comes next, and where its file and chapter are.
    Next,
    /// Re-check an exercise whenever you save it (default: the next unsolved one).
    Watch {
        /// The exercise id.
        id: Option<String>,
    },
    /// Show the next hint for an exercise (one more each time).
    Hint {
        /// The exercise id.
        id: String,
    },
    /// Show the reference solution, once your exercise passes.
    Solution {
        /// The exercise id.
        id: String,
        /// Show it even though your exercise does not pass yet.
        #[arg(long)]
        force: bool,
    },
    /// Restore an exercise's original stub; your version is backed up first.
    Reset {
        /// The exercise id.
        id: String,
    },
    /// A summary of your progress.
    Progress {
        /// Print it as JSON.
        #[arg(long)]
        json: bool,
    },
    /// For authors and CI: every stub fails, every solution passes, every
    /// exercise is placed in exactly one chapter.
    Verify,
    /// For authors: update the generated test targets, the aggregate test
    /// and the pristine record after editing exercises.toml or the tests.
    Sync {
        /// Also record changed stubs as the course's originals (authors
        /// only: in a learner's checkout the stubs are the learner's work).
        #[arg(long)]
        stubs: bool,
    },
    /// For autograding: every exercise checked strictly (edited tests are
    /// flagged, not passed), with a score. Fails unless every graded
    /// exercise passes.
    Grade {
        /// Grade only this part (its cargo feature, such as `part3`).
        #[arg(long, value_name = "partN")]
        part: Option<String>,
        /// Also write the grade as JSON to this file.
        #[arg(long, value_name = "FILE")]
        json: Option<std::path::PathBuf>,
        /// Print only the result line GitHub Classroom's reporter reads
        /// (`result=BASE64`, for `$GITHUB_OUTPUT`; one point per exercise),
        /// the table on stderr, and succeed whatever the score.
        #[arg(long)]
        classroom: bool,
    },
    /// For instructors: a class table from learners' `progress --json`
    /// files (who passed what, where the class is stuck), as Markdown.
    Report {
        /// The learners' files, or folders of them (`.json`).
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Also write the report as an HTML page to this file.
        #[arg(long, value_name = "FILE")]
        html: Option<std::path::PathBuf>,
    },
    /// For scripts: one line per exercise, tab-separated: id, chapter,
    /// number of hints, path.
    #[command(hide = true)]
    Manifest,
}

fn main() -> ExitCode {
    // Started by cargo as the compiler wrapper of a check's build: record
    // the exercise's compile and run rustc (see `replay`).
    if let Some(code) = replay::run_as_wrapper() {
        return code;
    }
    let cli = Cli::parse();
    // Test processes run in process groups of their own, out of reach of
    // the terminal's Ctrl-C: stop them ourselves, then leave.
    process::become_subreaper();
    let _ = ctrlc::set_handler(|| {
        process::interrupt();
        std::process::exit(130);
    });
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
    Course::load_allowing_missing_stubs(&root).map_err(|e| anyhow!("{e}"))
}

fn run(command: Command) -> Result<ExitCode> {
    // The class report needs no course: instructors run it anywhere.
    if let Command::Report { files, html } = &command {
        return class_report(files, html.as_deref());
    }
    let course = load_course()?;
    match command {
        Command::List => commands::list(&course),
        Command::Check {
            id,
            solution,
            json,
            strict,
        } => commands::check_one(
            &course,
            id.as_deref(),
            solution,
            json,
            check::Options { strict },
        ),
        Command::Next => commands::next(&course),
        Command::Watch { id } => watch::watch(&course, id.as_deref()),
        Command::Hint { id } => commands::hint(&course, &id),
        Command::Solution { id, force } => commands::solution(&course, &id, force),
        Command::Reset { id } => commands::reset(&course, &id),
        Command::Progress { json } => commands::progress(&course, json),
        Command::Verify => verify_all(&course),
        Command::Sync { stubs } => {
            let report = sync::sync(&course, stubs)?;
            if report.written.is_empty() {
                println!("everything is up to date");
            }
            for path in &report.written {
                println!("updated {}", course.relative(path).display());
            }
            for notice in &report.notices {
                println!("{} {notice}", style("note:").yellow().bold());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Report { .. } => unreachable!("handled before the course is loaded"),
        Command::Grade {
            part,
            json,
            classroom,
        } => {
            if let Some(part) = &part {
                if !course.part_features().contains(part) {
                    anyhow::bail!(
                        "there is no part `{part}` with exercises — the parts are {}",
                        course.part_features().join(", ")
                    );
                }
            }
            let grade = grade::grade(&course, part.as_deref())?;
            if let Some(path) = json {
                std::fs::write(&path, serde_json::to_string_pretty(&grade)?)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            if classroom {
                grade::eprint(&grade);
                println!("result={}", grade::classroom_result(&grade)?);
                return Ok(ExitCode::SUCCESS);
            }
            grade::print(&grade);
            Ok(if grade.score == grade.total {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Manifest => {
            for e in &course.exercises {
                println!("{}\t{}\t{}\t{}", e.id, e.chapter, e.hints.len(), e.path);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn class_report(files: &[std::path::PathBuf], html: Option<&std::path::Path>) -> Result<ExitCode> {
    let mut order = Vec::new();
    let learners = class_report::json_files(files)?
        .iter()
        .map(|path| class_report::read_learner(path, &mut order))
        .collect::<Result<Vec<_>>>()?;
    print!("{}", class_report::markdown(&learners, &order));
    if let Some(path) = html {
        std::fs::write(path, class_report::html(&learners, &order))
            .with_context(|| format!("cannot write {}", path.display()))?;
        eprintln!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn verify_all(course: &Course) -> Result<ExitCode> {
    // Authors' check: every file, stubs included, must be there.
    Course::load(&course.root).map_err(|e| anyhow!("{e}"))?;
    let violations = verify::verify(course)?;
    if violations.is_empty() {
        println!(
            "{} all {} exercises meet the contract",
            style("✓").green().bold(),
            course.exercises.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{} {} violation(s):",
        style("✗").red().bold(),
        violations.len()
    );
    for v in &violations {
        println!("  - {}", report::indent(&v.to_string(), 4).trim_start());
    }
    Ok(ExitCode::FAILURE)
}
