//! `mdbook-course`: the mdBook preprocessor binary.
//!
//! Usage (by mdBook): `mdbook-course supports html`, then JSON on stdin.

use std::io::{Read as _, Write as _};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use mdbook_course::{mdbook, BookProcessor};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("supports") {
        // Markdown output works for every renderer.
        return ExitCode::SUCCESS;
    }
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<()> {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .context("cannot read mdBook's input on stdin")?;
    let (context, mut book) = mdbook::parse_input(&input)?;
    let settings = mdbook::settings(&context.config)?;
    let processor = BookProcessor::new(&context.root, settings).map_err(report)?;
    let outcome = processor
        .process(mdbook::chapters(&mut book))
        .map_err(report)?;
    for warning in &outcome.warnings {
        eprintln!("warning: {}", relative(warning));
    }
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    serde_json::to_writer(&mut lock, &book).context("cannot write the book back to mdBook")?;
    lock.flush()?;
    Ok(())
}

/// `path:line: message`, with the path relative to the book's root.
fn relative(problem: &course_meta::Problem) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let file = problem.file.strip_prefix(&cwd).unwrap_or(&problem.file);
    format!("{}:{}: {}", file.display(), problem.line, problem.message)
}

/// Turns located problems into one error that lists them.
fn report(problems: Vec<course_meta::Problem>) -> anyhow::Error {
    let lines: Vec<String> = problems.iter().map(relative).collect();
    anyhow::anyhow!(
        "the book's exercises have {} problem(s):\n{}",
        lines.len(),
        lines.join("\n")
    )
}
