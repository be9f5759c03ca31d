//! Rendering one exercise as markdown.

use std::fmt::Write as _;

use course_meta::{Exercise, Kind};

use crate::source::ExerciseSource;
use crate::SolutionMode;

/// Everything needed to render one exercise block.
pub struct ExerciseView<'a> {
    /// The manifest entry.
    pub exercise: &'a Exercise,
    /// The stub, split into task and starter code.
    pub stub: ExerciseSource,
    /// The solution's code; ignored when `mode` is `Absent`.
    pub solution: Option<ExerciseSource>,
    /// How the solution is shown.
    pub mode: SolutionMode,
    /// Heading level of the title (2 to 4).
    pub level: u8,
    /// The stub's path relative to the course root, for the reader.
    pub stub_path: String,
    /// The plain cargo commands that run the exercise's tests (from
    /// course-meta's layout, as the checker builds them).
    pub raw_commands: Vec<String>,
}

/// Renders the markdown that replaces a directive.
pub fn render(view: &ExerciseView<'_>) -> String {
    let e = view.exercise;
    // A stable anchor (`#exercise-ID`) for links from the exercise index;
    // the blank line ends the HTML block before the heading.
    let mut out = format!("<a id=\"exercise-{}\"></a>\n\n", e.id);
    let hashes = "#".repeat(usize::from(view.level.clamp(2, 4)));
    let _ = writeln!(out, "{hashes} Exercise: {}\n", e.title);
    let _ = writeln!(
        out,
        "**`{}`** · {} · {} {} · about {} min\n",
        e.id,
        e.kind.label(),
        e.difficulty.stars(),
        e.difficulty,
        e.minutes
    );
    if !e.objectives.is_empty() {
        out.push_str("After this exercise you can:\n\n");
        for objective in &e.objectives {
            let _ = writeln!(out, "- {objective}");
        }
        out.push('\n');
    }
    if !view.stub.task.is_empty() {
        let _ = writeln!(out, "{}\n", view.stub.task);
    }
    let where_ = match e.kind {
        Kind::Compile => "This file does not compile yet. Open",
        Kind::Fix => "The code compiles but is wrong. Open",
        Kind::Implement => "Open",
    };
    let _ = writeln!(out, "{where_} `{}`:\n", view.stub_path);
    push_code(&mut out, "rust,ignore", &view.stub.code);
    out.push_str(
        "\nCheck your answer with the checker (or run its tests directly with cargo):\n\n",
    );
    let mut commands = format!("cargo course check {}\n", e.id);
    for raw in &view.raw_commands {
        let _ = writeln!(commands, "{raw}");
    }
    push_code(&mut out, "console", &commands);
    for (n, hint) in e.hints.iter().enumerate() {
        out.push('\n');
        push_admonition(&mut out, "tip", &format!("Hint {}", n + 1), true, hint);
    }
    match (&view.solution, view.mode) {
        (_, SolutionMode::Absent) | (None, _) => {}
        (Some(solution), mode) => {
            let mut body = String::new();
            push_code(&mut body, "rust,ignore", &solution.code);
            out.push('\n');
            let collapsed = mode == SolutionMode::Collapsed;
            push_admonition(&mut out, "success", "Solution", collapsed, &body);
        }
    }
    out.trim_end().to_string()
}

/// The line that replaces `{{#minutes N}}`.
pub fn reading_time(reading: u32, exercises: u32) -> String {
    let unit = |n: u32| if n == 1 { "minute" } else { "minutes" };
    if exercises == 0 {
        format!("*Reading time: about {reading} {}.*", unit(reading))
    } else {
        format!(
            "*Reading time: about {reading} {}, plus about {exercises} {} of exercises.*",
            unit(reading),
            unit(exercises)
        )
    }
}

/// Appends a fenced code block whose fence is longer than any backtick run
/// inside `code`, so exercise code can never close the block early.
fn push_code(out: &mut String, info: &str, code: &str) {
    let fence = "`".repeat(longest_backtick_run(code).max(2) + 1);
    let _ = write!(out, "{fence}{info}\n{code}");
    if !code.ends_with('\n') {
        out.push('\n');
    }
    let _ = writeln!(out, "{fence}");
}

/// Appends an mdbook-admonish block.
/// Speaker notes, for an instructor build: the markdown between
/// `{{#notes}}` and `{{#end-notes}}` in a box of its own.
pub fn speaker_notes(body: &str) -> String {
    let mut out = String::new();
    push_admonition(&mut out, "quote", "Speaker notes", false, body.trim());
    out
}

fn push_admonition(out: &mut String, kind: &str, title: &str, collapsible: bool, body: &str) {
    let fence = "`".repeat(longest_backtick_run(body).max(2) + 1);
    let title = title.replace('\\', "\\\\").replace('"', "\\\"");
    let _ = writeln!(
        out,
        "{fence}admonish {kind} title=\"{title}\", collapsible={collapsible}"
    );
    out.push_str(body.trim_end());
    let _ = writeln!(out, "\n{fence}");
}

fn longest_backtick_run(text: &str) -> usize {
    text.split(|c| c != '`').map(str::len).max().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_outgrow_their_content() {
        let mut out = String::new();
        push_code(&mut out, "md", "a ```` b\n");
        assert!(out.starts_with("`````md\n"), "{out}");
        assert!(out.ends_with("\n`````\n"), "{out}");
    }

    #[test]
    fn reading_time_counts_exercises() {
        assert_eq!(reading_time(1, 0), "*Reading time: about 1 minute.*");
        assert_eq!(
            reading_time(25, 60),
            "*Reading time: about 25 minutes, plus about 60 minutes of exercises.*"
        );
    }

    #[test]
    fn admonition_titles_are_escaped() {
        let mut out = String::new();
        push_admonition(&mut out, "tip", "say \"hi\"", true, "body");
        assert!(
            out.starts_with("```admonish tip title=\"say \\\"hi\\\"\", collapsible=true\n"),
            "{out}"
        );
    }
}
