//! Turning rustc's rendered diagnostics into the text a chapter shows.

use std::path::Path;

/// What a rendered diagnostic is normalised against.
pub struct Context<'a> {
    /// Where cargo keeps registry sources (`CARGO_HOME`); shown as `~/.cargo`.
    pub cargo_home: Option<&'a Path>,
    /// The course root; paths into it are shown relative to it.
    pub root: &'a Path,
    /// The block's file as rustc names it (`src/main.rs`).
    pub file: &'a str,
    /// The `fn main() {` line the block was wrapped in, if any.
    pub wrapper_line: Option<usize>,
}

/// Trailing whitespace removed from every line, and blank lines from both ends.
pub fn tidy(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let start = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(start, |i| i + 1);
    lines[start..end].join("\n")
}

/// A rendered diagnostic as the book shows it.
pub fn rendered(text: &str, context: &Context) -> String {
    let mut text = tidy(text);
    for (home, shown) in [(context.cargo_home, "~/.cargo/"), (Some(context.root), "")] {
        let Some(home) = home else { continue };
        let mut prefixes = vec![home.to_path_buf()];
        prefixes.extend(home.canonicalize().ok());
        for prefix in prefixes {
            text = text.replace(&format!("{}/", prefix.display()), shown);
        }
    }
    match context.wrapper_line {
        Some(line) => renumber(&text, context.file, line),
        None => text,
    }
}

/// Splits a text block into the diagnostics it shows (rustc's rendered
/// diagnostics hold no blank line; cargo prints one between two of them).
pub fn split_diagnostics(text: &str) -> Vec<String> {
    let mut diagnostics = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                diagnostics.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        diagnostics.push(current.join("\n"));
    }
    diagnostics
}

/// Moves the lines of `file` below the wrapper's `fn main() {` (at line
/// `wrapper`) one up, so that they are numbered as in the block, and narrows
/// the gutter if the largest line number shown lost a digit.
pub fn renumber(text: &str, file: &str, wrapper: usize) -> String {
    let map = |line: usize| if line > wrapper { line - 1 } else { line };
    let lines: Vec<&str> = text.lines().collect();
    let old_width = lines
        .iter()
        .find_map(|l| gutter_number(l).map(|(_, width)| width));
    // Which file the source lines under a location line come from.
    let mut primary: Option<bool> = None;
    let mut in_file = true;
    let mut out: Vec<String> = Vec::new();
    let mut numbers = Vec::new();
    for line in &lines {
        if let Some(path) = location_path(line) {
            in_file = path == file;
            primary.get_or_insert(in_file);
        } else if is_header(line) {
            in_file = primary.unwrap_or(true);
        }
        let mut line = renumber_locations(line, file, map);
        if let Some((number, width)) = gutter_number(&line) {
            let number = if in_file { map(number) } else { number };
            numbers.push(number);
            line = format!("{number:>width$}{}", &line[width..]);
        }
        out.push(line);
    }
    let new_width = numbers.iter().map(|n| n.to_string().len()).max();
    if let (Some(old), Some(new)) = (old_width, new_width) {
        if new < old {
            let cut = old - new;
            let mut after_note = false;
            for line in &mut out {
                let gutter = gutter_number(line).is_some() || is_gutter_line(line);
                if (gutter || (after_note && line.starts_with(' ')))
                    && line[..cut].trim().is_empty()
                {
                    *line = line[cut..].to_string();
                }
                after_note =
                    (after_note || line.trim_start().starts_with("= ")) && !is_header(line);
            }
        }
    }
    out.join("\n")
}

/// `(number, width)` of a source line's gutter (`  7 |`).
fn gutter_number(line: &str) -> Option<(usize, usize)> {
    let bar = line.find(" |")?;
    let number = line[..bar].trim_start();
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((number.parse().ok()?, bar))
}

/// A gutter line without a number (`  |`, `  = note:`, `  --> file:1:2`).
fn is_gutter_line(line: &str) -> bool {
    let rest = line.trim_start();
    line.starts_with(' ')
        && (rest.starts_with('|')
            || rest.starts_with("= ")
            || rest.starts_with("--> ")
            || rest.starts_with("::: "))
}

/// The path of a location line (`  --> src/main.rs:4:16`).
fn location_path(line: &str) -> Option<&str> {
    let rest = line.trim_start();
    let rest = rest
        .strip_prefix("--> ")
        .or_else(|| rest.strip_prefix("::: "))?;
    let mut parts = rest.rsplitn(3, ':');
    let (_, _, path) = (parts.next()?, parts.next()?, parts.next()?);
    Some(path)
}

/// A line that starts a diagnostic or one of its children (`error[E0382]: ...`, `note: ...`).
fn is_header(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Every `FILE:LINE:COL` in a line (and the end `LINE:COL` of a `FILE:L:C: L:C`
/// span), with LINE mapped.
fn renumber_locations(line: &str, file: &str, map: impl Fn(usize) -> usize) -> String {
    let mut out = String::new();
    let mut rest = line;
    let pattern = format!("{file}:");
    while let Some(at) = rest.find(&pattern) {
        out.push_str(&rest[..at + pattern.len()]);
        rest = &rest[at + pattern.len()..];
        let Some((mapped, after)) = line_col(rest, &map) else {
            continue;
        };
        out.push_str(&mapped);
        rest = after;
        if let Some(end) = rest.strip_prefix(": ") {
            if let Some((mapped, after)) = line_col(end, &map) {
                out.push_str(": ");
                out.push_str(&mapped);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `LINE:COL` at the start of `text`, mapped, and what follows it.
fn line_col<'t>(text: &'t str, map: &impl Fn(usize) -> usize) -> Option<(String, &'t str)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let line_len = digits(text);
    let after_line = text[line_len..].strip_prefix(':')?;
    let col_len = digits(after_line);
    if line_len == 0 || col_len == 0 {
        return None;
    }
    let line: usize = text[..line_len].parse().ok()?;
    Some((
        format!("{}:{}", map(line), &after_line[..col_len]),
        &after_line[col_len..],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_and_course_paths_are_shown_as_a_reader_sees_them() {
        let context = Context {
            cargo_home: Some(Path::new("/home/ci/.cargo")),
            root: Path::new("/work/course"),
            file: "src/main.rs",
            wrapper_line: None,
        };
        let text = "note: here  \n   --> /home/ci/.cargo/registry/src/x/tokio-1/src/lib.rs:1:2\n  --> /work/course/course-alloc/src/lib.rs:3:4\n\n";
        assert_eq!(
            rendered(text, &context),
            "note: here\n   --> ~/.cargo/registry/src/x/tokio-1/src/lib.rs:1:2\n  --> course-alloc/src/lib.rs:3:4"
        );
    }

    #[test]
    fn wrapped_blocks_are_numbered_as_in_the_block() {
        // rustc's output for a block wrapped in `fn main() {` at line 1.
        let wrapped = "\
error[E0382]: borrow of moved value: `s`
  --> src/main.rs:10:16
   |
 9 |     let t = s;
   |             - value moved here
10 |     println!(\"{s} {t}\");
   |                ^ value borrowed here after move
   |
   = note: a note that is long enough
           to need a second line
   = help: within `{async block@src/main.rs:10:31: 11:36}`, `Send` is not implemented
help: consider cloning the value if the performance cost is acceptable
   |
 9 |     let t = s.clone();
   |              ++++++++";
        let expected = "\
error[E0382]: borrow of moved value: `s`
 --> src/main.rs:9:16
  |
8 |     let t = s;
  |             - value moved here
9 |     println!(\"{s} {t}\");
  |                ^ value borrowed here after move
  |
  = note: a note that is long enough
          to need a second line
  = help: within `{async block@src/main.rs:9:31: 10:36}`, `Send` is not implemented
help: consider cloning the value if the performance cost is acceptable
  |
8 |     let t = s.clone();
  |              ++++++++";
        assert_eq!(renumber(wrapped, "src/main.rs", 1), expected);
    }

    #[test]
    fn other_files_keep_their_numbers_and_the_gutter_its_width() {
        let wrapped = "\
error: future cannot be sent between threads safely
   --> src/main.rs:10:16
    |
 10 |     tokio::spawn(async {});
    |     ^^^^^^^^^^^^ future created by async block is not `Send`
note: required by a bound in `tokio::spawn`
   --> ~/.cargo/registry/src/tokio/src/task/spawn.rs:176:21
    |
176 |         F: Future + Send + 'static,
    |            ^^^^ required by this bound in `spawn`";
        let expected = wrapped
            .replace("src/main.rs:10:16", "src/main.rs:9:16")
            .replace(" 10 |", "  9 |");
        assert_eq!(renumber(wrapped, "src/main.rs", 1), expected);
    }

    #[test]
    fn splits_a_text_block_into_diagnostics() {
        let text = "error: one\n --> a\n\nerror: two\n\n\n";
        assert_eq!(
            split_diagnostics(text),
            ["error: one\n --> a", "error: two"]
        );
    }
}
