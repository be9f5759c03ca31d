//! The book's table of contents (`src/SUMMARY.md`), for ordering and grouping.
//!
//! Only what the course tools need: part titles and the chapters (with a
//! file) under each, in book order. mdBook itself still reads SUMMARY.md for
//! the book; this never changes it.

use std::path::Path;

/// The group of chapters before the first part.
pub const BEFORE_PARTS: &str = "Introduction";
/// The group of chapters after the last part (after `---`).
pub const AFTER_PARTS: &str = "Appendix";

/// The name of the group a chapter belongs to, for the exercise index, the
/// schedule, `cargo course list` and `progress`: its part's title, or
/// [`BEFORE_PARTS`] / [`AFTER_PARTS`] for chapters outside any part
/// (`after_a_part`: whether a part came earlier in the book).
pub fn group_label(part: Option<&str>, after_a_part: bool) -> &str {
    match part {
        Some(part) => part,
        None if after_a_part => AFTER_PARTS,
        None => BEFORE_PARTS,
    }
}

/// One chapter in the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    /// The part it belongs to (`None` before the first part and after `---`).
    pub part: Option<String>,
    /// The part, or the group outside the parts (see [`group_label`]).
    pub group: String,
    /// Its title.
    pub title: String,
    /// Its path under `src/`.
    pub path: String,
}

/// Reads `src/SUMMARY.md` under `root`; empty if there is none.
pub fn read_summary(root: &Path) -> Vec<TocEntry> {
    std::fs::read_to_string(root.join(crate::BOOK_SRC_DIR).join("SUMMARY.md"))
        .map(|text| parse_summary(&text))
        .unwrap_or_default()
}

/// Parses SUMMARY.md text.
pub fn parse_summary(text: &str) -> Vec<TocEntry> {
    let mut entries = Vec::new();
    let mut part: Option<String> = None;
    let mut seen_part = false;
    let mut seen_title = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(title) = trimmed.strip_prefix("# ") {
            // The first `# ` heading is the book's title ("Summary"), unless
            // it comes after a chapter.
            if seen_title || !entries.is_empty() {
                part = Some(title.trim().to_string());
                seen_part = true;
            }
            seen_title = true;
            continue;
        }
        if trimmed.starts_with("---") || trimmed.starts_with("***") {
            part = None;
            continue;
        }
        let item = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .unwrap_or(trimmed);
        let Some(rest) = item.strip_prefix('[') else {
            continue;
        };
        let Some((title, rest)) = rest.split_once("](") else {
            continue;
        };
        let Some((path, _)) = rest.split_once(')') else {
            continue;
        };
        if !path.trim().is_empty() {
            entries.push(TocEntry {
                group: group_label(part.as_deref(), seen_part).to_string(),
                part: part.clone(),
                title: title.to_string(),
                path: path.trim().trim_start_matches("./").to_string(),
            });
        }
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_parts_chapters_and_suffix() {
        let toc = parse_summary(
            "# Summary\n\n[Intro](intro.md)\n\n# Part 0 — Start\n\n- [Use](part0/use.md)\n  - [Sub](part0/sub.md)\n- [Draft]()\n\n# Part I\n\n- [Own](part1/own.md)\n\n---\n\n[Appendix](appendix/a.md)\n",
        );
        let got: Vec<(Option<&str>, &str)> = toc
            .iter()
            .map(|e| (e.part.as_deref(), e.path.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (None, "intro.md"),
                (Some("Part 0 — Start"), "part0/use.md"),
                (Some("Part 0 — Start"), "part0/sub.md"),
                (Some("Part I"), "part1/own.md"),
                (None, "appendix/a.md"),
            ]
        );
        assert_eq!(toc[1].title, "Use");
        let groups: Vec<&str> = toc.iter().map(|e| e.group.as_str()).collect();
        assert_eq!(
            groups,
            [
                BEFORE_PARTS,
                "Part 0 — Start",
                "Part 0 — Start",
                "Part I",
                AFTER_PARTS
            ]
        );
    }
}
