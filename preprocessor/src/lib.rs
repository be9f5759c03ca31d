//! The course's mdBook preprocessor, as a library.
//!
//! The core ([`BookProcessor`]) knows nothing of mdBook: it takes chapters as
//! `(path under src/, markdown)` pairs and replaces each `{{#exercise ID}}`
//! directive with the rendered exercise. [`mdbook`] is the one thin adapter
//! that speaks the mdBook 0.4 JSON protocol, so moving to another mdBook
//! version touches only that module.

pub mod mdbook;
pub mod render;
pub mod source;

use std::collections::HashMap;
use std::path::Path;

use course_meta::placement::{check_placements, scan_chapter};
use course_meta::{Course, Problem};

pub use render::SolutionMode;

/// Settings read from `[preprocessor.course]` in `book.toml`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settings {
    /// How reference solutions appear in the book.
    pub solutions: SolutionMode,
}

/// Expands exercise directives across a whole book.
pub struct BookProcessor {
    course: Course,
    settings: Settings,
}

impl BookProcessor {
    /// Loads the course (manifest and files) rooted at `root`.
    pub fn new(root: &Path, settings: Settings) -> Result<Self, Vec<Problem>> {
        let course = Course::load(root).map_err(|e| match e {
            course_meta::Error::Invalid(problems) => problems,
            other => vec![Problem {
                file: root.join(course_meta::MANIFEST_FILE),
                line: 1,
                message: other.to_string(),
            }],
        })?;
        Ok(BookProcessor { course, settings })
    }

    /// Rewrites every chapter in place. `chapters` yields `(path under src/,
    /// content)`. Chapters without directives are left untouched. On error,
    /// every problem found in the whole book is returned, and no chapter
    /// should be used.
    pub fn process<'c>(
        &self,
        chapters: impl IntoIterator<Item = (String, &'c mut String)>,
    ) -> Result<(), Vec<Problem>> {
        let src = self.course.root.join(course_meta::BOOK_SRC_DIR);
        let mut problems = Vec::new();
        let mut all_placements = Vec::new();
        let mut work = Vec::new();
        for (chapter, content) in chapters {
            let (placements, errors) = scan_chapter(&chapter, content, &src);
            problems.extend(errors);
            if !placements.is_empty() {
                work.push((placements.clone(), content));
            }
            all_placements.extend(placements);
        }
        problems.extend(check_placements(&self.course, &all_placements));
        let mut rendered: HashMap<String, String> = HashMap::new();
        for placement in &all_placements {
            let id = &placement.directive.id;
            if rendered.contains_key(id) {
                continue;
            }
            let Some(exercise) = self.course.exercise(id) else {
                continue; // already reported by check_placements
            };
            match self.render_exercise(exercise) {
                Ok(markdown) => {
                    rendered.insert(id.clone(), markdown);
                }
                Err(problem) => problems.push(problem),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        for (placements, content) in work {
            let mut out = String::with_capacity(content.len() * 2);
            let mut at = 0;
            for placement in placements {
                let range = placement.directive.range;
                out.push_str(&content[at..range.start]);
                out.push_str(&rendered[&placement.directive.id]);
                at = range.end;
            }
            out.push_str(&content[at..]);
            *content = out;
        }
        Ok(())
    }

    fn render_exercise(&self, exercise: &course_meta::Exercise) -> Result<String, Problem> {
        let read = |path: &Path| {
            std::fs::read_to_string(path).map_err(|err| Problem {
                file: self.course.manifest_path(),
                line: exercise.path_line,
                message: format!(
                    "exercise `{}`: cannot read `{}`: {err} — the file must exist and be UTF-8",
                    exercise.id,
                    self.course.relative(path).display()
                ),
            })
        };
        let stub_path = self.course.stub_path(exercise);
        let stub = source::split(&read(&stub_path)?);
        let solution = match self.settings.solutions {
            SolutionMode::Absent => None,
            _ => Some(source::split(&read(&self.course.solution_path(exercise))?)),
        };
        let view = render::ExerciseView {
            exercise,
            stub,
            solution,
            mode: self.settings.solutions,
            stub_path: self.course.relative(&stub_path).display().to_string(),
        };
        Ok(render::render(&view))
    }
}
