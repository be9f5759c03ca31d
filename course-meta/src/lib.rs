//! The course's exercise metadata, read from one manifest (`exercises.toml`).
//!
//! Both the mdBook preprocessor and the learner's checker read exercises
//! through this crate, so the manifest format is parsed in exactly one place.
//! Every error names the manifest file and line, and says how to fix it.

pub mod directive;
mod error;
pub mod layout;
mod lines;
mod manifest;
mod paths;
pub mod placement;
mod similar;
pub mod summary;

pub use error::{Error, Problem};
pub use layout::{Layout, Side};
pub use manifest::{parse_manifest, Difficulty, Exercise, Kind};
pub use paths::{check_relative_path, PathProblem};
pub use similar::closest;

use std::path::{Path, PathBuf};

/// File name of the manifest, relative to the course root.
pub const MANIFEST_FILE: &str = "exercises.toml";
/// Folder (relative to the course root) of the package learners edit.
pub const EXERCISES_DIR: &str = "exercises";
/// Folder (relative to the course root) of the reference solutions.
pub const SOLUTIONS_DIR: &str = "solutions";
/// Folder (relative to the course root) of the tests shared by stub and solution.
pub const TESTS_DIR: &str = "exercise-tests";
/// Folder (relative to the course root) of the book's markdown sources.
pub const BOOK_SRC_DIR: &str = "src";

/// The whole course: where it lives and its exercises in manifest order.
#[derive(Debug, Clone)]
pub struct Course {
    /// The course root: the folder that holds `exercises.toml`.
    pub root: PathBuf,
    /// Every exercise, in the order the manifest lists them.
    pub exercises: Vec<Exercise>,
}

impl Course {
    /// Reads `exercises.toml` under `root` and checks that every file it
    /// names exists. All problems are reported together.
    pub fn load(root: &Path) -> Result<Course, Error> {
        Self::load_checking(root, true)
    }

    /// Like [`Course::load`], but a learner's stub may be missing (deleted
    /// by accident): the learner's tools must still start, so that the
    /// stub can be restored.
    pub fn load_allowing_missing_stubs(root: &Path) -> Result<Course, Error> {
        Self::load_checking(root, false)
    }

    fn load_checking(root: &Path, stubs_required: bool) -> Result<Course, Error> {
        let manifest = root.join(MANIFEST_FILE);
        let text = std::fs::read_to_string(&manifest).map_err(|source| Error::Read {
            path: manifest.clone(),
            source,
        })?;
        let exercises = parse_manifest(&text, &manifest)?;
        let course = Course {
            root: root.to_path_buf(),
            exercises,
        };
        let problems = course.missing_files(stubs_required);
        if problems.is_empty() {
            Ok(course)
        } else {
            Err(Error::Invalid(problems))
        }
    }

    /// Finds the course root by walking up from `start` to the first folder
    /// holding `exercises.toml`.
    pub fn find_root(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .find(|dir| dir.join(MANIFEST_FILE).is_file())
            .map(Path::to_path_buf)
    }

    /// Looks an exercise up by id.
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// Path of the manifest file.
    pub fn manifest_path(&self) -> PathBuf {
        self.root.join(MANIFEST_FILE)
    }

    /// Absolute path of the learner's file for `exercise`.
    pub fn stub_path(&self, exercise: &Exercise) -> PathBuf {
        self.layout(exercise).source(Side::Exercises)
    }

    /// Absolute path of the reference solution for `exercise`.
    pub fn solution_path(&self, exercise: &Exercise) -> PathBuf {
        self.layout(exercise).source(Side::Solutions)
    }

    /// Absolute path of the tests shared by the stub and the solution.
    pub fn tests_path(&self, exercise: &Exercise) -> PathBuf {
        self.layout(exercise).tests()
    }

    /// Absolute path of the chapter that must place `exercise`.
    pub fn chapter_path(&self, exercise: &Exercise) -> PathBuf {
        self.root.join(BOOK_SRC_DIR).join(&exercise.chapter)
    }

    fn missing_files(&self, stubs_required: bool) -> Vec<Problem> {
        let manifest = self.manifest_path();
        let mut problems = Vec::new();
        for exercise in &self.exercises {
            let wanted = [
                (self.stub_path(exercise), "the learner's stub"),
                (self.solution_path(exercise), "the reference solution"),
                (self.tests_path(exercise), "the shared tests"),
            ];
            for (path, what) in wanted {
                if !stubs_required && what == "the learner's stub" {
                    continue;
                }
                if !path.is_file() {
                    problems.push(Problem {
                        file: manifest.clone(),
                        line: exercise.path_line,
                        message: format!(
                            "exercise `{}`: {what} `{}` does not exist — create it or fix `path`",
                            exercise.id,
                            self.relative(&path).display()
                        ),
                    });
                }
            }
            let chapter = self.chapter_path(exercise);
            if !chapter.is_file() {
                problems.push(Problem {
                    file: manifest.clone(),
                    line: exercise.chapter_line,
                    message: format!(
                        "exercise `{}`: chapter `{}` does not exist — `chapter` is a path under `{BOOK_SRC_DIR}/`",
                        exercise.id,
                        self.relative(&chapter).display()
                    ),
                });
            }
        }
        problems
    }

    /// The title of a chapter, given its path under `src/`: its title in
    /// `src/SUMMARY.md` (as the book shows it), else its first `# ` heading,
    /// else the path itself.
    pub fn chapter_title(&self, chapter: &str) -> String {
        if let Some(entry) = summary::read_summary(&self.root)
            .into_iter()
            .find(|e| e.path == chapter)
        {
            return entry.title;
        }
        std::fs::read_to_string(self.root.join(BOOK_SRC_DIR).join(chapter))
            .ok()
            .and_then(|text| {
                text.lines()
                    .find_map(|l| l.strip_prefix("# ").map(|t| t.trim().to_string()))
            })
            .unwrap_or_else(|| chapter.to_string())
    }

    /// A problem as `path:line: message`, with the path relative to the root.
    pub fn describe(&self, problem: &Problem) -> String {
        format!(
            "{}:{}: {}",
            self.relative(&problem.file).display(),
            problem.line,
            problem.message
        )
    }

    /// `path` relative to the course root, for messages.
    pub fn relative<'a>(&self, path: &'a Path) -> &'a Path {
        path.strip_prefix(&self.root).unwrap_or(path)
    }
}
