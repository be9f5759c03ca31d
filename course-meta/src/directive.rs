//! Finding `{{#exercise ID}}` directives in a chapter's markdown.
//!
//! A directive counts only where a reader would see it as text: not inside a
//! code block, an inline code span or raw HTML, and not when escaped with a
//! backslash (`\{{#exercise id}}`). It must stand alone on its line, because
//! it is replaced by block content (headings, code, admonitions).

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The text that opens a directive.
pub const OPENER: &str = "{{#exercise";
const CLOSER: &str = "}}";

/// One well-formed directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The exercise id it names.
    pub id: String,
    /// 1-based line of the directive in the chapter.
    pub line: usize,
    /// Byte range of the directive (`{{#exercise ...}}`) in the chapter.
    pub range: Range<usize>,
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
    for range in text_ranges(markdown) {
        scan_text(markdown, range, &mut scan);
    }
    scan
}

/// Byte ranges of the source that a reader sees as plain text, with
/// neighbouring pieces of text merged (escapes split text into pieces).
fn text_ranges(markdown: &str) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut in_code_block = 0usize;
    let parser = Parser::new_ext(markdown, Options::all()).into_offset_iter();
    for (event, range) in parser {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code_block += 1,
            Event::End(TagEnd::CodeBlock) => in_code_block = in_code_block.saturating_sub(1),
            Event::Text(_) if in_code_block == 0 => match ranges.last_mut() {
                Some(last) if last.end == range.start => last.end = range.end,
                _ => ranges.push(range),
            },
            _ => {}
        }
    }
    ranges
}

fn scan_text(markdown: &str, range: Range<usize>, scan: &mut Scan) {
    let text = &markdown[range.clone()];
    let mut from = 0;
    while let Some(found) = text[from..].find(OPENER) {
        let start = range.start + from + found;
        from += found + OPENER.len();
        if start > 0 && markdown.as_bytes()[start - 1] == b'\\' {
            continue; // escaped: shown literally
        }
        let line = line_of(markdown, start);
        let line_end = markdown[start..]
            .find('\n')
            .map_or(markdown.len(), |i| start + i);
        let Some(close) = markdown[start..line_end].find(CLOSER) else {
            scan.errors.push(DirectiveError {
                line,
                message: format!("unclosed directive — write `{OPENER} ID}}}}` on one line"),
            });
            continue;
        };
        let end = start + close + CLOSER.len();
        from = (end - range.start).min(text.len());
        let inner = &markdown[start + OPENER.len()..start + close];
        match parse_inner(inner) {
            Err(message) => scan.errors.push(DirectiveError { line, message }),
            Ok(id) => {
                if !stands_alone(markdown, start, end) {
                    scan.errors.push(DirectiveError {
                        line,
                        message: format!(
                            "`{OPENER} {id}}}}}` must stand alone on its line — move the surrounding text to its own paragraph"
                        ),
                    });
                } else {
                    scan.directives.push(Directive {
                        id: id.to_string(),
                        line,
                        range: start..end,
                    });
                }
            }
        }
    }
}

fn parse_inner(inner: &str) -> Result<&str, String> {
    if !inner.is_empty() && !inner.starts_with(char::is_whitespace) {
        return Err(format!(
            "unknown directive `{{{{#exercise{inner}}}}}` — write `{OPENER} ID}}}}`"
        ));
    }
    let mut words = inner.split_whitespace();
    let Some(id) = words.next() else {
        return Err(format!(
            "the directive names no exercise — write `{OPENER} ID}}}}` with an id from exercises.toml"
        ));
    };
    if let Some(extra) = words.next() {
        return Err(format!(
            "unexpected `{extra}` after the exercise id `{id}` — the directive takes only an id: `{OPENER} {id}}}}}`"
        ));
    }
    Ok(id)
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

    fn ids(markdown: &str) -> Vec<(String, usize)> {
        let scan = scan(markdown);
        assert!(
            scan.errors.is_empty(),
            "unexpected errors: {:?}",
            scan.errors
        );
        scan.directives
            .into_iter()
            .map(|d| (d.id, d.line))
            .collect()
    }

    #[test]
    fn finds_directives_with_lines_and_exact_ranges() {
        let md = "# Title\n\nText.\n\n{{#exercise first-word}}\n\n{{#exercise  shout }}\n";
        assert_eq!(ids(md), vec![("first-word".into(), 5), ("shout".into(), 7)]);
        let d = &scan(md).directives[0];
        assert_eq!(&md[d.range.clone()], "{{#exercise first-word}}");
    }

    #[test]
    fn ignores_code_inline_code_html_and_escapes() {
        let md = "```md\n{{#exercise a}}\n```\n\n    {{#exercise b}}\n\n`{{#exercise c}}`\n\n<div>\n{{#exercise d}}\n</div>\n\n\\{{#exercise e}}\n";
        assert_eq!(ids(md), vec![]);
    }

    #[test]
    fn directive_inside_a_quote_or_list_is_refused() {
        for md in ["> {{#exercise q}}\n", "- {{#exercise q}}\n"] {
            let scan = scan(md);
            assert!(scan.directives.is_empty(), "{md:?}");
            assert_eq!(scan.errors.len(), 1, "{md:?}");
            assert!(scan.errors[0].message.contains("stand alone"), "{md:?}");
        }
    }

    #[test]
    fn malformed_directives_are_errors_with_lines() {
        let md = "ok\n\n{{#exercise}}\n\n{{#exercise a b}}\n\n{{#exercise c\n\n{{#exercisex}}\n\nsee {{#exercise d}} here\n";
        let scan = scan(md);
        assert!(scan.directives.is_empty());
        let lines: Vec<usize> = scan.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 5, 7, 9, 11], "{:?}", scan.errors);
        assert!(scan.errors[0].message.contains("names no exercise"));
        assert!(scan.errors[1].message.contains("unexpected `b`"));
        assert!(scan.errors[2].message.contains("unclosed"));
        assert!(scan.errors[3].message.contains("unknown directive"));
        assert!(scan.errors[4].message.contains("stand alone"));
    }
}
