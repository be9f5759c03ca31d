//! Every link from one page of the book to another leads somewhere.
//!
//! mdBook checks the pages that `SUMMARY.md` lists, but not the links inside
//! them: a link to a renamed chapter, or to a heading whose text changed,
//! renders as a dead link without a warning. This test reads every page under
//! `src/`, takes each inline link `[text](target)` outside code, and for a
//! relative target checks that the file exists and, when the link names an
//! anchor (`page.md#anchor`), that the page has a heading with that id (as
//! mdBook derives it from the heading's text) or an exercise with it
//! (`#exercise-ID`, the anchor the preprocessor puts before each exercise).
//! Links to other sites are left alone: the book is read offline.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

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

/// The page's lines with fenced code blocks blanked out (line numbers stay).
fn prose_lines(text: &str) -> Vec<String> {
    let mut fence: Option<String> = None;
    let mut out = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        match &fence {
            Some(open) => {
                let closing = trimmed.trim_end();
                let fence_char = open.chars().next().unwrap_or('`');
                if closing.len() >= open.len() && closing.chars().all(|c| c == fence_char) {
                    fence = None;
                }
                out.push(String::new());
            }
            None => {
                let marker: String = trimmed
                    .chars()
                    .take_while(|&c| c == '`' || c == '~')
                    .collect();
                let first = marker.chars().next().unwrap_or('`');
                if marker.len() >= 3 && marker.chars().all(|c| c == first) {
                    fence = Some(marker);
                    out.push(String::new());
                } else {
                    out.push(line.to_string());
                }
            }
        }
    }
    out
}

/// `line` without its inline code spans.
fn without_code_spans(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find('`') {
        out.push_str(&rest[..start]);
        let ticks = rest[start..].chars().take_while(|&c| c == '`').count();
        let after = &rest[start + ticks..];
        let closing = "`".repeat(ticks);
        match after.find(&closing) {
            Some(end) => rest = &after[end + ticks..],
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The targets of the inline links on one line of prose.
fn link_targets(line: &str) -> Vec<String> {
    let line = without_code_spans(line);
    let mut out = Vec::new();
    let mut rest = line.as_str();
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find(')').unwrap_or(after.len());
        let target = after[..end].split_whitespace().next().unwrap_or("");
        out.push(target.to_string());
        rest = &after[end..];
    }
    out
}

/// The ids mdBook 0.4 gives the page's headings, and the exercise anchors.
fn anchors(text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for line in prose_lines(text) {
        let Some(heading) = line.strip_prefix('#') else {
            continue;
        };
        let heading = heading.trim_start_matches('#');
        if !heading.starts_with(' ') {
            continue;
        }
        // The heading's text as rendered: code spans keep their text, links
        // keep only theirs.
        let mut visible = String::new();
        let mut rest = heading.trim();
        while let Some(open) = rest.find('[') {
            visible.push_str(&rest[..open]);
            let inner = &rest[open + 1..];
            match (inner.find("]("), inner.find(')')) {
                (Some(close), Some(paren)) if close < paren => {
                    visible.push_str(&inner[..close]);
                    rest = &inner[paren + 1..];
                }
                _ => {
                    visible.push('[');
                    rest = inner;
                }
            }
        }
        visible.push_str(rest);
        let base: String = visible
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
    let mut rest = text;
    while let Some(at) = rest.find("{{#exercise ") {
        let after = &rest[at + "{{#exercise ".len()..];
        let end = after.find("}}").unwrap_or(after.len());
        ids.insert(format!("exercise-{}", after[..end].trim()));
        rest = &after[end..];
    }
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
        for (number, line) in prose_lines(&text).iter().enumerate() {
            for target in link_targets(line) {
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
                    number + 1
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
    let lines = prose_lines(
        "See [a](a.md).\n```rust\nlet x = [1](2);\n```\nAnd `[b](b.md)` and [c](c.md#d).\n",
    );
    let targets: Vec<String> = lines.iter().flat_map(|l| link_targets(l)).collect();
    assert_eq!(targets, ["a.md", "c.md#d"]);
}
