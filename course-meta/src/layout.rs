//! Where an exercise lives and how cargo builds it.
//!
//! This module is the one owner of the rule "which package, which test
//! target, which files, which features, which command". The checker builds
//! with it, `cargo course sync` writes the cargo manifests from it, and the
//! book prints its commands, so the three cannot disagree.
//!
//! The rule:
//! - Most exercises are a test target of the shared packages `exercises`
//!   (the learner's stubs) and `solutions` (the reference answers). The
//!   target is named by the exercise id and its crate root is the exercise
//!   file; the tests are attached to it with `#[path]`.
//! - An exercise with `package = "NAME"` has a pair of packages of its own,
//!   `exercises/NAME/` (`exercises-NAME`) and `solutions/NAME/`
//!   (`solutions-NAME`): the library is the exercise file and the one test
//!   target is the tests file.
//! - In the shared packages, every exercise of chapter `partN/...` needs
//!   the cargo feature `partN`, which turns on the dependencies of that part
//!   only. The default features turn on every part, so a plain
//!   `cargo test -p exercises` still builds and runs everything, while the
//!   checker enables just the part of the exercise it checks: a learner in
//!   Part I never compiles the web or database crates of later parts.

use std::path::{Path, PathBuf};

use crate::{Course, Exercise, Kind, EXERCISES_DIR, SOLUTIONS_DIR, TESTS_DIR};

/// Which copy of an exercise: the learner's stub or the reference solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    /// The learner's file, under `exercises/`.
    Exercises,
    /// The reference solution, under `solutions/`.
    Solutions,
}

impl Side {
    /// Both sides, stubs first.
    pub const BOTH: [Side; 2] = [Side::Exercises, Side::Solutions];

    /// The folder (under the course root) and the shared cargo package of
    /// this side: `exercises` or `solutions`.
    pub fn shared_package(self) -> &'static str {
        match self {
            Side::Exercises => EXERCISES_DIR,
            Side::Solutions => SOLUTIONS_DIR,
        }
    }
}

/// The cargo feature that an exercise of `chapter` needs in the shared
/// packages: `partN` for a chapter under `src/partN/`, none otherwise.
pub fn part_feature(chapter: &str) -> Option<String> {
    let folder = chapter.split('/').next()?;
    let number = folder.strip_prefix("part")?;
    (chapter.contains('/') && !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
        .then(|| folder.to_string())
}

/// The layout of one exercise in one course. Get one with [`Course::layout`].
#[derive(Debug, Clone, Copy)]
pub struct Layout<'c> {
    root: &'c Path,
    exercise: &'c Exercise,
}

impl<'c> Layout<'c> {
    /// The exercise this layout is for.
    pub fn exercise(&self) -> &'c Exercise {
        self.exercise
    }

    /// The cargo package that holds the exercise's test target on `side`.
    pub fn package(&self, side: Side) -> String {
        match &self.exercise.package {
            None => side.shared_package().to_string(),
            Some(own) => format!("{}-{own}", side.shared_package()),
        }
    }

    /// The folder of [`Layout::package`].
    pub fn package_dir(&self, side: Side) -> PathBuf {
        let shared = self.root.join(side.shared_package());
        match &self.exercise.package {
            None => shared,
            Some(own) => shared.join(own),
        }
    }

    /// The test target's name: the exercise id.
    pub fn target(&self) -> &'c str {
        &self.exercise.id
    }

    /// Whether the exercise has a pair of packages of its own.
    pub fn has_own_package(&self) -> bool {
        self.exercise.package.is_some()
    }

    /// The exercise file on `side`: the learner's stub or the solution.
    pub fn source(&self, side: Side) -> PathBuf {
        self.root
            .join(side.shared_package())
            .join("src")
            .join(&self.exercise.path)
    }

    /// The tests, shared by both sides.
    pub fn tests(&self) -> PathBuf {
        self.root.join(TESTS_DIR).join(&self.exercise.path)
    }

    /// The file of the test target's crate root, as written in the
    /// package's `Cargo.toml` (relative to [`Layout::package_dir`]).
    pub fn target_path(&self) -> String {
        match &self.exercise.package {
            // The library is the exercise file; the test target is the tests.
            Some(_) => format!("../../{TESTS_DIR}/{}", self.exercise.path),
            None => format!("src/{}", self.exercise.path),
        }
    }

    /// The cargo features the test target needs (none in a package of its own).
    pub fn features(&self) -> Vec<String> {
        match &self.exercise.package {
            Some(_) => Vec::new(),
            None => part_feature(&self.exercise.chapter).into_iter().collect(),
        }
    }

    /// The arguments that select the test target for `cargo build` or
    /// `cargo test`, enabling only the features it needs.
    pub fn cargo_target_args(&self, side: Side) -> Vec<String> {
        let mut args = vec!["--package".to_string(), self.package(side)];
        if !self.has_own_package() {
            args.push("--no-default-features".into());
            let features = self.features();
            if !features.is_empty() {
                args.push("--features".into());
                args.push(features.join(","));
            }
        }
        args.push("--test".into());
        args.push(self.target().to_string());
        args
    }

    /// The plain cargo command that runs the exercise's tests, as the book
    /// shows it (the default features build every part, so it needs none).
    pub fn raw_test_command(&self, side: Side) -> String {
        format!(
            "cargo test -p {} --test {}",
            self.package(side),
            self.target()
        )
    }

    /// For a `loom = true` exercise, the plain cargo command that runs its
    /// tests under the loom model checker.
    pub fn raw_loom_command(&self, side: Side) -> Option<String> {
        self.exercise.loom.then(|| {
            format!(
                "RUSTFLAGS=\"--cfg loom\" cargo test --release -p {} --test {}",
                self.package(side),
                self.target()
            )
        })
    }

    /// Whether the aggregate test (`exercises/tests/all.rs`) includes the
    /// exercise as a module. "Make it compile" stubs and exercises in a
    /// package of their own are left out: one compile error there would stop
    /// every other exercise from running.
    pub fn in_aggregate(&self) -> bool {
        self.exercise.kind != Kind::Compile && self.exercise.package.is_none()
    }
}

impl Course {
    /// Where `exercise` lives and how cargo builds it.
    pub fn layout<'c>(&'c self, exercise: &'c Exercise) -> Layout<'c> {
        Layout {
            root: &self.root,
            exercise,
        }
    }

    /// Every part feature that some exercise of the shared packages needs,
    /// sorted by part number.
    pub fn part_features(&self) -> Vec<String> {
        let mut features: Vec<String> = self
            .exercises
            .iter()
            .flat_map(|e| self.layout(e).features())
            .collect();
        features.sort_by_key(|f| {
            (
                f.trim_start_matches("part").parse::<u32>().unwrap_or(0),
                f.clone(),
            )
        });
        features.dedup();
        features
    }

    /// The distinct packages of `side` that hold exercises: the shared one
    /// first, then each package of its own, with their exercises.
    pub fn packages(&self, side: Side) -> Vec<(String, Vec<&Exercise>)> {
        let mut packages: Vec<(String, Vec<&Exercise>)> =
            vec![(side.shared_package().to_string(), Vec::new())];
        for exercise in &self.exercises {
            let package = self.layout(exercise).package(side);
            match packages.iter_mut().find(|(p, _)| *p == package) {
                Some((_, members)) => members.push(exercise),
                None => packages.push((package, vec![exercise])),
            }
        }
        packages
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_manifest;

    fn course(extra: &str) -> Course {
        let text = format!(
            r#"
[[exercise]]
id = "first-word"
title = "First word"
chapter = "part1/ownership.md"
kind = "implement"
difficulty = "easy"
minutes = 10
path = "part1/ownership/first_word.rs"
hints = ["h"]

[[exercise]]
id = "describe"
title = "Derive"
chapter = "part1/macros.md"
kind = "implement"
difficulty = "hard"
minutes = 30
path = "part1/macros/describe.rs"
package = "derive"
hints = ["h"]

[[exercise]]
id = "pool"
title = "Pool"
chapter = "part12/pools.md"
kind = "implement"
difficulty = "easy"
minutes = 10
path = "part12/pool.rs"
hints = ["h"]
{extra}"#
        );
        Course {
            root: PathBuf::from("/course"),
            exercises: parse_manifest(&text, Path::new("exercises.toml")).unwrap(),
        }
    }

    #[test]
    fn part_features_come_from_the_chapter_folder() {
        assert_eq!(part_feature("part1/ownership.md").as_deref(), Some("part1"));
        assert_eq!(
            part_feature("part13/capstone.md").as_deref(),
            Some("part13")
        );
        assert_eq!(part_feature("appendix/a.md"), None);
        assert_eq!(part_feature("part1.md"), None);
        assert_eq!(part_feature("partx/a.md"), None);
        assert_eq!(part_feature("part/a.md"), None);
    }

    #[test]
    fn a_shared_package_exercise() {
        let course = course("");
        let layout = course.layout(&course.exercises[0]);
        assert_eq!(layout.package(Side::Exercises), "exercises");
        assert_eq!(layout.package(Side::Solutions), "solutions");
        assert_eq!(
            layout.package_dir(Side::Exercises),
            Path::new("/course/exercises")
        );
        assert_eq!(layout.target_path(), "src/part1/ownership/first_word.rs");
        assert_eq!(
            layout.cargo_target_args(Side::Exercises),
            [
                "--package",
                "exercises",
                "--no-default-features",
                "--features",
                "part1",
                "--test",
                "first-word"
            ]
        );
        assert_eq!(
            layout.raw_test_command(Side::Exercises),
            "cargo test -p exercises --test first-word"
        );
        assert!(layout.in_aggregate());
        assert_eq!(layout.raw_loom_command(Side::Exercises), None);
    }

    #[test]
    fn an_exercise_in_a_package_of_its_own() {
        let course = course("");
        let layout = course.layout(&course.exercises[1]);
        assert_eq!(layout.package(Side::Exercises), "exercises-derive");
        assert_eq!(
            layout.package_dir(Side::Solutions),
            Path::new("/course/solutions/derive")
        );
        assert_eq!(
            layout.target_path(),
            "../../exercise-tests/part1/macros/describe.rs"
        );
        assert!(layout.features().is_empty());
        assert_eq!(
            layout.cargo_target_args(Side::Solutions),
            ["--package", "solutions-derive", "--test", "describe"]
        );
        assert_eq!(
            layout.raw_test_command(Side::Exercises),
            "cargo test -p exercises-derive --test describe"
        );
        assert!(!layout.in_aggregate());
    }

    #[test]
    fn part_features_are_listed_in_part_order() {
        let course = course("");
        assert_eq!(course.part_features(), ["part1", "part12"]);
        let packages: Vec<(String, usize)> = course
            .packages(Side::Exercises)
            .into_iter()
            .map(|(p, members)| (p, members.len()))
            .collect();
        assert_eq!(
            packages,
            [
                ("exercises".to_string(), 2),
                ("exercises-derive".to_string(), 1)
            ]
        );
    }
}
