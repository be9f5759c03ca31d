//! The course's generated pages: the exercise index and the schedule.
//!
//! Both are computed from what the chapters declare: each page's reading
//! time (`{{#minutes N}}`) and the minutes of the exercises it places.

use std::fmt::Write as _;
use std::path::Path;

use course_meta::{Exercise, Problem};

/// The session length the schedule plans for unless `book.toml` sets
/// `session-minutes`: a half day of teaching.
pub const DEFAULT_SESSION_MINUTES: u32 = 180;

/// What the plan needs to know about one page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The part it belongs to.
    pub part: Option<String>,
    /// Its title.
    pub title: String,
    /// Its path under `src/`.
    pub path: String,
    /// Its reading time, from `{{#minutes N}}`.
    pub reading_minutes: Option<u32>,
    /// The exercises it places, in order.
    pub exercises: Vec<Exercise>,
}

impl Page {
    /// Minutes of the exercises on this page.
    pub fn exercise_minutes(&self) -> u32 {
        self.exercises.iter().map(|e| e.minutes).sum()
    }

    /// Reading plus exercises.
    pub fn total_minutes(&self) -> u32 {
        self.reading_minutes.unwrap_or(0) + self.exercise_minutes()
    }
}

/// One teaching session: consecutive pages of one part.
#[derive(Debug)]
pub struct Session<'p> {
    /// 1-based number across the whole course.
    pub number: usize,
    /// Its pages, in book order.
    pub pages: Vec<&'p Page>,
}

impl Session<'_> {
    /// Its length in minutes.
    pub fn minutes(&self) -> u32 {
        self.pages.iter().map(|p| p.total_minutes()).sum()
    }
}

/// Pages grouped by part, in book order. Pages outside any part are
/// grouped as course-meta names them ([`course_meta::summary::group_label`]),
/// as `cargo course list` does.
fn parts(pages: &[Page]) -> Vec<(&str, Vec<&Page>)> {
    let mut groups: Vec<(&str, Vec<&Page>)> = Vec::new();
    let mut seen_part = false;
    for page in pages {
        seen_part |= page.part.is_some();
        let part = course_meta::summary::group_label(page.part.as_deref(), seen_part);
        match groups.last_mut() {
            Some((current, members)) if *current == part => members.push(page),
            _ => groups.push((part, vec![page])),
        }
    }
    groups
}

/// Packs pages into sessions of at most `limit` minutes, greedily and in
/// order, starting a new session at every part. A page longer than `limit`
/// gets a session of its own (and a warning from [`warnings`]).
pub fn sessions(pages: &[Page], limit: u32) -> Vec<(&str, Vec<Session<'_>>)> {
    let mut number = 0;
    let mut out = Vec::new();
    for (part, members) in parts(pages) {
        let mut sessions: Vec<Session<'_>> = Vec::new();
        for page in members.into_iter().filter(|p| p.total_minutes() > 0) {
            let fits = sessions
                .last()
                .is_some_and(|s| s.minutes() + page.total_minutes() <= limit);
            if fits {
                sessions.last_mut().expect("checked above").pages.push(page);
            } else {
                number += 1;
                sessions.push(Session {
                    number,
                    pages: vec![page],
                });
            }
        }
        out.push((part, sessions));
    }
    out
}

/// `2 h 05 min`, `45 min`.
pub fn duration(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}

/// A link from the page at `from` to `to` (both paths under `src/`).
pub fn relative_link(from: &str, to: &str) -> String {
    format!("{}{}", "../".repeat(from.matches('/').count()), to)
}

/// The exercise index: every exercise, by part and chapter.
pub fn index(pages: &[Page], from: &str) -> String {
    let all: Vec<&Exercise> = pages.iter().flat_map(|p| &p.exercises).collect();
    let total: u32 = all.iter().map(|e| e.minutes).sum();
    let mut out = format!(
        "{} exercises, about {} in all. Each links to its place in the book.\n",
        all.len(),
        duration(total)
    );
    for (part, members) in parts(pages) {
        let members: Vec<&Page> = members
            .into_iter()
            .filter(|p| !p.exercises.is_empty())
            .collect();
        if members.is_empty() {
            continue;
        }
        let _ = write!(out, "\n## {part}\n");
        for page in members {
            let link = relative_link(from, &page.path);
            let _ = write!(
                out,
                "\n### [{}]({link})\n\n| Exercise | Id | Kind | Difficulty | Minutes |\n| --- | --- | --- | --- | ---: |\n",
                page.title
            );
            for e in &page.exercises {
                let _ = writeln!(
                    out,
                    "| [{}]({link}#exercise-{}) | `{}` | {} | {} {} | {} |",
                    escape_cell(&e.title),
                    e.id,
                    e.id,
                    e.kind.label(),
                    e.difficulty.stars(),
                    e.difficulty,
                    e.minutes
                );
            }
        }
    }
    out.trim_end().to_string()
}

/// The schedule: per part, the sessions and their pages, then totals.
pub fn schedule(pages: &[Page], from: &str, limit: u32) -> String {
    let mut out = format!(
        "Computed from each page's reading time and the minutes of its exercises, in sessions of at most {} (set `session-minutes` under `[preprocessor.course]` in `book.toml`). Every part starts a new session.\n",
        duration(limit)
    );
    let mut reading = 0;
    let mut exercising = 0;
    let mut count = 0;
    for (part, sessions) in sessions(pages, limit) {
        if sessions.is_empty() {
            continue;
        }
        let part_minutes: u32 = sessions.iter().map(Session::minutes).sum();
        let _ = write!(
            out,
            "\n## {} — {}\n\n| Session | Page | Reading | Exercises | Total |\n| --- | --- | ---: | ---: | ---: |\n",
            part,
            duration(part_minutes)
        );
        for session in &sessions {
            for (i, page) in session.pages.iter().enumerate() {
                let label = if i == 0 {
                    format!("{} ({})", session.number, duration(session.minutes()))
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "| {label} | [{}]({}) | {} | {} | {} |",
                    escape_cell(&page.title),
                    relative_link(from, &page.path),
                    page.reading_minutes.unwrap_or(0),
                    page.exercise_minutes(),
                    page.total_minutes()
                );
                reading += page.reading_minutes.unwrap_or(0);
                exercising += page.exercise_minutes();
            }
        }
        count += sessions.len();
    }
    let sessions_word = if count == 1 { "session" } else { "sessions" };
    let _ = write!(
        out,
        "\n## The whole course\n\n{count} {sessions_word}, {} in all: {} of reading and {} of exercises.\n",
        duration(reading + exercising),
        duration(reading),
        duration(exercising)
    );
    out.trim_end().to_string()
}

/// Problems an author should fix that do not stop the build: a page longer
/// than a session, and a page with exercises but no reading time.
pub fn warnings(pages: &[Page], src: &Path, limit: u32) -> Vec<Problem> {
    let mut out = Vec::new();
    for page in pages {
        let at = |message: String| Problem {
            file: src.join(&page.path),
            line: 1,
            message,
        };
        if page.total_minutes() > limit {
            out.push(at(format!(
                "this page needs {} (reading {} min + exercises {} min), more than one session of {} — split it, or raise `session-minutes` in book.toml",
                duration(page.total_minutes()),
                page.reading_minutes.unwrap_or(0),
                page.exercise_minutes(),
                duration(limit)
            )));
        }
        if page.reading_minutes.is_none() && !page.exercises.is_empty() {
            out.push(at(
                "this page places exercises but has no `{{#minutes N}}` — add its reading time so the schedule counts it".into(),
            ));
        }
    }
    out
}

fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;
    use course_meta::{Difficulty, Kind};

    fn exercise(id: &str, minutes: u32) -> Exercise {
        Exercise {
            id: id.into(),
            title: format!("Title of {id}"),
            chapter: "c.md".into(),
            kind: Kind::Implement,
            difficulty: Difficulty::Easy,
            minutes,
            path: "p.rs".into(),
            hints: vec!["h".into()],
            objectives: vec![],
            timeout_secs: None,
            package: None,
            loom: false,
            line: 1,
            path_line: 1,
            chapter_line: 1,
        }
    }

    fn page(part: &str, path: &str, reading: u32, exercises: &[u32]) -> Page {
        Page {
            part: Some(part.into()),
            title: format!("Page {path}"),
            path: path.into(),
            reading_minutes: Some(reading),
            exercises: exercises
                .iter()
                .enumerate()
                .map(|(i, m)| exercise(&format!("{path}-{i}"), *m))
                .collect(),
        }
    }

    #[test]
    fn durations_read_well() {
        assert_eq!(duration(45), "45 min");
        assert_eq!(duration(60), "1 h");
        assert_eq!(duration(125), "2 h 05 min");
    }

    #[test]
    fn links_climb_out_of_the_current_folder() {
        assert_eq!(
            relative_link("appendix/index.md", "part1/a.md"),
            "../part1/a.md"
        );
        assert_eq!(relative_link("index.md", "part1/a.md"), "part1/a.md");
    }

    #[test]
    fn sessions_pack_greedily_and_restart_per_part() {
        let pages = vec![
            page("A", "a1.md", 60, &[30]), // 90
            page("A", "a2.md", 40, &[40]), // 80 -> fits (170)
            page("A", "a3.md", 20, &[]),   // 20 -> new session
            page("B", "b1.md", 10, &[]),   // new part, new session
            page("B", "b2.md", 200, &[]),  // too long: own session
        ];
        let plan = sessions(&pages, 180);
        let shape: Vec<Vec<(usize, Vec<&str>)>> = plan
            .iter()
            .map(|(_, s)| {
                s.iter()
                    .map(|s| (s.number, s.pages.iter().map(|p| p.path.as_str()).collect()))
                    .collect()
            })
            .collect();
        assert_eq!(
            shape,
            vec![
                vec![(1, vec!["a1.md", "a2.md"]), (2, vec!["a3.md"])],
                vec![(3, vec!["b1.md"]), (4, vec!["b2.md"])],
            ]
        );
        let warned = warnings(&pages, Path::new("src"), 180);
        assert_eq!(warned.len(), 1);
        assert_eq!(warned[0].file, Path::new("src/b2.md"));
        assert!(
            warned[0].message.contains("more than one session of 3 h"),
            "{}",
            warned[0].message
        );
    }

    #[test]
    fn index_links_every_exercise() {
        let pages = vec![page("Part I", "part1/a.md", 10, &[5, 10])];
        let index = index(&pages, "appendix/exercises.md");
        assert!(
            index.starts_with("2 exercises, about 15 min in all."),
            "{index}"
        );
        assert!(index.contains("## Part I"), "{index}");
        assert!(
            index.contains("| [Title of part1/a.md-0](../part1/a.md#exercise-part1/a.md-0) |"),
            "{index}"
        );
    }

    #[test]
    fn schedule_totals_add_up() {
        let pages = vec![page("A", "a.md", 30, &[15]), page("B", "b.md", 20, &[])];
        let text = schedule(&pages, "s.md", 180);
        assert!(text.contains("## A — 45 min"), "{text}");
        assert!(
            text.contains("| 1 (45 min) | [Page a.md](a.md) | 30 | 15 | 45 |"),
            "{text}"
        );
        assert!(
            text.contains(
                "2 sessions, 1 h 05 min in all: 50 min of reading and 15 min of exercises."
            ),
            "{text}"
        );
    }
}
