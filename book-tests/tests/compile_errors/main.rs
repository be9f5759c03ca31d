//! The error a chapter shows after a `compile_fail` block is the one rustc prints.
//!
//! Every ```` ```rust,compile_fail,E0XXX ```` block of `src/**/*.md` must be
//! followed directly (nothing but blank lines between) by a ```` ```text ````
//! block holding rustc's output for it. rustdoc only checks that such a block
//! fails to compile, for any reason (stable rustdoc does not even check the
//! code). This test compiles each block with the same rustc and the same
//! crates as the doctests and checks, for every block:
//!
//! 1. it does not compile, and the first error code in its info string is the
//!    code of the first error rustc reports (a block marked only
//!    `compile_fail` must fail with an error that has no code, as macro
//!    matching errors do); every code listed must be among rustc's errors;
//! 2. the text block exists (unless the info string carries `no_error_shown`,
//!    for a chapter that deliberately shows no error: none does today), its
//!    first `error` line is rustc's first error line, and
//! 3. the whole text block is rustc's output: its first diagnostics, in
//!    order, as `cargo build` prints them without the closing summary
//!    ("aborting due to ...", "For more information ..."). A text block may
//!    stop after any whole diagnostic (blank lines separate them), but may
//!    not leave one out in the middle or change one.
//!
//! How a block is compiled (what rustdoc does, where it matters):
//! - hidden `# ` lines are compiled (rustdoc's rule, `##` stands for `#`) and
//!   count in the line numbers: mdBook's eye button shows them to the reader;
//! - `-A unused`, rustdoc's `#![allow(unused)]`, given on the command line so
//!   that the block's first line is line 1;
//! - a block without `fn main` is wrapped in one after its leading crate
//!   attributes and `extern crate` lines, and rustc's line numbers below the
//!   wrapper are moved back up one, so they count the block's own lines;
//! - edition 2021 (book-tests' edition, or an `editionYYYY` word), crate type
//!   `bin`, and the `--extern`/`-L`/`--check-cfg` flags cargo gives rustdoc
//!   for book-tests' doctests (see `rustc.rs` for how they are found);
//! - the file is `src/main.rs` in a scratch folder (`src/lib.rs` when the text
//!   block names that), compiled from that folder, so rustc names it as a
//!   cargo project's file, as the book does.
//!
//! Normalisation of rustc's output before comparing: trailing whitespace and
//! blank lines at the ends are dropped (on both sides); the registry folder
//! (`$CARGO_HOME/registry/...`) is shown as `~/.cargo/registry/...`; paths
//! into the course are shown relative to its root. std's own files appear as
//! `/rustc/COMMIT/library/...` without source lines, as rustc prints them
//! when the `rust-src` component is not installed (when it is, blocks are
//! compiled against a sysroot without it, so the output stays the same).
//! Nothing else is rewritten: thread ids (`thread 'main' (2582)`) only occur
//! in run-time output, which this test does not check.
//!
//! Warm runs: rustc's output for each block is kept under the scratch folder,
//! keyed by everything it depends on (see `Rustc::run_cached`), so a block is
//! compiled again only when it, the compiler, a flag or a crate it can use
//! has changed.
//!
//! Toolchains: the book shows the output of the pinned rustc
//! (the `channel` in `rust-toolchain.toml`). On another rustc only (1) and the presence of the
//! text blocks are enforced, because a newer rustc words some messages
//! differently; the blocks whose text differs are listed on stderr (see it
//! with `-- --nocapture`), so a toolchain bump knows what to update.
//!
//! To update the chapters after a toolchain bump or an edit, run
//! `BLESS=1 cargo test -p book-tests --test compile_errors` with the pinned
//! toolchain: it rewrites each text block that differs with rustc's output
//! (as many diagnostics as the block showed, at least up to the first error),
//! and leaves the prose to you. Wrong error codes are not rewritten.

mod blocks;
mod compare;
mod diff;
mod normalise;
mod rustc;

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use anyhow::Result;

use blocks::{Example, Program};
use compare::{check, Verdict};
use normalise::Context;
use rustc::{Diagnostic, Rustc};

/// New text for the text blocks of each chapter: (byte range, text).
type Rewrites = BTreeMap<PathBuf, Vec<(Range<usize>, String)>>;

/// The rustc release whose output the book shows: the `channel` that
/// `rust-toolchain.toml` pins (such as `1.95.0`).
fn pinned_release(root: &Path) -> String {
    let file = root.join("rust-toolchain.toml");
    let text = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
    text.lines()
        .find_map(|l| l.trim().strip_prefix("channel = \""))
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("{} pins no `channel`", file.display()))
        .to_string()
}

#[test]
fn every_compile_fail_block_shows_the_error_rustc_prints() {
    let started = Instant::now();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("book-tests sits in the course root");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("compile-errors");
    let examples = blocks::find_all(root).expect("the chapters can be read");
    assert!(
        !examples.is_empty(),
        "no `compile_fail` block found under {}",
        root.join("src").display()
    );
    let rustc = Rustc::discover(root, &scratch).expect("rustc and the doctests' flags are found");
    let pinned_release = pinned_release(root);
    let pinned = rustc.release == pinned_release;
    let bless = std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    assert!(
        !bless || pinned,
        "BLESS=1 would write rustc {}'s output, but the book shows rustc {pinned_release}'s — run it with the pinned toolchain",
        rustc.release
    );

    let programs: Vec<Program> = examples.iter().map(|e| blocks::program(&e.code)).collect();
    let outcomes = compile_all(&rustc, &examples, &programs, &scratch);

    let cargo_home = cargo_home();
    let mut failures = Vec::new();
    let mut notes = Vec::new();
    let mut rewrites: Rewrites = BTreeMap::new();
    for ((example, program), outcome) in examples.iter().zip(&programs).zip(outcomes) {
        let context = Context {
            cargo_home: cargo_home.as_deref(),
            root,
            file: file_name(example),
            wrapper_line: program.wrapper_line,
        };
        let verdict = match outcome {
            Ok(diagnostics) => check(example, &diagnostics, &rustc, &context),
            Err(error) => Verdict {
                failures: vec![format!(
                    "{}: cannot compile the block: {error:#}",
                    example.location()
                )],
                ..Verdict::default()
            },
        };
        failures.extend(verdict.failures);
        let Some(text) = verdict.text else { continue };
        if !pinned {
            notes.push(text);
            continue;
        }
        match (bless, verdict.rewrite, &example.shown) {
            (true, Some(new), Some(shown)) => match &shown.range {
                Some(range) => rewrites
                    .entry(example.chapter.clone())
                    .or_default()
                    .push((range.clone(), format!("{new}\n"))),
                None => failures.push(format!(
                    "{text}\n    BLESS cannot rewrite this text block (it is not at the top level of the page); update it by hand"
                )),
            },
            _ => failures.push(text),
        }
    }
    let blessed = rewrite_chapters(root, rewrites);

    eprintln!(
        "compile_errors: {} compile_fail blocks checked with rustc {} in {:.1} s ({} compiled, {} unchanged since the last run){}",
        examples.len(),
        rustc.release,
        started.elapsed().as_secs_f64(),
        examples.len() - rustc.cached.load(Ordering::Relaxed),
        rustc.cached.load(Ordering::Relaxed),
        if bless {
            format!("; {blessed} text blocks rewritten")
        } else {
            String::new()
        }
    );
    if !notes.is_empty() {
        eprintln!(
            "\nrustc {} is not the pinned {pinned_release}, so only error codes are enforced; {} text blocks differ from its output:\n\n{}",
            rustc.release,
            notes.len(),
            notes.join("\n")
        );
    }
    assert!(
        failures.is_empty(),
        "{} problem(s) with the errors the chapters show (rustc {}):\n\n{}\n\
         Fix the info string or the text block named in each. To write rustc's output into every text block that differs, run\n  \
         BLESS=1 cargo test -p book-tests --test compile_errors\nwith the pinned toolchain, then check that the prose still matches.",
        failures.len(),
        rustc.release,
        failures.join("\n")
    );
}

/// Compiles every block, on as many threads as there are cores.
fn compile_all(
    rustc: &Rustc,
    examples: &[Example],
    programs: &[Program],
    scratch: &Path,
) -> Vec<Result<Vec<Diagnostic>>> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<Vec<Diagnostic>>>>> =
        Mutex::new((0..examples.len()).map(|_| None).collect());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(examples.len());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(example) = examples.get(index) else {
                    break;
                };
                let edition = example.edition.as_deref().unwrap_or(&rustc.edition);
                let result = rustc.compile(
                    &scratch.join(index.to_string()),
                    file_name(example),
                    &programs[index].source,
                    edition,
                );
                results.lock().unwrap()[index] = Some(result);
            });
        }
    });
    results
        .into_inner()
        .unwrap()
        .into_iter()
        .map(|result| result.expect("every block was compiled"))
        .collect()
}

/// The file name the block's text block uses for it.
fn file_name(example: &Example) -> &'static str {
    let shown = example.shown.as_ref().map_or("", |s| s.text.as_str());
    if shown.contains("src/lib.rs") && !shown.contains("src/main.rs") {
        "src/lib.rs"
    } else {
        "src/main.rs"
    }
}

fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")))
}

/// Writes BLESS's new text blocks into the chapters; returns how many.
fn rewrite_chapters(root: &Path, rewrites: Rewrites) -> usize {
    let mut count = 0;
    for (chapter, mut edits) in rewrites {
        let path = root.join(&chapter);
        let mut text = std::fs::read_to_string(&path).expect("the chapter can be read again");
        // From the end, so that the earlier ranges stay valid.
        edits.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
        for (range, new) in edits {
            text.replace_range(range, &new);
            count += 1;
        }
        std::fs::write(&path, text)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
    count
}
