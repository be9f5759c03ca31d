//! Every link from one page of the book to another leads somewhere.
//!
//! mdBook checks the pages that `SUMMARY.md` lists, but not the links inside
//! them: a link to a renamed chapter, or to a heading whose text changed,
//! renders as a dead link without a warning. This test reads every page under
//! `src/`, takes each link outside code (parsed by pulldown-cmark, as mdBook
//! parses pages), and for a relative target checks that the file exists and,
//! when the link names an anchor (`page.md#anchor`), that the page has a heading with that id (as
//! mdBook derives it from the heading's text) or an exercise with it
//! (`#exercise-ID`, the anchor the preprocessor puts before each exercise).
//! Links to other sites are left alone: the book is read offline.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("preprocessor/ sits in the course root")
        .join("src")
}

fn pages(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            pages(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// How the page is parsed: as mdBook parses it (tables and footnotes on), so
/// links inside code are not links and a table cell's link is one.
fn parser(text: &str) -> Parser<'_> {
    Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES)
}

/// Each link's target, with the line it starts on (1-based).
fn link_targets(text: &str) -> Vec<(usize, String)> {
    parser(text)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. }) => {
                let line = text[..range.start].matches('\n').count() + 1;
                Some((line, dest_url.into_string()))
            }
            _ => None,
        })
        .collect()
}

/// The ids mdBook 0.4 gives the page's headings, and the exercise anchors.
///
/// mdBook derives a heading's id from its rendered text (code spans keep
/// their text, links only theirs): letters, digits, `_` and `-` kept and
/// lower-cased, whitespace turned into `-`, anything else dropped; a repeated
/// id gets `-1`, `-2`, ...
fn anchors(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut heading: Option<String> = None;
    for event in parser(text) {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::Text(part) | Event::Code(part) => {
                if let Some(heading) = &mut heading {
                    heading.push_str(&part);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let visible = heading.take().unwrap_or_default();
                let base: String = visible
                    .trim()
                    .chars()
                    .filter_map(|c| {
                        if c.is_alphanumeric() || c == '_' || c == '-' {
                            Some(c.to_ascii_lowercase())
                        } else if c.is_whitespace() {
                            Some('-')
                        } else {
                            None
                        }
                    })
                    .collect();
                let mut id = base.clone();
                let mut n = 1;
                while ids.contains(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                ids.insert(id);
            }
            _ => {}
        }
    }
    // The preprocessor puts `exercise-ID` before each exercise it places;
    // course-meta finds the directives, as for the book build.
    ids.extend(
        course_meta::directive::scan(text)
            .directives
            .iter()
            .filter_map(|directive| directive.exercise_id())
            .map(|id| format!("exercise-{id}")),
    );
    ids
}

/// `base/relative` with `.` and `..` resolved, without touching the disk.
fn join(base: &Path, relative: &str) -> PathBuf {
    let mut out = PathBuf::new();
    for part in base.join(relative).components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[test]
fn every_link_between_pages_resolves() {
    let root = src();
    let mut files = Vec::new();
    pages(&root, &mut files);
    files.sort();
    assert!(
        files.len() > 50,
        "the book's pages were not found under {}",
        root.display()
    );
    let mut problems = Vec::new();
    let mut checked = 0;
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a page is UTF-8");
        let folder = file.parent().expect("a page is in a folder");
        for (line, target) in link_targets(&text) {
            if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            checked += 1;
            let (path, anchor) = match target.split_once('#') {
                Some((path, anchor)) => (path, Some(anchor)),
                None => (target.as_str(), None),
            };
            let page = if path.is_empty() {
                file.clone()
            } else {
                join(folder, path)
            };
            let at = format!(
                "{}:{}: `{target}`",
                file.strip_prefix(&root).unwrap_or(file).display(),
                line
            );
            if !page.is_file() {
                problems.push(format!("{at}: no such file"));
                continue;
            }
            let Some(anchor) = anchor else { continue };
            if page.extension().is_some_and(|e| e == "md") {
                let target_text = std::fs::read_to_string(&page).expect("a page is UTF-8");
                if !anchors(&target_text).contains(anchor) {
                    problems.push(format!(
                        "{at}: no heading or exercise with the id `{anchor}`"
                    ));
                }
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} links found: is the scanner broken?"
    );
    assert!(
        problems.is_empty(),
        "dead links in the book:\n{}",
        problems.join("\n")
    );
}

#[test]
fn heading_ids_follow_mdbook() {
    let page = "# Title\n\n## Beyond Part III\n\n## `Send` and `Sync`\n\n## Beyond Part III\n\n```text\n## not a heading\n```\n\n## A [link](x.md) here\n\n{{#exercise demo-double}}\n";
    let ids = anchors(page);
    let expected: BTreeSet<String> = [
        "title",
        "beyond-part-iii",
        "send-and-sync",
        "beyond-part-iii-1",
        "a-link-here",
        "exercise-demo-double",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(ids, expected);
}

#[test]
fn links_in_code_are_not_links() {
    let targets = link_targets(
        "See [a](a.md).\n```rust\nlet x = [1](2);\n```\nAnd `[b](b.md)` and [c](c.md#d).\n\n| x |\n| - |\n| [e](e.md) |\n",
    );
    assert_eq!(
        targets,
        [(1, "a.md".into()), (5, "c.md#d".into()), (9, "e.md".into())]
    );
}
