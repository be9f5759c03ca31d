//! Finding the course's directives in a chapter's markdown.
//!
//! | directive | meaning |
//! | --- | --- |
//! | `{{#exercise ID}}` | the exercise, rendered in full; options `solution=…`, `level=…` |
//! | `{{#minutes N}}` | the page's reading time, in minutes (used by the schedule) |
//! | `{{#exercise-index}}` | a table of every exercise, by part and chapter |
//! | `{{#schedule}}` | the course's schedule, in sessions |
//! | `{{#notes}}` … `{{#end-notes}}` | speaker notes: the blocks between, for instructors only |
//!
//! A directive counts only where a reader would see it as text: not inside a
//! code block, an inline code span or raw HTML, and not when escaped with a
//! backslash (`\{{#exercise id}}`). It must stand alone on its line, because
//! it is replaced by block content: not in a heading, and never two on one
//! line. mdBook's own directives (`{{#include}}` and friends) are left for
//! mdBook; a name close to one of ours (`{{#excercise}}`) is an error, so a
//! typo never silently shows as text.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Deserialize;

use crate::lines::LineIndex;
use crate::similar::closest;

/// The directive names this crate handles.
pub const NAMES: &[&str] = &[
    "exercise",
    "minutes",
    "exercise-index",
    "schedule",
    "notes",
    "end-notes",
];
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
    /// `{{#notes}}`: speaker notes begin; they end at the next
    /// [`Kind::NotesEnd`] (the scan checks the pairing).
    NotesStart,
    /// `{{#end-notes}}`.
    NotesEnd,
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
///
/// Linear in the chapter's length (up to a log factor): the text is parsed
/// once, each `{{` is looked at a fixed number of times, and line numbers
/// come from an index built once per chapter, never by counting from the
/// start for each `{{#`.
pub fn scan(markdown: &str) -> Scan {
    let mut scan = Scan::default();
    if !markdown.contains("{{") {
        return scan; // most chapters: skip parsing entirely
    }
    let mut scanner = Scanner {
        markdown,
        lines: LineIndex::new(markdown),
        found: Vec::new(),
        errors: Vec::new(),
        last_close: None,
    };
    for (range, place) in text_ranges(markdown) {
        scanner.report_spaced_openers(&range);
        scanner.find_directives(range, place);
    }
    scanner.settle(&mut scan);
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
    check_notes(&mut scan);
    // In the order of the page, and each problem once: two identical typos
    // on one line are one thing to fix.
    scan.errors.sort_by_key(|e| e.line);
    let mut seen = HashSet::new();
    scan.errors
        .retain(|e| seen.insert((e.line, e.message.clone())));
    scan
}

/// Speaker notes open and close in pairs, do not nest, and hold no other
/// directive (an exercise inside notes would vanish from a learner's book).
/// Directives of a broken pair are dropped, so nothing renders half a pair.
fn check_notes(scan: &mut Scan) {
    let mut open: Option<usize> = None;
    let mut broken = Vec::new();
    for (i, directive) in scan.directives.iter().enumerate() {
        match (&directive.kind, open) {
            (Kind::NotesStart, None) => open = Some(i),
            (Kind::NotesStart, Some(first)) => {
                scan.errors.push(DirectiveError {
                    line: directive.line,
                    message: format!(
                        "`{{{{#notes}}}}` inside speaker notes that began on line {} — close those first with `{{{{#end-notes}}}}`",
                        scan.directives[first].line
                    ),
                });
                broken.extend([first, i]);
                open = None;
            }
            (Kind::NotesEnd, Some(_)) => open = None,
            (Kind::NotesEnd, None) => {
                scan.errors.push(DirectiveError {
                    line: directive.line,
                    message: "`{{#end-notes}}` without a `{{#notes}}` before it — add one where the speaker notes begin, or remove this line".into(),
                });
                broken.push(i);
            }
            (_, Some(first)) => {
                scan.errors.push(DirectiveError {
                    line: directive.line,
                    message: format!(
                        "a directive inside the speaker notes that began on line {} — notes are left out of learners' books, and this would go with them: move it after `{{{{#end-notes}}}}`",
                        scan.directives[first].line
                    ),
                });
                broken.push(i);
            }
            (_, None) => {}
        }
    }
    if let Some(first) = open {
        scan.errors.push(DirectiveError {
            line: scan.directives[first].line,
            message: "`{{#notes}}` is never closed — add `{{#end-notes}}` on a line of its own where the speaker notes end".into(),
        });
        broken.push(first);
    }
    let mut index = 0;
    scan.directives.retain(|_| {
        index += 1;
        !broken.contains(&(index - 1))
    });
}

/// Where a piece of text sits, which decides whether a directive may be
/// replaced by block content there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// A paragraph at the top level of the page.
    TopLevel,
    /// Inside a list, quote, table or footnote.
    Nested,
    /// The text of a heading. For a setext heading (text underlined by
    /// `===` or `---`), the byte range of the underline.
    Heading { underline: Option<(usize, usize)> },
}

/// Byte ranges of the source that a reader sees as plain text, with
/// neighbouring pieces of text in the same place merged (escapes split text
/// into pieces).
fn text_ranges(markdown: &str) -> Vec<(Range<usize>, Place)> {
    let mut ranges: Vec<(Range<usize>, Place)> = Vec::new();
    let mut in_code_block = 0usize;
    let mut containers = 0usize;
    let mut heading = None;
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
            Event::Start(Tag::Heading { .. }) => {
                heading = Some(Place::Heading {
                    underline: setext_underline(markdown, range),
                });
            }
            Event::End(TagEnd::Heading(_)) => heading = None,
            Event::Text(_) if in_code_block == 0 => {
                let place = match heading {
                    _ if containers > 0 => Place::Nested,
                    Some(heading) => heading,
                    None => Place::TopLevel,
                };
                match ranges.last_mut() {
                    Some((last, last_place)) if last.end == range.start && *last_place == place => {
                        last.end = range.end;
                    }
                    _ => ranges.push((range, place)),
                }
            }
            _ => {}
        }
    }
    ranges
}

/// The underline of a setext heading whose source is `heading`, or `None`
/// for an ATX heading (`# Title`), which is always one line.
fn setext_underline(markdown: &str, heading: Range<usize>) -> Option<(usize, usize)> {
    let source = markdown[heading.clone()].trim_end_matches(['\n', '\r']);
    let underline_start = heading.start + source.rfind('\n')? + 1;
    Some((underline_start, heading.start + source.len()))
}

/// A directive of ours, before the rule "one directive per line" decides
/// what to report.
struct Found {
    /// 1-based line of its `{{#`.
    line: usize,
    /// Its text as written: `{{#…}}`, or up to the next `{{` or the end
    /// of the line when it is not closed.
    text: Range<usize>,
    /// The directive, or what is wrong with it.
    outcome: Result<Kind, String>,
}

/// The state of one chapter's scan.
struct Scanner<'m> {
    markdown: &'m str,
    lines: LineIndex,
    /// Our directives, well-formed or not, in the order found.
    found: Vec<Found>,
    /// Problems that are not about one of our directives (typos of a name).
    errors: Vec<DirectiveError>,
    /// The last search for a closing `}}`: searched from this offset on the
    /// line ending at `line_end`, found it at `close` (or not at all). Many
    /// directives on one long line then cost one search, not one each.
    last_close: Option<LastClose>,
}

/// See [`Scanner::last_close`].
#[derive(Clone, Copy)]
struct LastClose {
    from: usize,
    line_end: usize,
    close: Option<usize>,
}

impl Scanner<'_> {
    /// Finds the `{{#` in one range of plain text.
    fn find_directives(&mut self, range: Range<usize>, place: Place) {
        let markdown = self.markdown;
        let mut from = range.start;
        // `from` passes the range's end after a `}}` that lies beyond it.
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
            if !NAMES.contains(&name) {
                if !MDBOOK_NAMES.contains(&name) {
                    if let Some(ours) = closest(name, NAMES, 2) {
                        self.errors.push(DirectiveError {
                            line: self.lines.line_of(start),
                            message: format!(
                                "unknown directive `{{{{#{name}` — did you mean `{{{{#{ours}`?"
                            ),
                        });
                    }
                }
                continue; // mdBook's, or not a directive at all
            }
            let line = self.lines.line_of(start);
            let line_range = self.lines.line_range(line);
            let Some(close) = self.close_after(start, line_range.end) else {
                // Shown up to the next directive or the end of the line.
                let rest = &markdown[start..line_range.end];
                let rest = rest[3..].find("{{").map_or(rest, |i| &rest[..3 + i]);
                self.found.push(Found {
                    line,
                    text: start..start + rest.trim_end().len(),
                    outcome: Err(format!(
                        "unclosed directive `{{{{#{name}` — close it with `}}}}` on the same line"
                    )),
                });
                continue;
            };
            let end = close + 2;
            from = end;
            let text = &markdown[start..end];
            let outcome = if end > range.end {
                // The `}}` lies past the plain text the directive started in
                // (inside a code span, a link, emphasis...).
                Err(format!(
                    "`{text}` is broken up by markdown (code, emphasis or a link) — write the directive plainly, alone on its line"
                ))
            } else {
                let args = &markdown[start + 3 + name_len..close];
                parse(name, args).and_then(|kind| {
                    self.check_place(text, place, start..end, line_range)?;
                    Ok(kind)
                })
            };
            self.found.push(Found {
                line,
                text: start..end,
                outcome,
            });
        }
    }

    /// The first `}}` at or after `from` and before `line_end`.
    fn close_after(&mut self, from: usize, line_end: usize) -> Option<usize> {
        if let Some(last) = self.last_close {
            // Nothing between `last.from` and `last.close` (or the line's
            // end) is a `}}`, so a search from inside that stretch ends the
            // same way.
            let same_answer = match last.close {
                Some(close) => last.from <= from && from <= close,
                None => last.from <= from && line_end == last.line_end,
            };
            if same_answer {
                return last.close;
            }
        }
        let close = self.markdown[from..line_end].find("}}").map(|i| from + i);
        self.last_close = Some(LastClose {
            from,
            line_end,
            close,
        });
        close
    }

    /// Whether a well-formed directive at `directive` may be replaced by
    /// block content where it is.
    fn check_place(
        &self,
        text: &str,
        place: Place,
        directive: Range<usize>,
        line: Range<usize>,
    ) -> Result<(), String> {
        let markdown = self.markdown;
        match place {
            Place::Nested => Err(format!(
                "`{text}` is inside a list, quote or table — directives go at the top level of the page, alone on their line"
            )),
            // Replacing only the directive would leave the underline on
            // the page, under the exercise; removing the underline too
            // would change bytes that are not the directive's. Neither is
            // what the author meant, so they choose.
            Place::Heading {
                underline: Some((underline_start, underline_end)),
            } => Err(format!(
                "`{text}` is the text of a heading: the `{}` on line {} underlines it and would be left on the page — put the directive on a line of its own, with a blank line between it and the underline, or remove the underline",
                markdown[underline_start..underline_end].trim(),
                self.lines.line_of(underline_start),
            )),
            Place::Heading { underline: None } => Err(format!(
                "`{text}` is the text of a heading — put the directive on a line of its own, without the `#`"
            )),
            Place::TopLevel => {
                let before = &markdown[line.start..directive.start];
                let after = &markdown[directive.end..line.end];
                if before.trim().is_empty() && after.trim().is_empty() {
                    Ok(())
                } else {
                    Err(format!(
                        "`{text}` must stand alone on its line — move the text around it to a paragraph of its own"
                    ))
                }
            }
        }
    }

    /// `{{ #exercise x}}` (a space after the braces) is a typo of ours that
    /// would otherwise show up silently as text.
    fn report_spaced_openers(&mut self, range: &Range<usize>) {
        let text = &self.markdown[range.clone()];
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
                    self.errors.push(DirectiveError {
                        line: self.lines.line_of(range.start + at),
                        message: format!(
                            "`{{{{ #{ours}` has a space after the braces — write `{{{{#{ours}`"
                        ),
                    });
                }
            }
        }
    }

    /// Applies the rule "one directive per line" and moves the results
    /// into `scan`: a line with two or more of our directives gets one
    /// error that names them all, instead of one per directive.
    fn settle(mut self, scan: &mut Scan) {
        self.found.sort_by_key(|f| f.text.start);
        for group in self.found.chunk_by(|a, b| a.line == b.line) {
            match group {
                [one] => match &one.outcome {
                    Ok(kind) => scan.directives.push(Directive {
                        kind: kind.clone(),
                        line: one.line,
                        range: one.text.clone(),
                    }),
                    Err(message) => scan.errors.push(DirectiveError {
                        line: one.line,
                        message: message.clone(),
                    }),
                },
                many => scan.errors.push(DirectiveError {
                    line: many[0].line,
                    message: format!(
                        "{} are on one line — each directive is replaced by whole blocks, so give each one a line of its own, with a blank line between them",
                        name_list(many.iter().map(|f| &self.markdown[f.text.clone()]))
                    ),
                }),
            }
        }
        scan.errors.append(&mut self.errors);
    }
}

/// "`a` and `b`", "`a`, `b` and `c`", or "`a`, `b`, `c` and 2 more
/// directives".
fn name_list<'a>(names: impl ExactSizeIterator<Item = &'a str>) -> String {
    const SHOWN: usize = 3;
    let count = names.len();
    let quoted: Vec<String> = names.take(SHOWN).map(|n| format!("`{n}`")).collect();
    match count {
        0..=SHOWN => match quoted.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
            None => String::new(),
        },
        _ => format!(
            "{} and {} more directives",
            quoted.join(", "),
            count - SHOWN
        ),
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
        "exercise-index" | "schedule" | "notes" | "end-notes" => match words.next() {
            None => Ok(match name {
                "schedule" => Kind::Schedule,
                "notes" => Kind::NotesStart,
                "end-notes" => Kind::NotesEnd,
                _ => Kind::ExerciseIndex,
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

    /// 100,000 lines of mdBook's own directives, with our directives
    /// planted at known lines. Counting lines from the start of the chapter
    /// for each `{{#` took minutes here; the test only has to finish.
    #[test]
    fn a_chapter_of_100k_mdbook_directives_scans_right() {
        const LINES: usize = 100_000;
        let mdbook_lines = [
            "{{#include file.rs}}",
            "{{#rustdoc_include ../listings/ch01/src/main.rs:2:10}}",
            "{{#playground example.rs editable}}",
            "See {{#include notes.md:intro}} for the details.",
            "{{#title A long chapter}}",
        ];
        let planted = [
            (1_000, "{{#minutes 30}}", Kind::Minutes(30)),
            (50_000, "{{#exercise middle}}", exercise("middle")),
            (LINES - 2, "{{#exercise last level=2}}", {
                Kind::Exercise {
                    id: "last".into(),
                    options: ExerciseOptions {
                        solution: None,
                        level: Some(2),
                    },
                }
            }),
        ];
        let mut md = String::new();
        let mut mdbook_count = 0;
        for line in 1..=LINES {
            if let Some((_, directive, _)) = planted.iter().find(|p| p.0 == line) {
                md.push_str(directive); // between blank lines, see below
            } else if line % 8 == 0 || planted.iter().any(|p| p.0 == line + 1 || p.0 + 1 == line) {
                // Blank lines make paragraphs, and set off our directives.
            } else {
                md.push_str(mdbook_lines[line % mdbook_lines.len()]);
                mdbook_count += 1;
            }
            md.push('\n');
        }
        assert!(
            mdbook_count > 85_000,
            "only {mdbook_count} mdBook directive lines"
        );

        let found = scan(&md);
        assert!(
            found.errors.is_empty(),
            "unexpected errors: {:?}",
            found.errors
        );
        let expected: Vec<(Kind, usize)> = planted
            .iter()
            .map(|(line, _, kind)| (kind.clone(), *line))
            .collect();
        let got: Vec<(Kind, usize)> = found
            .directives
            .iter()
            .map(|d| (d.kind.clone(), d.line))
            .collect();
        assert_eq!(got, expected, "the planted directives, with their lines");
        for (d, (_, text, _)) in found.directives.iter().zip(&planted) {
            assert_eq!(
                &md[d.range.clone()],
                *text,
                "the byte range of line {}",
                d.line
            );
        }
    }

    #[test]
    fn many_directives_on_one_long_line_give_one_error() {
        // Each would search to the end of the line for its `}}`.
        let closed = "{{#exercise a}} ".repeat(50_000);
        let found = errors(&format!("intro\n\n{closed}\n"));
        assert_eq!(
            found.len(),
            1,
            "one error for the line, got {}",
            found.len()
        );
        assert_eq!(found[0].0, 3, "the error's line");
        assert!(
            found[0].1.starts_with("`{{#exercise a}}`, `{{#exercise a}}`, `{{#exercise a}}` and 49997 more directives are on one line"),
            "{}",
            found[0].1
        );
        let unclosed = "{{#exercise a ".repeat(50_000);
        let found = errors(&unclosed);
        assert_eq!(
            found.len(),
            1,
            "one error for the line, got {}",
            found.len()
        );
        assert!(
            found[0]
                .1
                .contains("and 49997 more directives are on one line"),
            "{}",
            found[0].1
        );
    }

    #[test]
    fn two_directives_on_one_line_give_one_error_naming_both() {
        let found = errors("text\n\n{{#exercise a}} {{#exercise b}}\n\n{{#minutes 5}}{{#schedule}}{{#exercise-index}}\n");
        assert_eq!(found.len(), 2, "one error per line: {found:?}");
        assert_eq!(found[0].0, 3, "{found:?}");
        assert_eq!(
            found[0].1,
            "`{{#exercise a}}` and `{{#exercise b}}` are on one line — each directive is replaced by whole blocks, so give each one a line of its own, with a blank line between them"
        );
        assert_eq!(found[1].0, 5, "{found:?}");
        assert!(
            found[1].1.starts_with(
                "`{{#minutes 5}}`, `{{#schedule}}` and `{{#exercise-index}}` are on one line"
            ),
            "{}",
            found[1].1
        );
        // Also when something else is wrong with them, or around them.
        for md in [
            "- {{#exercise a}} {{#exercise b}}\n",
            "{{#exercise a}} *x* {{#exercise b}}\n",
            "{{#exercise a level=9}} {{#exercise b}}\n",
            "{{#exercise a}} {{#exercise b\n",
        ] {
            let found = errors(md);
            assert_eq!(found.len(), 1, "{md:?}: {found:?}");
            assert!(
                found[0].1.contains("`{{#exercise a") && found[0].1.contains("`{{#exercise b"),
                "{md:?}: {}",
                found[0].1
            );
        }
        // An escaped directive does not count.
        let found = errors("\\{{#exercise a}} {{#exercise b}}\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("must stand alone"), "{}", found[0].1);
        // The same typo twice on a line is one problem.
        let found =
            errors("{{#excercise a}} {{#excercise b}}\n\n{{ #exercise a}} {{ #exercise b}}\n");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].0, found[1].0), (1, 3), "{found:?}");
    }

    #[test]
    fn a_directive_as_heading_text_is_an_error_naming_the_underline() {
        for (md, line, underline, underline_line) in [
            ("{{#exercise a}}\n===\n", 1, "===", 2),
            ("Intro.\n\n{{#exercise a}}\n---\n", 3, "---", 4),
            ("Title\n{{#exercise a}}\n=\n", 2, "=", 3),
            ("  {{#exercise a}}  \r\n  ====  \r\n", 1, "====", 2),
            ("text {{#minutes 5}}\n---\n", 1, "---", 2),
        ] {
            let found = errors(md);
            assert_eq!(found.len(), 1, "{md:?}: {found:?}");
            assert_eq!(found[0].0, line, "{md:?}: {found:?}");
            let expected = format!(
                "is the text of a heading: the `{underline}` on line {underline_line} underlines it and would be left on the page — put the directive on a line of its own, with a blank line between it and the underline, or remove the underline"
            );
            assert!(found[0].1.contains(&expected), "{md:?}: {}", found[0].1);
        }
        let found = errors("# {{#exercise a}}\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("without the `#`"), "{}", found[0].1);
        // After a blank line, `---` is a rule and `===` is text: both fine.
        assert_eq!(kinds("{{#exercise a}}\n\n---\n"), vec![(exercise("a"), 1)]);
        assert_eq!(kinds("{{#exercise a}}\n\n===\n"), vec![(exercise("a"), 1)]);
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

    #[test]
    fn speaker_notes_pair_up() {
        let found = scan("# T\n\n{{#notes}}\n\nSay hello.\n\n{{#end-notes}}\n");
        assert!(found.errors.is_empty(), "{:?}", found.errors);
        let kinds: Vec<&Kind> = found.directives.iter().map(|d| &d.kind).collect();
        assert_eq!(kinds, [&Kind::NotesStart, &Kind::NotesEnd]);
    }

    #[test]
    fn broken_speaker_notes_are_errors_with_lines() {
        let errors = |text: &str| -> Vec<(usize, String)> {
            scan(text)
                .errors
                .into_iter()
                .map(|e| (e.line, e.message))
                .collect()
        };
        let unclosed = errors("{{#notes}}\n\ntext\n");
        assert_eq!(unclosed.len(), 1);
        assert_eq!(unclosed[0].0, 1);
        assert!(unclosed[0].1.contains("never closed"), "{unclosed:?}");
        let stray = errors("text\n\n{{#end-notes}}\n");
        assert_eq!(stray[0].0, 3);
        assert!(stray[0].1.contains("without a `{{#notes}}`"), "{stray:?}");
        let inside = errors("{{#notes}}\n\n{{#exercise a}}\n\n{{#end-notes}}\n");
        assert_eq!(inside[0].0, 3);
        assert!(
            inside[0]
                .1
                .contains("inside the speaker notes that began on line 1"),
            "{inside:?}"
        );
        let nested = errors("{{#notes}}\n\n{{#notes}}\n\n{{#end-notes}}\n");
        assert!(
            nested
                .iter()
                .any(|(line, m)| *line == 3 && m.contains("inside speaker notes")),
            "{nested:?}"
        );
        // A broken pair renders nothing.
        assert!(scan("{{#notes}}\n\ntext\n").directives.is_empty());
    }
}
