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

/// Splits `source` into task and visible code.
pub fn split(source: &str) -> ExerciseSource {
    let mut lines = source.lines().peekable();
    let mut task = Vec::new();
    while let Some(line) = lines.peek() {
        let Some(rest) = line.trim_start().strip_prefix("//!") else {
            break;
        };
        task.push(rest.strip_prefix(' ').unwrap_or(rest));
        lines.next();
    }
    let mut code: Vec<&str> = Vec::new();
    let mut hiding = false;
    let mut in_hidden_block = false;
    for line in lines {
        let trimmed = line.trim();
        if trimmed == HIDE_START {
            in_hidden_block = true;
            continue;
        }
        if trimmed == HIDE_END {
            in_hidden_block = false;
            continue;
        }
        if in_hidden_block || trimmed.ends_with(HIDE_LINE) {
            continue;
        }
        if trimmed == "#[cfg(test)]" {
            hiding = true;
        }
        if !hiding {
            code.push(line);
        } else if trimmed.starts_with("mod tests")
            && (trimmed.ends_with(';') || trimmed == "mod tests {}")
        {
            hiding = false;
        } else if trimmed == "}" && !line.starts_with(char::is_whitespace) {
            // The end of an inline `mod tests { ... }` block.
            hiding = false;
        }
    }
    ExerciseSource {
        task: task.join("\n").trim().to_string(),
        code: trim_blank_lines(&code),
    }
}

fn trim_blank_lines(lines: &[&str]) -> String {
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    match (first, last) {
        (Some(first), Some(last)) => {
            let mut out = lines[first..=last].join("\n");
            out.push('\n');
            out
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_task_code_and_hides_test_attachment() {
        let src = "//! Do the thing.\n//!\n//! Carefully.\n\n/// Doc.\npub fn f() {}\n\n#[cfg(test)]\n#[path = \"../x.rs\"]\nmod tests;\n";
        let parts = split(src);
        assert_eq!(parts.task, "Do the thing.\n\nCarefully.");
        assert_eq!(parts.code, "/// Doc.\npub fn f() {}\n");
    }

    #[test]
    fn hides_an_inline_tests_module() {
        let src = "pub fn f() {}\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() {}\n}\npub fn g() {}\n";
        assert_eq!(split(src).code, "pub fn f() {}\npub fn g() {}\n");
    }

    #[test]
    fn hide_markers_remove_helper_lines() {
        let src = "use std::fmt; // course:hide\npub fn f() {}\n// course:hide-start\nfn helper() {}\n// course:hide-end\npub fn g() {}\n";
        assert_eq!(split(src).code, "pub fn f() {}\npub fn g() {}\n");
    }

    #[test]
    fn file_without_task() {
        let parts = split("fn main() {}\n");
        assert_eq!(parts.task, "");
        assert_eq!(parts.code, "fn main() {}\n");
    }
}
