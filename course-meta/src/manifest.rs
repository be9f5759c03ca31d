//! The manifest format: one `[[exercise]]` table per exercise.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, Problem};
use crate::lines::LineIndex;
use crate::paths::check_relative_path;

/// What the learner is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Write the missing code (the stub holds `todo!()`).
    Implement,
    /// The stub compiles but is wrong; find and fix the bug.
    Fix,
    /// The stub does not compile; make it compile without changing what it does.
    Compile,
}

impl Kind {
    /// Words for the book and the checker.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Implement => "implement",
            Kind::Fix => "fix the bug",
            Kind::Compile => "make it compile",
        }
    }
}

/// How hard an exercise is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Difficulty {
    /// A direct use of the chapter's main idea.
    Easy,
    /// Combines two ideas or needs care with edge cases.
    Medium,
    /// Needs design or debugging beyond the chapter's text.
    Hard,
}

impl Difficulty {
    /// One to three filled stars.
    pub fn stars(self) -> &'static str {
        match self {
            Difficulty::Easy => "★☆☆",
            Difficulty::Medium => "★★☆",
            Difficulty::Hard => "★★★",
        }
    }
}

impl fmt::Display for Difficulty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        })
    }
}

/// One exercise as the manifest describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    /// Unique id: lowercase letters, digits and `-`. Also the cargo test target name.
    pub id: String,
    /// Human title.
    pub title: String,
    /// The chapter that places this exercise: a path under `src/`.
    pub chapter: String,
    /// What the learner is asked to do.
    pub kind: Kind,
    /// How hard it is.
    pub difficulty: Difficulty,
    /// Estimated minutes for a learner who has read the chapter.
    pub minutes: u32,
    /// Source path below `exercises/src/`, `solutions/src/` and `exercise-tests/`.
    pub path: String,
    /// Progressive hints, most general first.
    pub hints: Vec<String>,
    /// What the learner can do after solving it.
    pub objectives: Vec<String>,
    /// Time limit for one run of the tests, in seconds (`None`: the checker's default).
    pub timeout_secs: Option<u64>,
    /// The exercise's own pair of cargo packages, `exercises/NAME/` and
    /// `solutions/NAME/` (`None`: it is a test target of `exercises` and
    /// `solutions`). A procedural macro needs this: its crate can export
    /// nothing else, and the code that uses it must be another crate.
    pub package: Option<String>,
    /// Whether the checker also runs the tests under the loom model checker
    /// (`--cfg loom`, release build). Needs `package`: the shared packages'
    /// dependencies do not build under `--cfg loom`.
    pub loom: bool,
    /// Manifest line of this exercise's `id`.
    pub line: usize,
    /// Manifest line of `path`.
    pub path_line: usize,
    /// Manifest line of `chapter`.
    pub chapter_line: usize,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    #[serde(default)]
    exercise: Vec<RawExercise>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExercise {
    id: Spanned<String>,
    title: String,
    chapter: Spanned<String>,
    kind: Kind,
    difficulty: Difficulty,
    minutes: Spanned<u32>,
    path: Spanned<String>,
    hints: Spanned<Vec<String>>,
    #[serde(default)]
    objectives: Vec<String>,
    #[serde(default)]
    timeout_secs: Option<Spanned<u64>>,
    #[serde(default)]
    package: Option<Spanned<String>>,
    #[serde(default)]
    loom: Option<Spanned<bool>>,
}

/// Parses manifest text. `file` is only used in error messages.
///
/// Checks everything that can be checked without the file system: syntax,
/// unknown or missing fields, id format, duplicate ids, safe paths, hints.
pub fn parse_manifest(text: &str, file: &Path) -> Result<Vec<Exercise>, Error> {
    let lines = LineIndex::new(text);
    let raw: RawManifest = toml::from_str(text).map_err(|err| {
        let line = err.span().map_or(1, |span| lines.line_of(span.start));
        Error::Invalid(vec![Problem {
            file: file.to_path_buf(),
            line,
            message: format!(
                "{} — see the field list at the top of {}",
                err.message().trim_end(),
                crate::MANIFEST_FILE
            ),
        }])
    })?;

    let mut problems = Vec::new();
    let mut at = |span: std::ops::Range<usize>, message: String| {
        problems.push(Problem {
            file: file.to_path_buf(),
            line: lines.line_of(span.start),
            message,
        });
    };
    let mut first_line_of_id: HashMap<String, usize> = HashMap::new();
    let mut exercises = Vec::new();
    for raw in raw.exercise {
        let id = raw.id.get_ref().clone();
        let id_line = lines.line_of(raw.id.span().start);
        if !is_valid_id(&id) {
            at(
                raw.id.span(),
                format!("exercise id `{id}` is not valid — use lowercase letters, digits and `-`, starting with a letter"),
            );
        }
        if let Some(first) = first_line_of_id.get(&id) {
            at(
                raw.id.span(),
                format!(
                    "exercise id `{id}` is used twice (first on line {first}) — ids must be unique"
                ),
            );
        } else {
            first_line_of_id.insert(id.clone(), id_line);
        }
        for (value, span, field) in [
            (raw.path.get_ref(), raw.path.span(), "path"),
            (raw.chapter.get_ref(), raw.chapter.span(), "chapter"),
        ] {
            if let Err(problem) = check_relative_path(value) {
                at(
                    span,
                    format!("exercise `{id}`: `{field}`: {}", problem.explain()),
                );
            }
        }
        if !raw.path.get_ref().ends_with(".rs") {
            at(
                raw.path.span(),
                format!("exercise `{id}`: `path` must name a `.rs` file"),
            );
        }
        if !raw.chapter.get_ref().ends_with(".md") {
            at(
                raw.chapter.span(),
                format!("exercise `{id}`: `chapter` must name a `.md` file under `src/`"),
            );
        }
        if raw.hints.get_ref().is_empty() || raw.hints.get_ref().iter().any(|h| h.trim().is_empty())
        {
            at(
                raw.hints.span(),
                format!("exercise `{id}`: give at least one hint, and no empty ones"),
            );
        }
        if *raw.minutes.get_ref() == 0 {
            at(
                raw.minutes.span(),
                format!("exercise `{id}`: `minutes` must be at least 1"),
            );
        }
        if let Some(timeout) = &raw.timeout_secs {
            if *timeout.get_ref() == 0 {
                at(
                    timeout.span(),
                    format!("exercise `{id}`: `timeout_secs` must be at least 1"),
                );
            }
        }
        if let Some(package) = &raw.package {
            if !is_valid_id(package.get_ref()) {
                at(
                    package.span(),
                    format!("exercise `{id}`: `package` must be a folder name of lowercase letters, digits and `-`, such as \"derive\""),
                );
            }
        }
        if let Some(loom) = &raw.loom {
            if *loom.get_ref() && raw.package.is_none() {
                at(
                    loom.span(),
                    format!("exercise `{id}`: `loom = true` needs `package` too — `--cfg loom` cannot be applied to the shared exercises package, whose dependencies (tokio) do not build under it"),
                );
            }
        }
        exercises.push(Exercise {
            id,
            title: raw.title,
            chapter: raw.chapter.get_ref().clone(),
            kind: raw.kind,
            difficulty: raw.difficulty,
            minutes: *raw.minutes.get_ref(),
            path: raw.path.get_ref().clone(),
            hints: raw.hints.into_inner(),
            objectives: raw.objectives,
            timeout_secs: raw.timeout_secs.map(Spanned::into_inner),
            package: raw.package.map(Spanned::into_inner),
            loom: raw.loom.is_some_and(|loom| *loom.get_ref()),
            line: id_line,
            path_line: lines.line_of(raw.path.span().start),
            chapter_line: lines.line_of(raw.chapter.span().start),
        });
    }
    if problems.is_empty() {
        Ok(exercises)
    } else {
        Err(Error::Invalid(problems))
    }
}

fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
        && !id.ends_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[[exercise]]
id = "first-word"
title = "First word"
chapter = "part1/ownership.md"
kind = "implement"
difficulty = "easy"
minutes = 10
path = "part1/ownership/first_word.rs"
hints = ["Look at `split_whitespace`."]
"#;

    fn parse(text: &str) -> Result<Vec<Exercise>, Error> {
        parse_manifest(text, Path::new("exercises.toml"))
    }

    fn only_problem(text: &str) -> Problem {
        let err = parse(text).expect_err("the manifest should be refused");
        let problems = err.problems();
        assert_eq!(
            problems.len(),
            1,
            "expected exactly one problem, got {problems:?}"
        );
        problems[0].clone()
    }

    #[test]
    fn parses_a_good_manifest() {
        let exercises = parse(GOOD).unwrap();
        assert_eq!(exercises.len(), 1);
        let e = &exercises[0];
        assert_eq!(e.id, "first-word");
        assert_eq!(e.kind, Kind::Implement);
        assert_eq!(e.difficulty, Difficulty::Easy);
        assert_eq!(e.line, 3);
        assert_eq!(e.chapter_line, 5);
        assert_eq!(e.path_line, 9);
        assert_eq!(e.timeout_secs, None);
        assert_eq!(e.package, None);
    }

    #[test]
    fn an_own_package_is_read_and_checked() {
        let text = GOOD.replace("minutes = 10", "minutes = 10\npackage = \"derive\"");
        assert_eq!(parse(&text).unwrap()[0].package.as_deref(), Some("derive"));

        let text = GOOD.replace("minutes = 10", "minutes = 10\npackage = \"../derive\"");
        let p = only_problem(&text);
        assert_eq!(p.line, 9, "{p}");
        assert!(p.message.contains("`package` must be a folder name"), "{p}");
    }

    #[test]
    fn loom_needs_an_own_package() {
        let text = GOOD.replace("minutes = 10", "minutes = 10\nloom = true");
        let p = only_problem(&text);
        assert_eq!(p.line, 9, "{p}");
        assert!(p.message.contains("needs `package`"), "{p}");

        let text = GOOD.replace(
            "minutes = 10",
            "minutes = 10\npackage = \"lockfree\"\nloom = true",
        );
        assert!(parse(&text).unwrap()[0].loom);
        assert!(!parse(GOOD).unwrap()[0].loom);
    }

    #[test]
    fn unknown_field_names_its_line() {
        let text = GOOD.replace("minutes = 10", "minutes = 10\ncolour = \"red\"");
        let p = only_problem(&text);
        assert_eq!(p.line, 9, "{p}");
        assert!(p.message.contains("unknown field `colour`"), "{p}");
        assert!(p.to_string().starts_with("exercises.toml:9: "), "{p}");
    }

    #[test]
    fn missing_field_is_reported() {
        let text = GOOD.replace("minutes = 10\n", "");
        let p = only_problem(&text);
        assert!(p.message.contains("missing field `minutes`"), "{p}");
    }

    #[test]
    fn bad_enum_value_names_its_line() {
        let text = GOOD.replace("\"easy\"", "\"trivial\"");
        let p = only_problem(&text);
        assert_eq!(p.line, 7, "{p}");
        assert!(p.message.contains("trivial"), "{p}");
    }

    #[test]
    fn duplicate_ids_are_refused() {
        let text = format!("{GOOD}{GOOD}");
        let p = only_problem(&text);
        assert!(p.message.contains("used twice (first on line 3)"), "{p}");
        assert_eq!(p.line, 13, "{p}");
    }

    #[test]
    fn escaping_paths_are_refused() {
        let text = GOOD.replace("part1/ownership/first_word.rs", "../../etc/x.rs");
        let p = only_problem(&text);
        assert_eq!(p.line, 9);
        assert!(p.message.contains("`..`"), "{p}");
    }

    #[test]
    fn bad_ids_and_empty_hints_are_refused() {
        let text = GOOD
            .replace("\"first-word\"", "\"First Word\"")
            .replace("[\"Look at `split_whitespace`.\"]", "[]");
        let err = parse(&text).unwrap_err();
        let lines: Vec<usize> = err.problems().iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![3, 10], "{err}");
    }
}
