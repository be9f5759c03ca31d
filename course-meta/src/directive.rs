//! Finding the course's directives in a chapter's markdown.
//!
//! | directive | meaning |
//! | --- | --- |
//! | `{{#exercise ID}}` | the exercise, rendered in full; options `solution=…`, `level=…` |
//! | `{{#minutes N}}` | the page's reading time, in minutes (used by the schedule) |
//! | `{{#exercise-index}}` | a table of every exercise, by part and chapter |
//! | `{{#schedule}}` | the course's schedule, in sessions |
//!
//! A directive counts only where a reader would see it as text: not inside a
//! code block, an inline code span or raw HTML, and not when escaped with a
//! backslash (`\{{#exercise id}}`). It must stand alone on its line, because
//! it is replaced by block content. mdBook's own directives (`{{#include}}`
//! and friends) are left for mdBook; a name close to one of ours
//! (`{{#excercise}}`) is an error, so a typo never silently shows as text.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use crate::similar::closest;

/// The directive names this crate handles.
pub const NAMES: &[&str] = &["exercise", "minutes", "exercise-index", "schedule"];
/// Directive names that belong to mdBook and are left alone.
const MDBOOK_NAMES: &[&str] = &["include", "rustdoc_include", "playground", "title"];
/// The options `{{#exercise}}` accepts.
pub const EXERCISE_OPTIONS: &[&str] = &["solution", "level"];

/// How a reference solution appears in the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SolutionMode {
    /// Printed openly under the exercise.
    Shown,
    /// In a folded block the reader opens on purpose.
    #[default]
    Collapsed,
    /// No solution code anywhere in the book (workshop builds).
    Absent,
}

impl SolutionMode {
    fn parse(value: &str) -> Option<Self> {
        match value {
            "shown" => Some(SolutionMode::Shown),
            "collapsed" => Some(SolutionMode::Collapsed),
            "absent" => Some(SolutionMode::Absent),
            _ => None,
        }
    }
}

/// Per-placement options of `{{#exercise}}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExerciseOptions {
    /// Overrides the book's solution setting for this exercise (a book built
    /// with `absent` stays absent).
    pub solution: Option<SolutionMode>,
    /// Heading level of the exercise's title (2 to 4; default 3).
    pub level: Option<u8>,
}

/// What a directive asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// `{{#exercise ID …}}`.
    Exercise {
        /// The exercise id.
        id: String,
        /// Its options.
        options: ExerciseOptions,
    },
    /// `{{#minutes N}}`.
    Minutes(u32),
    /// `{{#exercise-index}}`.
    ExerciseIndex,
    /// `{{#schedule}}`.
    Schedule,
}

/// One well-formed directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// What it asks for.
    pub kind: Kind,
    /// 1-based line of the directive in the chapter.
    pub line: usize,
    /// Byte range of the directive (`{{#…}}`) in the chapter.
    pub range: Range<usize>,
}

impl Directive {
    /// The exercise id, for an exercise directive.
    pub fn exercise_id(&self) -> Option<&str> {
        match &self.kind {
            Kind::Exercise { id, .. } => Some(id),
            _ => None,
        }
    }
}

/// A directive that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectiveError {
    /// 1-based line of the bad directive.
    pub line: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Everything found in one chapter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    /// Well-formed directives, in order.
    pub directives: Vec<Directive>,
    /// Malformed directives, in order.
    pub errors: Vec<DirectiveError>,
}

/// Finds every directive in `markdown`.
pub fn scan(markdown: &str) -> Scan {
    let mut scan = Scan::default();
    if !markdown.contains("{{") {
        return scan; // most chapters: skip parsing entirely
    }
    for (range, nested) in text_ranges(markdown) {
        scan_text(markdown, range, nested, &mut scan);
    }
    let mut minutes = scan
        .directives
        .iter()
        .filter(|d| matches!(d.kind, Kind::Minutes(_)));
    if let (Some(first), Some(second)) = (minutes.next(), minutes.next()) {
        let (first, second) = (first.line, second.line);
        scan.errors.push(DirectiveError {
            line: second,
            message: format!("a second `{{{{#minutes}}}}` on this page (the first is on line {first}) — keep one"),
        });
    }
    scan
}

/// Byte ranges of the source that a reader sees as plain text, with
/// neighbouring pieces of text merged (escapes split text into pieces),
/// each with whether it sits inside a container (list, quote, table,
/// footnote), where block content cannot be put.
fn text_ranges(markdown: &str) -> Vec<(Range<usize>, bool)> {
    let mut ranges: Vec<(Range<usize>, bool)> = Vec::new();
    let mut in_code_block = 0usize;
    let mut containers = 0usize;
    let parser = Parser::new_ext(markdown, Options::all()).into_offset_iter();
    for (event, range) in parser {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block += 1,
            Event::End(TagEnd::CodeBlock) => in_code_block = in_code_block.saturating_sub(1),
            Event::Start(
                Tag::List(_)
                | Tag::BlockQuote(_)
                | Tag::Table(_)
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList,
            ) => containers += 1,
            Event::End(
                TagEnd::List(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::Table
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionList,
            ) => containers = containers.saturating_sub(1),
            Event::Text(_) if in_code_block == 0 => {
                let nested = containers > 0;
                match ranges.last_mut() {
                    Some((last, was_nested))
                        if last.end == range.start && *was_nested == nested =>
                    {
                        last.end = range.end;
                    }
                    _ => ranges.push((range, nested)),
                }
            }
            _ => {}
        }
    }
    ranges
}

fn scan_text(markdown: &str, range: Range<usize>, nested: bool, scan: &mut Scan) {
    report_spaced_openers(markdown, &range, scan);
    let mut from = range.start;
    while from < range.end {
        let Some(found) = markdown[from..range.end].find("{{#") else {
            break;
        };
        let start = from + found;
        from = start + 3;
        if start > 0 && markdown.as_bytes()[start - 1] == b'\\' {
            continue; // escaped: shown literally
        }
        let name_len = markdown[start + 3..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(markdown.len() - start - 3);
        let name = &markdown[start + 3..start + 3 + name_len];
        let line = line_of(markdown, start);
        if !NAMES.contains(&name) {
            if !MDBOOK_NAMES.contains(&name) {
                if let Some(ours) = closest(name, NAMES, 2) {
                    scan.errors.push(DirectiveError {
                        line,
                        message: format!(
                            "unknown directive `{{{{#{name}` — did you mean `{{{{#{ours}`?"
                        ),
                    });
                }
            }
            continue;
        }
        let line_end = markdown[start..]
            .find('\n')
            .map_or(markdown.len(), |i| start + i);
        let Some(close) = markdown[start..line_end].find("}}") else {
            scan.errors.push(DirectiveError {
                line,
                message: format!(
                    "unclosed directive `{{{{#{name}` — close it with `}}}}` on the same line"
                ),
            });
            continue;
        };
        let end = start + close + 2;
        from = end;
        if end > range.end {
            // The `}}` lies past the plain text the directive started in
            // (inside a code span, a link, emphasis...).
            scan.errors.push(DirectiveError {
                line,
                message: format!(
                    "`{}` is broken up by markdown (code, emphasis or a link) — write the directive plainly, alone on its line",
                    &markdown[start..end]
                ),
            });
            continue;
        }
        let args = &markdown[start + 3 + name_len..start + close];
        let parsed = parse(name, args);
        let parsed = parsed.and_then(|kind| {
            if nested {
                Err(format!(
                    "`{}` is inside a list, quote or table — directives go at the top level of the page, alone on their line",
                    &markdown[start..end]
                ))
            } else if stands_alone(markdown, start, end) {
                Ok(kind)
            } else {
                Err(format!(
                    "`{}` must stand alone on its line — move the text around it to a paragraph of its own",
                    &markdown[start..end]
                ))
            }
        });
        match parsed {
            Ok(kind) => scan.directives.push(Directive {
                kind,
                line,
                range: start..end,
            }),
            Err(message) => scan.errors.push(DirectiveError { line, message }),
        }
    }
}

/// `{{ #exercise x}}` (a space after the braces) is a typo of ours that
/// would otherwise show up silently as text.
fn report_spaced_openers(markdown: &str, range: &Range<usize>, scan: &mut Scan) {
    let text = &markdown[range.clone()];
    let mut from = 0;
    while let Some(found) = text[from..].find("{{") {
        let at = from + found;
        from = at + 2;
        let rest = &text[from..];
        let after_space = rest.trim_start_matches([' ', '\t']);
        if after_space.len() == rest.len() {
            continue; // no space: handled (or left to mdBook) by the scanner
        }
        if let Some(name) = after_space.strip_prefix('#') {
            if let Some(ours) = NAMES.iter().find(|n| name.starts_with(*n)) {
                scan.errors.push(DirectiveError {
                    line: line_of(markdown, range.start + at),
                    message: format!(
                        "`{{{{ #{ours}` has a space after the braces — write `{{{{#{ours}`"
                    ),
                });
            }
        }
    }
}

/// Parses a directive's arguments (the text between its name and `}}`).
fn parse(name: &str, args: &str) -> Result<Kind, String> {
    if !args.is_empty() && !args.starts_with(char::is_whitespace) {
        return Err(format!(
            "unknown directive `{{{{#{name}{args}}}}}` — separate the arguments with a space"
        ));
    }
    let mut words = args.split_whitespace();
    match name {
        "exercise" => {
            let Some(id) = words.next() else {
                return Err("`{{#exercise}}` names no exercise — write `{{#exercise ID}}` with an id from exercises.toml".into());
            };
            if id.contains('=') {
                return Err(format!("`{{{{#exercise}}}}` must name the exercise first — write `{{{{#exercise ID {id}}}}}`"));
            }
            let options = parse_exercise_options(id, words)?;
            Ok(Kind::Exercise {
                id: id.to_string(),
                options,
            })
        }
        "minutes" => {
            let usage =
                "write `{{#minutes N}}` with the page's reading time in whole minutes, 1 to 600";
            let n = words
                .next()
                .ok_or_else(|| format!("`{{{{#minutes}}}}` needs a number — {usage}"))?;
            if let Some(extra) = words.next() {
                return Err(format!(
                    "unexpected `{extra}` in `{{{{#minutes}}}}` — {usage}"
                ));
            }
            match n.parse::<u32>() {
                Ok(n @ 1..=600) => Ok(Kind::Minutes(n)),
                _ => Err(format!("`{n}` is not a reading time — {usage}")),
            }
        }
        "exercise-index" | "schedule" => match words.next() {
            None => Ok(if name == "schedule" {
                Kind::Schedule
            } else {
                Kind::ExerciseIndex
            }),
            Some(extra) => Err(format!(
                "`{{{{#{name}}}}}` takes no arguments, but got `{extra}`"
            )),
        },
        _ => unreachable!("only names in NAMES are parsed"),
    }
}

fn parse_exercise_options<'a>(
    id: &str,
    words: impl Iterator<Item = &'a str>,
) -> Result<ExerciseOptions, String> {
    let mut options = ExerciseOptions::default();
    let mut seen = Vec::new();
    for word in words {
        let Some((key, value)) = word.split_once('=') else {
            return Err(format!(
                "unexpected `{word}` after the exercise id `{id}` — options are written `key=value` (`solution=collapsed`, `level=2`)"
            ));
        };
        if seen.contains(&key) {
            return Err(format!("option `{key}` is given twice — keep one"));
        }
        seen.push(key);
        match key {
            "solution" => {
                options.solution = Some(SolutionMode::parse(value).ok_or_else(|| {
                    format!(
                        "`solution={value}` is not valid — use `shown`, `collapsed` or `absent`"
                    )
                })?);
            }
            "level" => {
                options.level = Some(match value {
                    "2" => 2,
                    "3" => 3,
                    "4" => 4,
                    _ => {
                        return Err(format!(
                            "`level={value}` is not valid — the title's heading level is 2, 3 or 4"
                        ))
                    }
                });
            }
            other => {
                let hint = closest(other, EXERCISE_OPTIONS, 2)
                    .map(|o| format!(" (did you mean `{o}`?)"))
                    .unwrap_or_default();
                return Err(format!(
                    "unknown option `{other}`{hint} — `{{{{#exercise}}}}` takes `solution=…` and `level=…`"
                ));
            }
        }
    }
    Ok(options)
}

fn stands_alone(markdown: &str, start: usize, end: usize) -> bool {
    let line_start = markdown[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = markdown[end..]
        .find('\n')
        .map_or(markdown.len(), |i| end + i);
    markdown[line_start..start].trim().is_empty() && markdown[end..line_end].trim().is_empty()
}

/// 1-based line number of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(markdown: &str) -> Vec<(Kind, usize)> {
        let scan = scan(markdown);
        assert!(
            scan.errors.is_empty(),
            "unexpected errors: {:?}",
            scan.errors
        );
        scan.directives
            .into_iter()
            .map(|d| (d.kind, d.line))
            .collect()
    }

    fn exercise(id: &str) -> Kind {
        Kind::Exercise {
            id: id.into(),
            options: ExerciseOptions::default(),
        }
    }

    fn errors(markdown: &str) -> Vec<(usize, String)> {
        let scan = scan(markdown);
        assert!(
            scan.directives.is_empty(),
            "unexpected directives: {:?}",
            scan.directives
        );
        scan.errors
            .into_iter()
            .map(|e| (e.line, e.message))
            .collect()
    }

    #[test]
    fn finds_directives_with_lines_and_exact_ranges() {
        let md = "# Title\n\n{{#minutes 20}}\n\nText.\n\n{{#exercise first-word}}\n\n{{#exercise  shout solution=absent level=2 }}\n\n{{#exercise-index}}\n\n{{#schedule}}\n";
        assert_eq!(
            kinds(md),
            vec![
                (Kind::Minutes(20), 3),
                (exercise("first-word"), 7),
                (
                    Kind::Exercise {
                        id: "shout".into(),
                        options: ExerciseOptions {
                            solution: Some(SolutionMode::Absent),
                            level: Some(2)
                        }
                    },
                    9
                ),
                (Kind::ExerciseIndex, 11),
                (Kind::Schedule, 13),
            ]
        );
        let d = &scan(md).directives[1];
        assert_eq!(&md[d.range.clone()], "{{#exercise first-word}}");
    }

    #[test]
    fn ignores_code_inline_code_html_escapes_and_mdbook_directives() {
        let md = "```md\n{{#exercise a}}\n```\n\n    {{#exercise b}}\n\n`{{#exercise c}}`\n\n<div>\n{{#exercise d}}\n</div>\n\n\\{{#exercise e}}\n\n{{#include file.rs}}\n\n{{#title Hi}}\n\n{{#rustdoc_include x.rs:2}}\n";
        assert_eq!(kinds(md), vec![]);
    }

    #[test]
    fn directive_inside_a_quote_or_list_is_refused() {
        for (md, expected) in [
            ("> {{#exercise q}}\n", "inside a list, quote or table"),
            ("- {{#exercise q}}\n", "inside a list, quote or table"),
            ("see {{#minutes 3}} here\n", "stand alone"),
        ] {
            let errors = errors(md);
            assert_eq!(errors.len(), 1, "{md:?}");
            assert!(errors[0].1.contains(expected), "{md:?}: {errors:?}");
        }
    }

    #[test]
    fn malformed_directives_are_errors_with_lines() {
        let md = "ok\n\n{{#exercise}}\n\n{{#exercise a b}}\n\n{{#exercise c\n\n{{#exercisex}}\n\n{{#excercise d}}\n";
        let found = errors(md);
        let lines: Vec<usize> = found.iter().map(|e| e.0).collect();
        assert_eq!(lines, vec![3, 5, 7, 9, 11], "{found:?}");
        assert!(found[0].1.contains("names no exercise"));
        assert!(found[1].1.contains("unexpected `b`"));
        assert!(found[2].1.contains("unclosed"));
        assert!(
            found[3].1.contains("did you mean `{{#exercise`"),
            "{}",
            found[3].1
        );
        assert!(
            found[4].1.contains("did you mean `{{#exercise`"),
            "{}",
            found[4].1
        );
    }

    #[test]
    fn bad_options_are_explained() {
        let cases = [
            (
                "{{#exercise a solution=folded}}",
                "`solution=folded` is not valid",
            ),
            ("{{#exercise a level=7}}", "`level=7` is not valid"),
            (
                "{{#exercise a solutoin=shown}}",
                "unknown option `solutoin` (did you mean `solution`?)",
            ),
            ("{{#exercise a level=2 level=3}}", "given twice"),
            (
                "{{#exercise solution=shown}}",
                "must name the exercise first",
            ),
            ("{{#minutes}}", "needs a number"),
            ("{{#minutes ten}}", "`ten` is not a reading time"),
            ("{{#minutes 0}}", "`0` is not a reading time"),
            ("{{#minutes 5 6}}", "unexpected `6`"),
            ("{{#schedule now}}", "takes no arguments"),
        ];
        for (md, expected) in cases {
            let found = errors(md);
            assert_eq!(found.len(), 1, "{md}: {found:?}");
            assert!(found[0].1.contains(expected), "{md}: {}", found[0].1);
        }
    }

    #[test]
    fn a_directive_broken_up_by_markup_is_an_error() {
        let found = errors("{{#exercise x`}}`\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].1.contains("broken up by markdown"),
            "{}",
            found[0].1
        );
        // Found by the property test: a `}}` far past the text range.
        let _ = scan("[{{#exercise-index}}````\t~~~{{#exercise    [</div>{{#schedule}}}}{{#exercise demo-double}}`");
    }

    #[test]
    fn nested_directives_and_spaced_openers_are_errors() {
        for md in [
            "- item\n\n  {{#exercise q}}\n",
            "> quote\n{{#exercise q}}\n",
            "| a |\n| - |\n| {{#exercise q}} |\n",
        ] {
            let found = errors(md);
            assert_eq!(found.len(), 1, "{md:?}: {found:?}");
            assert!(
                found[0].1.contains("inside a list, quote or table"),
                "{md:?}: {}",
                found[0].1
            );
        }
        let found = errors("{{ #exercise q}}\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].1.contains("space after the braces"),
            "{}",
            found[0].1
        );
    }

    #[test]
    fn a_second_minutes_is_an_error() {
        let found = scan("{{#minutes 5}}\n\n{{#minutes 6}}\n");
        assert_eq!(found.errors.len(), 1);
        assert_eq!(found.errors[0].line, 3);
        assert!(found.errors[0].message.contains("the first is on line 1"));
    }

    #[test]
    fn no_panic_at_the_end_of_input() {
        for md in [
            "{{#",
            "{{#exercise",
            "{{#exercise x}",
            "x {{#",
            "\\{{#",
            "{{#minutes 9999999999999}}",
        ] {
            let _ = scan(md);
        }
    }
}
