//! `cargo course report FILES…`: a class table for instructors.
//!
//! Each learner hands in the output of `cargo course progress --json` (or,
//! for one exercise, `cargo course check --json`); a folder stands for every
//! `.json` file in it. The report says who passed what, where the class is
//! stuck (exercises that many learners started but have not solved) and
//! which exercises fail most often, as Markdown or as a page of HTML.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::json::{CheckReport, CheckStatus, Progress};
use crate::status::Status;
use anyhow::{bail, Context as _, Result};

/// One learner's results, whatever file they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    /// Who: the `learner` field, else the file's name without `.json`.
    pub name: String,
    /// Exercise id → status, for every exercise the file mentions.
    pub statuses: BTreeMap<String, Status>,
}

/// What the report knows about one exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseInfo {
    /// The exercise id.
    pub id: String,
    /// Its part, when a progress file said so.
    pub part: String,
}

/// The `.json` files named by `paths` (folders are read one level deep),
/// in a stable order.
pub fn json_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("cannot read the folder {}", path.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    if files.is_empty() {
        bail!("no learner files given — pass the `cargo course progress --json` outputs (or a folder of them)");
    }
    Ok(files)
}

/// Reads one learner's file; `order` collects exercises in the order the
/// files list them.
pub fn read_learner(path: &Path, order: &mut Vec<ExerciseInfo>) -> Result<Learner> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    if let Ok(progress) = serde_json::from_str::<Progress>(&text) {
        let mut statuses = BTreeMap::new();
        for entry in progress.exercises {
            if !order.iter().any(|e| e.id == entry.id) {
                order.push(ExerciseInfo {
                    id: entry.id.clone(),
                    part: entry.part,
                });
            }
            statuses.insert(entry.id, entry.status);
        }
        return Ok(Learner {
            name: progress
                .learner
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(stem),
            statuses,
        });
    }
    if let Ok(CheckReport {
        exercise: Some(id),
        status,
        ..
    }) = serde_json::from_str::<CheckReport>(&text)
    {
        if !order.iter().any(|e| e.id == id) {
            order.push(ExerciseInfo {
                id: id.clone(),
                part: String::new(),
            });
        }
        let status = if status == CheckStatus::Pass {
            Status::Passed
        } else {
            Status::Failing
        };
        return Ok(Learner {
            name: stem,
            statuses: BTreeMap::from([(id, status)]),
        });
    }
    bail!(
        "{} is neither the output of `cargo course progress --json` nor of `cargo course check ID --json`",
        path.display()
    )
}

/// One exercise's standing in the class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Tally {
    passed: usize,
    failing: usize,
    not_started: usize,
}

fn tally(learners: &[Learner], id: &str) -> Tally {
    let mut t = Tally::default();
    for learner in learners {
        match learner.statuses.get(id) {
            Some(Status::Passed) => t.passed += 1,
            Some(Status::Failing) => t.failing += 1,
            Some(Status::NotStarted) | None => t.not_started += 1,
        }
    }
    t
}

/// Exercises that at least one learner is failing, most failing first
/// (ties: fewest solved, then book order).
fn stuck<'a>(learners: &[Learner], order: &'a [ExerciseInfo]) -> Vec<(&'a ExerciseInfo, Tally)> {
    let mut rows: Vec<(usize, &ExerciseInfo, Tally)> = order
        .iter()
        .enumerate()
        .map(|(i, e)| (i, e, tally(learners, &e.id)))
        .filter(|(_, _, t)| t.failing > 0)
        .collect();
    rows.sort_by_key(|(i, _, t)| (std::cmp::Reverse(t.failing), t.passed, *i));
    rows.into_iter().map(|(_, e, t)| (e, t)).collect()
}

fn counts(learner: &Learner) -> Tally {
    let mut t = Tally::default();
    for status in learner.statuses.values() {
        match status {
            Status::Passed => t.passed += 1,
            Status::Failing => t.failing += 1,
            Status::NotStarted => t.not_started += 1,
        }
    }
    t
}

fn parts(order: &[ExerciseInfo]) -> Vec<&str> {
    let mut parts: Vec<&str> = Vec::new();
    for e in order {
        if !parts.contains(&e.part.as_str()) {
            parts.push(&e.part);
        }
    }
    parts
}

/// The report as Markdown.
pub fn markdown(learners: &[Learner], order: &[ExerciseInfo]) -> String {
    let mut out = format!(
        "# Class report\n\n{} learners, {} exercises.\n\n## Learners\n\n| Learner | Passed | In progress | Not started |",
        learners.len(),
        order.len()
    );
    let parts = parts(order);
    for part in &parts {
        let _ = write!(
            out,
            " {} |",
            cell(if part.is_empty() { "Other" } else { part })
        );
    }
    out.push_str("\n| --- | ---: | ---: | ---: |");
    out.push_str(&" ---: |".repeat(parts.len()));
    out.push('\n');
    for learner in learners {
        let t = counts(learner);
        let _ = write!(
            out,
            "| {} | {} | {} | {} |",
            cell(&learner.name),
            t.passed,
            t.failing,
            order.len().saturating_sub(t.passed + t.failing)
        );
        for part in &parts {
            let in_part: Vec<&ExerciseInfo> = order.iter().filter(|e| e.part == *part).collect();
            let solved = in_part
                .iter()
                .filter(|e| learner.statuses.get(&e.id) == Some(&Status::Passed))
                .count();
            let _ = write!(out, " {solved}/{} |", in_part.len());
        }
        out.push('\n');
    }
    out.push_str("\n## Where the class is stuck\n\nExercises that learners have started but not solved, most first.\n\n");
    let stuck = stuck(learners, order);
    if stuck.is_empty() {
        out.push_str("Nobody is stuck: every started exercise passes.\n");
    } else {
        out.push_str("| Exercise | Part | In progress | Passed | Not started |\n| --- | --- | ---: | ---: | ---: |\n");
        for (e, t) in stuck.iter().take(15) {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} | {} |",
                e.id,
                cell(&e.part),
                t.failing,
                t.passed,
                t.not_started
            );
        }
    }
    out.push_str("\n## Who passed what\n\n✓ passed, ✗ in progress, · not started.\n");
    for part in &parts {
        let in_part: Vec<&ExerciseInfo> = order.iter().filter(|e| e.part == *part).collect();
        let _ = write!(
            out,
            "\n### {}\n\n| Exercise |",
            cell(if part.is_empty() { "Other" } else { part })
        );
        for learner in learners {
            let _ = write!(out, " {} |", cell(&learner.name));
        }
        out.push_str("\n| --- |");
        out.push_str(&" :-: |".repeat(learners.len()));
        out.push('\n');
        for e in in_part {
            let _ = write!(out, "| `{}` |", e.id);
            for learner in learners {
                let mark = match learner.statuses.get(&e.id) {
                    Some(Status::Passed) => "✓",
                    Some(Status::Failing) => "✗",
                    _ => "·",
                };
                let _ = write!(out, " {mark} |");
            }
            out.push('\n');
        }
    }
    out
}

/// The report as a self-contained HTML page (no network resources).
pub fn html(learners: &[Learner], order: &[ExerciseInfo]) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Class report</title>\n<style>\nbody{font-family:system-ui,sans-serif;margin:2rem;}\ntable{border-collapse:collapse;margin:1rem 0;}\nth,td{border:1px solid #ccc;padding:.25rem .5rem;}\ntd.n{text-align:right;}\n.passed{background:#d4f4d4;}\n.failing{background:#fbd9d3;}\n.not-started{color:#999;}\n</style>\n</head>\n<body>\n",
    );
    let _ = writeln!(
        out,
        "<h1>Class report</h1>\n<p>{} learners, {} exercises.</p>\n<h2>Learners</h2>\n<table>\n<tr><th>Learner</th><th>Passed</th><th>In progress</th><th>Not started</th></tr>",
        learners.len(),
        order.len()
    );
    for learner in learners {
        let t = counts(learner);
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            escape(&learner.name),
            t.passed,
            t.failing,
            order.len().saturating_sub(t.passed + t.failing)
        );
    }
    out.push_str("</table>\n<h2>Where the class is stuck</h2>\n");
    let stuck = stuck(learners, order);
    if stuck.is_empty() {
        out.push_str("<p>Nobody is stuck: every started exercise passes.</p>\n");
    } else {
        out.push_str("<table>\n<tr><th>Exercise</th><th>Part</th><th>In progress</th><th>Passed</th><th>Not started</th></tr>\n");
        for (e, t) in stuck.iter().take(15) {
            let _ = writeln!(
                out,
                "<tr><td><code>{}</code></td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                escape(&e.id),
                escape(&e.part),
                t.failing,
                t.passed,
                t.not_started
            );
        }
        out.push_str("</table>\n");
    }
    out.push_str("<h2>Who passed what</h2>\n<table>\n<tr><th>Exercise</th>");
    for learner in learners {
        let _ = write!(out, "<th>{}</th>", escape(&learner.name));
    }
    out.push_str("</tr>\n");
    let mut part = None;
    for e in order {
        if part != Some(&e.part) {
            let _ = writeln!(
                out,
                "<tr><th colspan=\"{}\">{}</th></tr>",
                learners.len() + 1,
                escape(&e.part)
            );
            part = Some(&e.part);
        }
        let _ = write!(out, "<tr><td><code>{}</code></td>", escape(&e.id));
        for learner in learners {
            let (class, mark) = match learner.statuses.get(&e.id) {
                Some(Status::Passed) => ("passed", "✓"),
                Some(Status::Failing) => ("failing", "✗"),
                _ => ("not-started", "·"),
            };
            let _ = write!(out, "<td class=\"{class}\">{mark}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n</body>\n</html>\n");
    out
}

/// Text for a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Text for HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn progress(learner: Option<&str>, statuses: &[(&str, &str, &str)]) -> String {
        let exercises: Vec<String> = statuses
            .iter()
            .map(|(id, part, status)| {
                format!("{{\"id\":\"{id}\",\"title\":\"t\",\"part\":\"{part}\",\"chapter\":\"c\",\"status\":\"{status}\",\"minutes\":10}}")
            })
            .collect();
        let learner = learner.map_or(String::new(), |l| format!("\"learner\":\"{l}\","));
        format!(
            "{{{learner}\"version\":2,\"exercises\":[{}]}}",
            exercises.join(",")
        )
    }

    #[test]
    fn a_class_report_says_who_passed_and_where_the_class_is_stuck() {
        let dir = tempfile::tempdir().unwrap();
        let a = write(
            dir.path(),
            "ada.json",
            &progress(
                None,
                &[
                    ("one", "Part I", "passed"),
                    ("two", "Part I", "failing"),
                    ("three", "Part II", "not-started"),
                ],
            ),
        );
        let b = write(
            dir.path(),
            "b.json",
            &progress(
                Some("Bo <b>"),
                &[
                    ("one", "Part I", "failing"),
                    ("two", "Part I", "failing"),
                    ("three", "Part II", "passed"),
                ],
            ),
        );
        let c = write(
            dir.path(),
            "cy.json",
            "{\"version\":2,\"exercise\":\"two\",\"status\":\"pass\",\"message\":null,\"notes\":[],\"tests\":[]}",
        );
        let mut order = Vec::new();
        let learners: Vec<Learner> = [a, b, c]
            .iter()
            .map(|p| read_learner(p, &mut order).unwrap())
            .collect();
        assert_eq!(learners[1].name, "Bo <b>");
        assert_eq!(learners[2].name, "cy");
        let md = markdown(&learners, &order);
        assert!(md.contains("3 learners, 3 exercises."), "{md}");
        assert!(md.contains("| ada | 1 | 1 | 1 | 1/2 | 0/1 |"), "{md}");
        // `two`: two learners stuck on it, one passed: first in the list.
        let stuck = md.split("## Where the class is stuck").nth(1).unwrap();
        assert!(
            stuck.contains("| `two` | Part I | 2 | 1 | 0 |\n| `one` | Part I | 1 | 1 | 1 |"),
            "{md}"
        );
        let page = html(&learners, &order);
        assert!(
            page.contains("Bo &lt;b&gt;") && !page.contains("Bo <b>"),
            "names are escaped"
        );
        assert!(page.contains("<td class=\"passed\">✓</td>"));
    }

    #[test]
    fn reads_back_what_progress_and_check_write() {
        use crate::json::{ExerciseProgress, TestReport, TestState};
        let dir = tempfile::tempdir().unwrap();
        let progress = Progress {
            version: crate::json::VERSION,
            learner: Some("Ada".into()),
            total: 1,
            passed: 1,
            failing: 0,
            not_started: 0,
            minutes_done: 5,
            minutes_total: 5,
            exercises: vec![ExerciseProgress {
                id: "strings-initials".into(),
                title: "Initials".into(),
                part: "Part I".into(),
                chapter: "Strings".into(),
                status: Status::Passed,
                minutes: 5,
            }],
        };
        let check = CheckReport {
            version: crate::json::VERSION,
            exercise: Some("ownership-shout".into()),
            status: CheckStatus::Fail,
            message: None,
            notes: Vec::new(),
            tests: vec![TestReport {
                name: "shouts".into(),
                status: TestState::Fail,
                message: Some("left: a, right: A".into()),
                output: None,
            }],
        };
        let a = write(
            dir.path(),
            "a.json",
            &serde_json::to_string(&progress).unwrap(),
        );
        let b = write(
            dir.path(),
            "b.json",
            &serde_json::to_string(&check).unwrap(),
        );
        let mut order = Vec::new();
        let ada = read_learner(&a, &mut order).unwrap();
        assert_eq!(ada.name, "Ada");
        assert_eq!(ada.statuses["strings-initials"], Status::Passed);
        let other = read_learner(&b, &mut order).unwrap();
        assert_eq!(other.name, "b");
        assert_eq!(other.statuses["ownership-shout"], Status::Failing);
        assert_eq!(order.len(), 2, "both exercises are in the report's order");
    }

    #[test]
    fn a_file_of_another_kind_is_refused_with_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let bad = write(dir.path(), "x.json", "{\"hello\": 1}");
        let err = read_learner(&bad, &mut Vec::new()).unwrap_err().to_string();
        assert!(err.contains("x.json is neither"), "{err}");
    }
}
