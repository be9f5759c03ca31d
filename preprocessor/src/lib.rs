//! The course's mdBook preprocessor, as a library.
//!
//! The core ([`BookProcessor`]) knows nothing of mdBook: it takes chapters
//! ([`Chapter`]: part, title, path under `src/`, markdown) and replaces the
//! course's directives (`{{#exercise ID}}`, `{{#minutes N}}`,
//! `{{#exercise-index}}`, `{{#schedule}}`) with rendered markdown, changing no
//! other byte. [`mdbook`] is the one thin adapter that speaks the mdBook 0.4
//! JSON protocol, so moving to another mdBook version touches only that module.

pub mod mdbook;
pub mod plan;
pub mod render;
pub mod source;

use std::path::Path;

use course_meta::directive::{scan, Directive, Kind};
use course_meta::placement::{check_placements, Placement};
use course_meta::{Course, Exercise, Problem};

pub use course_meta::directive::SolutionMode;

/// Whether the speaker notes (`{{#notes}}` … `{{#end-notes}}`) are in the
/// book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NotesMode {
    /// Shown, in a box of their own (instructor builds).
    Shown,
    /// Left out of the book entirely: not in the pages, `print.html` or the
    /// search index (learner builds, the default).
    #[default]
    Absent,
}

/// Settings read from `[preprocessor.course]` in `book.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// How reference solutions appear in the book.
    pub solutions: SolutionMode,
    /// The longest session the schedule plans, in minutes.
    pub session_minutes: u32,
    /// Whether speaker notes appear.
    pub speaker_notes: NotesMode,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            solutions: SolutionMode::default(),
            session_minutes: plan::DEFAULT_SESSION_MINUTES,
            speaker_notes: NotesMode::default(),
        }
    }
}

/// One chapter of the book, as the core sees it.
#[derive(Debug)]
pub struct Chapter<'c> {
    /// The title of the part it belongs to, if the book has parts.
    pub part: Option<String>,
    /// The chapter's title in the table of contents.
    pub title: String,
    /// Its path under `src/`, with `/` separators.
    pub path: String,
    /// Its markdown, rewritten in place.
    pub content: &'c mut String,
}

/// What a successful run has to say.
#[derive(Debug, Default)]
pub struct Report {
    /// Things an author should fix that do not stop the build.
    pub warnings: Vec<Problem>,
}

/// Expands the course's directives across a whole book.
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
        Ok(Self::with_course(course, settings))
    }

    /// Uses an already loaded course.
    pub fn with_course(course: Course, settings: Settings) -> Self {
        BookProcessor { course, settings }
    }

    /// Rewrites every chapter in place. Chapters without directives are left
    /// untouched, byte for byte. On error, every problem found in the whole
    /// book is returned and no chapter has been changed.
    pub fn process(&self, chapters: Vec<Chapter<'_>>) -> Result<Report, Vec<Problem>> {
        let src = self.course.root.join(course_meta::BOOK_SRC_DIR);
        let mut problems = Vec::new();
        let mut scanned: Vec<Vec<Directive>> = Vec::with_capacity(chapters.len());
        let mut placements = Vec::new();
        let mut pages = Vec::with_capacity(chapters.len());
        for chapter in &chapters {
            let at = |line: usize, message: String| Problem {
                file: src.join(&chapter.path),
                line,
                message,
            };
            let found = scan(chapter.content);
            problems.extend(found.errors.into_iter().map(|e| at(e.line, e.message)));
            let mut page = plan::Page {
                part: chapter.part.clone(),
                title: chapter.title.clone(),
                path: chapter.path.clone(),
                reading_minutes: None,
                exercises: Vec::new(),
            };
            for directive in &found.directives {
                match &directive.kind {
                    // A second one is reported by the scan.
                    Kind::Minutes(n) => page.reading_minutes = Some(*n),
                    Kind::Exercise { id, .. } => {
                        placements.push(Placement {
                            chapter: chapter.path.clone(),
                            directive: directive.clone(),
                        });
                        if let Some(exercise) = self.course.exercise(id) {
                            page.exercises.push(exercise.clone());
                        }
                    }
                    Kind::ExerciseIndex | Kind::Schedule | Kind::NotesStart | Kind::NotesEnd => {}
                }
            }
            pages.push(page);
            scanned.push(found.directives);
        }
        problems.extend(check_placements(&self.course, &placements));

        // Everything is rendered before anything is replaced, so an error
        // anywhere leaves every chapter untouched.
        let mut rendered: Vec<Vec<String>> = Vec::with_capacity(chapters.len());
        for ((chapter, directives), page) in chapters.iter().zip(&scanned).zip(&pages) {
            let mut blocks = Vec::with_capacity(directives.len());
            for (i, directive) in directives.iter().enumerate() {
                blocks.push(match &directive.kind {
                    Kind::Exercise { id, options } => match self.course.exercise(id) {
                        Some(exercise) => {
                            self.render_exercise(exercise, *options)
                                .unwrap_or_else(|p| {
                                    problems.push(p);
                                    String::new()
                                })
                        }
                        None => String::new(), // reported by check_placements
                    },
                    Kind::Minutes(n) => render::reading_time(*n, page.exercise_minutes()),
                    Kind::ExerciseIndex => plan::index(&pages, &chapter.path),
                    Kind::Schedule => {
                        plan::schedule(&pages, &chapter.path, self.settings.session_minutes)
                    }
                    // The scan pairs them, so the end is the next directive.
                    Kind::NotesStart => match self.settings.speaker_notes {
                        NotesMode::Absent => String::new(),
                        NotesMode::Shown => render::speaker_notes(
                            &chapter.content[directive.range.end..directives[i + 1].range.start],
                        ),
                    },
                    Kind::NotesEnd => String::new(),
                });
            }
            rendered.push(blocks);
        }
        if !problems.is_empty() {
            return Err(problems);
        }

        for ((chapter, directives), blocks) in chapters.into_iter().zip(&scanned).zip(&rendered) {
            if directives.is_empty() {
                continue;
            }
            let content = chapter.content;
            let mut out = String::with_capacity(
                content.len() + blocks.iter().map(String::len).sum::<usize>(),
            );
            let mut at = 0;
            for (directive, block) in directives.iter().zip(blocks) {
                // What lies between a pair of notes directives is in the
                // block of the first (or nowhere): skip it.
                if directive.kind != Kind::NotesEnd {
                    out.push_str(&content[at..directive.range.start]);
                }
                out.push_str(block);
                at = directive.range.end;
            }
            out.push_str(&content[at..]);
            *content = out;
        }
        Ok(Report {
            warnings: plan::warnings(&pages, &src, self.settings.session_minutes),
        })
    }

    fn render_exercise(
        &self,
        exercise: &Exercise,
        options: course_meta::directive::ExerciseOptions,
    ) -> Result<String, Problem> {
        let read = |path: &Path| {
            let problem = |why: String| Problem {
                file: self.course.manifest_path(),
                line: exercise.path_line,
                message: format!(
                    "exercise `{}`: cannot read `{}`: {why}",
                    exercise.id,
                    self.course.relative(path).display()
                ),
            };
            let bytes = std::fs::read(path)
                .map_err(|e| problem(format!("{e} — check that the file exists")))?;
            String::from_utf8(bytes).map_err(|e| {
                problem(format!(
                    "it is not UTF-8 (invalid byte at offset {}) — save it as UTF-8",
                    e.utf8_error().valid_up_to()
                ))
            })
        };
        // Reads and splits one exercise file; errors name the file and line.
        let load = |path: &Path| -> Result<source::ExerciseSource, Problem> {
            let text = read(path)?;
            source::split(&text).map_err(|e| Problem {
                file: path.to_path_buf(),
                line: e.line,
                message: e.message,
            })
        };
        let mode = match (self.settings.solutions, options.solution) {
            // A workshop build never shows solutions, whatever a page asks.
            (SolutionMode::Absent, _) => SolutionMode::Absent,
            (book, page) => page.unwrap_or(book),
        };
        let stub_path = self.course.stub_path(exercise);
        let stub = load(&stub_path)?;
        let solution = match mode {
            SolutionMode::Absent => None,
            _ => Some(load(&self.course.solution_path(exercise))?),
        };
        let view = render::ExerciseView {
            exercise,
            stub,
            solution,
            mode,
            level: options.level.unwrap_or(3),
            stub_path: self.course.relative(&stub_path).display().to_string(),
            raw_commands: {
                let layout = self.course.layout(exercise);
                let side = course_meta::Side::Exercises;
                std::iter::once(layout.raw_test_command(side))
                    .chain(layout.raw_loom_command(side))
                    .collect()
            },
        };
        Ok(render::render(&view))
    }
}
