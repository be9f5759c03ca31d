//! Finding the chapters' `compile_fail` blocks and the error text shown after
//! each, and turning a block into the program rustdoc compiles.

use std::ops::Range;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// The info-string word that lets a `compile_fail` block go without the
/// text block of its error (rustdoc and mdBook ignore unknown words).
pub const NO_ERROR_SHOWN: &str = "no_error_shown";

/// A `compile_fail` Rust block of a chapter.
#[derive(Debug)]
pub struct Example {
    /// The chapter, relative to the course root (`src/part1/ownership.md`).
    pub chapter: PathBuf,
    /// The line of the block's opening fence (1-based).
    pub line: usize,
    /// The info string as written (`rust,compile_fail,E0382`).
    pub info: String,
    /// The error codes of the info string, in order (`["E0382"]`).
    pub codes: Vec<String>,
    /// The edition of an `editionYYYY` word, if any.
    pub edition: Option<String>,
    /// The block carries [`NO_ERROR_SHOWN`].
    pub error_not_shown: bool,
    /// The code as written, hidden `# ` lines included.
    pub code: String,
    /// The `text` block that follows it, if the very next thing is one.
    pub shown: Option<Shown>,
}

impl Example {
    /// `src/part1/ownership.md:39`, for messages.
    pub fn location(&self) -> String {
        format!("{}:{}", self.chapter.display(), self.line)
    }
}

/// The `text` block after a `compile_fail` block: the error as the book shows it.
#[derive(Debug)]
pub struct Shown {
    /// The line of its opening fence (1-based).
    pub line: usize,
    /// Its content.
    pub text: String,
    /// Where the content sits in the chapter, when it is one contiguous slice
    /// of it (a top-level block), so that it can be rewritten in place.
    pub range: Option<Range<usize>>,
}

/// Every `compile_fail` block of every chapter under `root/src`, by file and line.
pub fn find_all(root: &Path) -> Result<Vec<Example>> {
    let mut files = Vec::new();
    collect_markdown(&root.join("src"), &mut files)?;
    files.sort();
    let mut examples = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let chapter = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
        examples.extend(find_in(&chapter, &text));
    }
    Ok(examples)
}

fn collect_markdown(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            collect_markdown(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
    Ok(())
}

/// The `compile_fail` blocks of one chapter's markdown.
pub fn find_in(chapter: &Path, markdown: &str) -> Vec<Example> {
    // The options mdBook 0.4 parses chapters with.
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let line_of = |offset: usize| markdown[..offset].matches('\n').count() + 1;
    let mut examples: Vec<Example> = Vec::new();
    // The block being read: (info, line of its fence, content, content ranges).
    let mut open: Option<(String, usize, String, Vec<Range<usize>>)> = None;
    // The example whose text block may come next.
    let mut awaiting: Option<usize> = None;
    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                open = Some((
                    info.to_string(),
                    line_of(range.start),
                    String::new(),
                    vec![],
                ));
            }
            Event::Text(text) if open.is_some() => {
                let (_, _, content, ranges) = open.as_mut().unwrap();
                content.push_str(&text);
                ranges.push(range);
            }
            Event::End(TagEnd::CodeBlock) if open.is_some() => {
                let (info, line, content, ranges) = open.take().unwrap();
                let words = info_words(&info);
                if let Some(index) = awaiting.take() {
                    if words.first() == Some(&"text") {
                        examples[index].shown = Some(Shown {
                            line,
                            range: contiguous(markdown, &content, &ranges),
                            text: content,
                        });
                        continue;
                    }
                }
                if words.contains(&"compile_fail") && !words.iter().any(|w| w.starts_with("ignore"))
                {
                    examples.push(Example {
                        chapter: chapter.to_path_buf(),
                        line,
                        codes: words
                            .iter()
                            .filter(|w| is_error_code(w))
                            .map(|w| w.to_string())
                            .collect(),
                        edition: words
                            .iter()
                            .find_map(|w| w.strip_prefix("edition"))
                            .map(str::to_string),
                        error_not_shown: words.contains(&NO_ERROR_SHOWN),
                        info,
                        code: content,
                        shown: None,
                    });
                    awaiting = Some(examples.len() - 1);
                }
            }
            // Anything between the two blocks (prose, a heading, HTML) means
            // the error is not shown right after the code.
            _ => awaiting = None,
        }
    }
    examples
}

/// The words of an info string, split as rustdoc splits them.
fn info_words(info: &str) -> Vec<&str> {
    info.split([',', ' ', '\t'])
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether a word is a rustc error code such as `E0382` (lint names are not).
pub fn is_error_code(word: &str) -> bool {
    word.len() == 5 && word.starts_with('E') && word[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The one range of `markdown` that holds `content`, if there is one.
fn contiguous(markdown: &str, content: &str, ranges: &[Range<usize>]) -> Option<Range<usize>> {
    let range = match ranges {
        [] => return None,
        [first, .., last] => first.start..last.end,
        [only] => only.clone(),
    };
    (markdown.get(range.clone()) == Some(content)).then_some(range)
}

/// The program rustdoc compiles from a block.
#[derive(Debug, PartialEq, Eq)]
pub struct Program {
    /// The source, hidden lines included.
    pub source: String,
    /// The line of the `fn main() {` the block was wrapped in, if it had no
    /// `main` of its own; lines after it are one further down than in the block.
    pub wrapper_line: Option<usize>,
}

/// What rustdoc makes of a block's code: hidden lines shown (rustdoc's own
/// rule: a line whose trimmed text starts with `# ` or is `#` is compiled
/// without the `# `, and a leading `##` stands for `#`), and code without a
/// `fn main` wrapped in one, after its crate attributes and `extern crate`
/// lines. (`#![allow(unused)]` becomes `-A unused` on the command line, see
/// `rustc.rs`, so that the block's first line stays line 1.)
pub fn program(code: &str) -> Program {
    let lines: Vec<String> = code.lines().map(unhide).collect();
    if lines.iter().any(|line| declares_main(line)) {
        return Program {
            source: lines.iter().map(|l| format!("{l}\n")).collect(),
            wrapper_line: None,
        };
    }
    let header = lines.iter().take_while(|l| is_crate_header(l)).count();
    let mut source = String::new();
    for line in &lines[..header] {
        source.push_str(line);
        source.push('\n');
    }
    source.push_str("fn main() {\n");
    for line in &lines[header..] {
        source.push_str(line);
        source.push('\n');
    }
    source.push_str("}\n");
    Program {
        source,
        wrapper_line: Some(header + 1),
    }
}

/// rustdoc's `map_line`: the compiled text of one line of a block.
fn unhide(line: &str) -> String {
    let trimmed = line.trim();
    if trimmed.starts_with("##") {
        line.replacen("##", "#", 1)
    } else if let Some(hidden) = trimmed.strip_prefix("# ") {
        hidden.to_string()
    } else if trimmed == "#" {
        String::new()
    } else {
        line.to_string()
    }
}

/// Whether a line declares `fn main` (with any of the qualifiers a `main` may have).
fn declares_main(line: &str) -> bool {
    let mut rest = line.trim_start();
    loop {
        let before = rest;
        for qualifier in ["pub ", "pub(crate) ", "const ", "async ", "unsafe "] {
            rest = rest.strip_prefix(qualifier).unwrap_or(rest).trim_start();
        }
        if let Some(abi) = rest.strip_prefix("extern \"") {
            if let Some(end) = abi.find('"') {
                rest = abi[end + 1..].trim_start();
            }
        }
        if rest == before {
            break;
        }
    }
    rest.strip_prefix("fn main")
        .is_some_and(|after| after.starts_with(['(', ' ', '<']))
}

/// Lines rustdoc keeps outside the `main` it wraps code in.
fn is_crate_header(line: &str) -> bool {
    let line = line.trim_start();
    line.is_empty()
        || line.starts_with("//")
        || line.starts_with("#![")
        || line.starts_with("extern crate ")
        || line.starts_with("#[macro_use]")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAPTER: &str = "\
# Title

```rust,compile_fail,E0382
fn main() {
    let s = String::new();
}
```

```text
error[E0382]: borrow of moved value: `s`
```

Prose.

```rust,compile_fail
fn main() {}
```

Prose between, so no text block.

```text
not this one
```

```rust,compile_fail,E0308,no_error_shown,edition2018
fn main() {}
```

```rust,ignore,compile_fail
fn main() {}
```
";

    #[test]
    fn finds_compile_fail_blocks_and_the_text_right_after_them() {
        let found = find_in(Path::new("src/ch.md"), CHAPTER);
        assert_eq!(
            found.len(),
            3,
            "three compile_fail blocks that are not ignored: {found:#?}"
        );
        assert_eq!(found[0].line, 3, "the first block's fence line");
        assert_eq!(found[0].codes, ["E0382"]);
        let shown = found[0]
            .shown
            .as_ref()
            .expect("the first block's text block");
        assert_eq!(shown.line, 9, "the text block's fence line");
        assert_eq!(shown.text, "error[E0382]: borrow of moved value: `s`\n");
        let range = shown
            .range
            .clone()
            .expect("a top-level block is contiguous");
        assert_eq!(&CHAPTER[range], shown.text);
        assert!(found[1].codes.is_empty(), "no code in `rust,compile_fail`");
        assert!(
            found[1].shown.is_none(),
            "prose between the blocks: {:?}",
            found[1].shown
        );
        assert!(found[2].error_not_shown, "the opt-out word is seen");
        assert_eq!(found[2].edition.as_deref(), Some("2018"));
    }

    #[test]
    fn hidden_lines_are_compiled_as_rustdoc_does() {
        let program = program(
            "# use std::rc::Rc;\nfn main() {\n    #    let x = 1;\n##[derive(Debug)]\n#\n}\n",
        );
        assert_eq!(
            program.source,
            "use std::rc::Rc;\nfn main() {\n   let x = 1;\n#[derive(Debug)]\n\n}\n"
        );
        assert_eq!(program.wrapper_line, None, "the block has its own main");
    }

    #[test]
    fn code_without_main_is_wrapped_after_its_crate_attributes() {
        let program = program("#![allow(dead_code)]\nlet x = 1;\n");
        assert_eq!(
            program.source,
            "#![allow(dead_code)]\nfn main() {\nlet x = 1;\n}\n"
        );
        assert_eq!(program.wrapper_line, Some(2));
        for main in [
            "fn main() {",
            "async fn main() {",
            "pub fn main(){",
            "# fn main() {",
        ] {
            assert_eq!(
                super::program(main).wrapper_line,
                None,
                "`{main}` declares main, so nothing is wrapped"
            );
        }
        assert!(
            super::program("fn mainly() {}").wrapper_line.is_some(),
            "`mainly` is not `main`"
        );
    }
}
