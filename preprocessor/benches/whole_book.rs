//! How long the preprocessor takes over the whole book.
//!
//! `cargo bench -p mdbook-course` measures a complete run as mdBook
//! triggers it on every build (load the manifest, then expand every
//! directive in every chapter), the expansion alone, and the same over a
//! chapter of 100,000 lines of mdBook's own directives. The measured numbers
//! are recorded in preprocessor/README.md.

use std::path::{Path, PathBuf};

use course_meta::Course;
use criterion::{criterion_group, criterion_main, Criterion};
use mdbook_course::{BookProcessor, Chapter, Settings};

/// Every chapter under `src/` (but SUMMARY.md), as (path, markdown).
fn book(root: &Path) -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    let src = root.join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .filter(|f| !f.ends_with("SUMMARY.md"))
        .map(|f| {
            let path = f
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (path, std::fs::read_to_string(&f).unwrap())
        })
        .collect()
}

fn process(processor: &BookProcessor, chapters: &[(String, String)]) {
    let mut contents: Vec<String> = chapters.iter().map(|(_, c)| c.clone()).collect();
    let chapters = chapters
        .iter()
        .zip(contents.iter_mut())
        .map(|((path, _), content)| Chapter {
            part: None,
            title: path.clone(),
            path: path.clone(),
            content,
        })
        .collect();
    processor.process(chapters).expect("the book is valid");
    std::hint::black_box(contents);
}

/// A chapter of `lines` lines of mdBook's own directives (`{{#include}}` and
/// friends), in paragraphs of eight lines: none is ours, but each is looked
/// at by the scanner.
fn mdbook_directives_chapter(lines: usize) -> String {
    let mut chapter = String::new();
    for i in 0..lines {
        chapter.push_str(match i % 4 {
            0 => "{{#include file.rs}}\n",
            1 => "{{#rustdoc_include ../listings/ch01/src/main.rs:2:10}}\n",
            2 => "{{#playground example.rs}}\n",
            _ => "See {{#include notes.md:intro}} for details.\n",
        });
        if i % 8 == 7 {
            chapter.push('\n');
        }
    }
    chapter
}

fn whole_book(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf();
    let chapters = book(&root);
    c.bench_function("whole book: load manifest + expand every directive", |b| {
        b.iter(|| {
            let processor = BookProcessor::new(&root, Settings::default()).unwrap();
            process(&processor, &chapters);
        })
    });
    let processor = BookProcessor::with_course(Course::load(&root).unwrap(), Settings::default());
    c.bench_function("whole book: expand every directive", |b| {
        b.iter(|| process(&processor, &chapters))
    });

    // The scanner must stay linear in a chapter's length, whatever `{{#`
    // it holds (it once counted lines from the start for each one).
    let long = mdbook_directives_chapter(100_000);
    c.bench_function("scan a chapter of 100,000 mdBook directive lines", |b| {
        b.iter(|| course_meta::directive::scan(std::hint::black_box(&long)))
    });
    let mut with_long = chapters.clone();
    with_long.push(("long.md".into(), long));
    c.bench_function(
        "whole book plus that chapter: expand every directive",
        |b| b.iter(|| process(&processor, &with_long)),
    );
}

criterion_group!(benches, whole_book);
criterion_main!(benches);
