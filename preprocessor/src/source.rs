//! Splitting an exercise's source file into what the book shows.
//!
//! An exercise file starts with `//!` lines: the task, in markdown. The rest
//! is the starter code, except what a reader does not need to see:
//!
//! - the lines that attach the shared tests (`#[cfg(test)]` … `mod tests;`,
//!   or an inline `#[cfg(test)] mod tests { … }`);
//! - any line ending in `// course:hide`;
//! - everything from a line `// course:hide-start` to a line `// course:hide-end`.

/// A line ending with this is left out of the book.
pub const HIDE_LINE: &str = "// course:hide";
/// Starts a block of lines left out of the book.
pub const HIDE_START: &str = "// course:hide-start";
/// Ends a block started by [`HIDE_START`].
pub const HIDE_END: &str = "// course:hide-end";

/// The parts of an exercise file the book shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseSource {
    /// The task, from the leading `//!` lines, as markdown.
    pub task: String,
    /// The code with the task and the test attachment removed.
    pub code: String,
}

/// Why an exercise file could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// 1-based line in the exercise file.
    pub line: usize,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Splits `source` into task and visible code.
pub fn split(source: &str) -> Result<ExerciseSource, SourceError> {
    let lines: Vec<&str> = source.lines().collect();
    let task_len = lines
        .iter()
        .take_while(|l| l.trim_start().starts_with("//!"))
        .count();
    let task: Vec<&str> = lines[..task_len]
        .iter()
        .map(|l| {
            let rest = l.trim_start().trim_start_matches("//!");
            rest.strip_prefix(' ').unwrap_or(rest)
        })
        .collect();
    let mut code: Vec<&str> = Vec::new();
    let mut i = task_len;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        if trimmed == HIDE_START {
            let end = lines[i + 1..]
                .iter()
                .position(|l| l.trim() == HIDE_END)
                .ok_or_else(|| SourceError {
                    line: i + 1,
                    message: format!("`{HIDE_START}` has no matching `{HIDE_END}` — add one after the hidden lines"),
                })?;
            i += end + 2;
            continue;
        }
        if trimmed == HIDE_END {
            return Err(SourceError {
                line: i + 1,
                message: format!(
                    "`{HIDE_END}` without a `{HIDE_START}` before it — remove it or add the start"
                ),
            });
        }
        if trimmed.ends_with(HIDE_LINE) {
            i += 1;
            continue;
        }
        if let Some(skip) = test_attachment_len(&lines[i..]) {
            i += skip;
            continue;
        }
        code.push(line);
        i += 1;
    }
    Ok(ExerciseSource {
        task: task.join("\n").trim().to_string(),
        code: tidy_blank_lines(&code),
    })
}

/// If `lines` start with the test attachment (`#[cfg(test)]`, any further
/// attributes, then `mod tests;` or an inline `mod tests { … }`), how many
/// lines it spans. Anything else after `#[cfg(test)]` is left visible.
fn test_attachment_len(lines: &[&str]) -> Option<usize> {
    let first = lines.first()?.trim();
    if !first.starts_with("#[cfg(test)]") {
        return None;
    }
    if first.contains("mod tests") {
        return first.ends_with(';').then_some(1); // all on one line
    }
    let attributes = lines[1..]
        .iter()
        .take_while(|l| l.trim().starts_with("#["))
        .count();
    let module = lines.get(1 + attributes)?.trim();
    if !module.starts_with("mod tests") {
        return None;
    }
    if module.ends_with(';') {
        return Some(attributes + 2);
    }
    // An inline module: up to its closing brace at the start of a line.
    let close = lines[2 + attributes..]
        .iter()
        .position(|l| l.starts_with('}'))?;
    Some(attributes + 3 + close)
}

/// Trims leading and trailing blank lines and collapses runs of blank
/// lines (which hidden lines can leave behind) into one.
fn tidy_blank_lines(lines: &[&str]) -> String {
    let mut out = String::new();
    let mut blank_run = false;
    for line in lines {
        let blank = line.trim().is_empty();
        if blank && (blank_run || out.is_empty()) {
            continue;
        }
        blank_run = blank;
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_task_code_and_hides_test_attachment() {
        let src = "//! Do the thing.\n//!\n//! Carefully.\n\n/// Doc.\npub fn f() {}\n\n#[cfg(test)]\n#[path = \"../x.rs\"]\nmod tests;\n";
        let parts = split(src).unwrap();
        assert_eq!(parts.task, "Do the thing.\n\nCarefully.");
        assert_eq!(parts.code, "/// Doc.\npub fn f() {}\n");
    }

    #[test]
    fn hides_an_inline_tests_module() {
        let src = "pub fn f() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() {}\n}\npub fn g() {}\n";
        assert_eq!(split(src).unwrap().code, "pub fn f() {}\npub fn g() {}\n");
    }

    #[test]
    fn hide_markers_remove_helper_lines() {
        let src = "use std::fmt; // course:hide\npub fn f() {}\n\n// course:hide-start\nfn helper() {}\n// course:hide-end\n\npub fn g() {}\n";
        assert_eq!(split(src).unwrap().code, "pub fn f() {}\n\npub fn g() {}\n");
    }

    #[test]
    fn unbalanced_hide_markers_are_errors() {
        let err = split("pub fn f() {}\n// course:hide-start\nfn g() {}\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("no matching"), "{}", err.message);
        let err = split("// course:hide-end\n").unwrap_err();
        assert_eq!(err.line, 1);
    }

    #[test]
    fn cfg_test_hides_only_a_test_module() {
        let one_line = "pub fn f() {}\n#[cfg(test)] #[path = \"x.rs\"] mod tests;\n";
        assert_eq!(split(one_line).unwrap().code, "pub fn f() {}\n");
        let other = "#[cfg(test)]\nfn only_in_tests() {}\n\npub fn f() {}\n";
        assert_eq!(split(other).unwrap().code, other);
    }

    #[test]
    fn file_without_task() {
        let parts = split("fn main() {}\n").unwrap();
        assert_eq!(parts.task, "");
        assert_eq!(parts.code, "fn main() {}\n");
    }
}
