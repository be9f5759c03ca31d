//! Which chapter places which exercise, and whether that agrees with the manifest.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::directive::{scan, Directive};
use crate::{Course, Problem, BOOK_SRC_DIR};

/// An `{{#exercise}}` directive found in a chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    /// The chapter, as a path under `src/` with `/` separators.
    pub chapter: String,
    /// The directive itself (always of kind [`crate::directive::Kind::Exercise`]).
    pub directive: Directive,
}

impl Placement {
    /// The exercise it places.
    pub fn id(&self) -> &str {
        self.directive.exercise_id().unwrap_or_default()
    }
}

/// Scans one chapter's markdown. `chapter` is its path under `src/`.
/// Returns its exercise placements and the problems of its malformed
/// directives (of any kind).
pub fn scan_chapter(
    chapter: &str,
    markdown: &str,
    src_dir: &Path,
) -> (Vec<Placement>, Vec<Problem>) {
    let found = scan(markdown);
    let problems: Vec<Problem> = found
        .errors
        .into_iter()
        .map(|e| Problem {
            file: src_dir.join(chapter),
            line: e.line,
            message: e.message,
        })
        .collect();
    let placements = found
        .directives
        .into_iter()
        .filter(|d| d.exercise_id().is_some())
        .map(|directive| Placement {
            chapter: chapter.to_string(),
            directive,
        })
        .collect();
    (placements, problems)
}

/// Reads every `.md` file under the book's `src/` and scans it.
///
/// Like the book build, only chapters listed in `src/SUMMARY.md` count. A
/// file that places exercises but is not listed there is reported, because
/// its exercises would be missing from the book.
pub fn scan_book(course: &Course) -> (Vec<Placement>, Vec<Problem>) {
    let src = course.root.join(BOOK_SRC_DIR);
    let listed: Vec<String> = crate::summary::read_summary(&course.root)
        .into_iter()
        .map(|entry| entry.path)
        .collect();
    let mut files = Vec::new();
    collect_markdown(&src, &mut files);
    files.sort();
    let mut placements = Vec::new();
    let mut problems = Vec::new();
    for file in files {
        let chapter = chapter_key(&src, &file);
        match std::fs::read_to_string(&file) {
            Ok(text) => {
                let (p, e) = scan_chapter(&chapter, &text, &src);
                if listed.contains(&chapter) {
                    placements.extend(p);
                    problems.extend(e);
                } else if let Some(first) = p.first() {
                    problems.push(Problem {
                        file: file.clone(),
                        line: first.directive.line,
                        message: "this file places exercises but is not listed in src/SUMMARY.md, so they are not in the book — add it there".into(),
                    });
                }
            }
            Err(err) => problems.push(Problem {
                file: file.clone(),
                line: 1,
                message: format!("cannot read this chapter: {err} — it must be UTF-8 text"),
            }),
        }
    }
    (placements, problems)
}

/// Checks placements against the manifest: every directive names a real
/// exercise, in the chapter the manifest gives, and every exercise is placed
/// exactly once.
pub fn check_placements(course: &Course, placements: &[Placement]) -> Vec<Problem> {
    let src = course.root.join(BOOK_SRC_DIR);
    let mut problems = Vec::new();
    let mut seen: HashMap<&str, &Placement> = HashMap::new();
    for placement in placements {
        let id = placement.id();
        let here = src.join(&placement.chapter);
        let Some(exercise) = course.exercise(id) else {
            problems.push(Problem {
                file: here,
                line: placement.directive.line,
                message: format!(
                    "unknown exercise `{id}`{} — add it to exercises.toml or fix the id",
                    suggestion(course, id)
                ),
            });
            continue;
        };
        if let Some(first) = seen.get(id) {
            problems.push(Problem {
                file: here,
                line: placement.directive.line,
                message: format!(
                    "exercise `{id}` is placed twice (first in {BOOK_SRC_DIR}/{}:{}) — remove one of the directives",
                    first.chapter,
                    first.directive.line
                ),
            });
            continue;
        }
        seen.insert(id, placement);
        if exercise.chapter != placement.chapter {
            problems.push(Problem {
                file: here,
                line: placement.directive.line,
                message: format!(
                    "exercise `{id}` belongs to `{}` according to exercises.toml:{} — move the directive there or change `chapter`",
                    exercise.chapter, exercise.chapter_line
                ),
            });
        }
    }
    for exercise in &course.exercises {
        if !seen.contains_key(exercise.id.as_str()) {
            problems.push(Problem {
                file: course.manifest_path(),
                line: exercise.line,
                message: format!(
                    "exercise `{}` is not placed in any chapter — add `{{{{#exercise {}}}}}` on a line of its own in src/{}",
                    exercise.id, exercise.id, exercise.chapter
                ),
            });
        }
    }
    problems
}

/// ` (did you mean `x`?)` for a near miss, or nothing.
fn suggestion(course: &Course, id: &str) -> String {
    crate::similar::closest(id, course.exercises.iter().map(|e| e.id.as_str()), 3)
        .map(|best| format!(" (did you mean `{best}`?)"))
        .unwrap_or_default()
}

fn collect_markdown(dir: &Path, out: &mut Vec<PathBuf>) {
    out.extend(
        walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_type().is_file())
            .map(walkdir::DirEntry::into_path)
            .filter(|path| path.extension().is_some_and(|e| e == "md")),
    );
}

fn chapter_key(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap_or(file);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
