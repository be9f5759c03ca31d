//! Reading the human output of a libtest test binary.
//!
//! libtest's JSON output needs a nightly flag, so the checker reads the
//! stable human format instead: `test NAME ... ok|FAILED|ignored` lines, then
//! one `---- NAME stdout ----` section per failure holding its output.

use std::collections::HashMap;

/// The result of one test function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    /// The test's name without the `tests::` module prefix.
    pub name: String,
    /// Whether it passed.
    pub status: TestStatus,
    /// For a failure: the panic message (what was expected, what came out).
    pub message: Option<String>,
    /// Everything the test printed, for a failure.
    pub output: String,
}

/// Pass or fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestStatus {
    /// The test passed.
    Passed,
    /// The test failed (panicked or returned an error).
    Failed,
    /// The test is marked as ignored and did not run.
    Ignored,
}

/// Parses libtest's report. Tests that never reported (the process died
/// first) are simply absent.
pub fn parse(stdout: &str) -> Vec<TestResult> {
    let mut results = Vec::new();
    for line in stdout.lines() {
        let Some(rest) = line.strip_prefix("test ") else {
            continue;
        };
        let Some((name, verdict)) = rest.rsplit_once(" ... ") else {
            continue;
        };
        let status = match verdict.trim() {
            "ok" => TestStatus::Passed,
            "FAILED" => TestStatus::Failed,
            v if v.starts_with("ignored") => TestStatus::Ignored,
            _ => continue,
        };
        results.push(TestResult {
            name: short_name(name),
            status,
            message: None,
            output: String::new(),
        });
    }
    // libtest reports in completion order; sort so reruns read the same.
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let sections = failure_sections(stdout);
    for result in &mut results {
        if let Some(output) = sections.get(&result.name) {
            result.message = panic_message(output);
            result.output = output.clone();
        }
    }
    results
}

fn short_name(name: &str) -> String {
    name.trim()
        .strip_prefix("tests::")
        .unwrap_or(name.trim())
        .to_string()
}

/// `---- NAME stdout ----` sections, by short test name.
fn failure_sections(stdout: &str) -> HashMap<String, String> {
    let mut sections = HashMap::new();
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in stdout.lines() {
        let header = line
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" stdout ----"));
        if let Some(name) = header {
            if let Some((name, lines)) = current.take() {
                sections.insert(name, lines.join("\n").trim().to_string());
            }
            current = Some((short_name(name), Vec::new()));
        } else if line == "failures:" || line.starts_with("test result:") {
            if let Some((name, lines)) = current.take() {
                sections.insert(name, lines.join("\n").trim().to_string());
            }
        } else if let Some((_, lines)) = current.as_mut() {
            lines.push(line);
        }
    }
    if let Some((name, lines)) = current {
        sections.insert(name, lines.join("\n").trim().to_string());
    }
    sections
}

/// The panic message in a failure section: the lines after
/// `thread '…' panicked at FILE:LINE:COL:`, up to the backtrace note.
pub fn panic_message(output: &str) -> Option<String> {
    let mut lines = output.lines().skip_while(|l| !is_panic_line(l));
    let header = lines.next()?;
    let location = header
        .split(" panicked at ")
        .nth(1)
        .map(|l| tidy_location(l.trim_end_matches(':')));
    let body: Vec<&str> = lines
        .take_while(|l| !l.starts_with("note: ") && !l.starts_with("stack backtrace:"))
        .collect();
    let body = body.join("\n").trim().to_string();
    Some(match (body.is_empty(), location) {
        (false, Some(location)) => format!("{body}\n(at {location})"),
        (false, None) => body,
        (true, Some(location)) => format!("panicked at {location}"),
        (true, None) => "panicked".to_string(),
    })
}

/// `a/b/../c.rs:3:5` → `a/c.rs:3:5`. Test files are attached with `#[path]`
/// and `..`, which rustc keeps in panic locations; learners need the plain path.
fn tidy_location(location: &str) -> String {
    let mut parts = location.rsplitn(3, ':');
    let (Some(col), Some(line), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
        return location.to_string();
    };
    let mut clean: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            ".." if clean.last().is_some_and(|p| *p != "..") => {
                clean.pop();
            }
            "." => {}
            other => clean.push(other),
        }
    }
    format!("{}:{line}:{col}", clean.join("/"))
}

fn is_panic_line(line: &str) -> bool {
    line.starts_with("thread '") && line.contains(" panicked at ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "
running 3 tests
test tests::one_word ... ok
test tests::two_words ... FAILED
test tests::later ... ignored, not today

failures:

---- tests::two_words stdout ----
some print

thread 'tests::two_words' (4242) panicked at exercise-tests/part1/x.rs:17:5:
assertion `left == right` failed: first_word(\"hello world\") should be \"hello\"
  left: \"h\"
 right: \"hello\"
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace


failures:
    tests::two_words

test result: FAILED. 1 passed; 1 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.00s
";

    #[test]
    fn reads_verdicts_and_messages() {
        let results = parse(REPORT);
        let names: Vec<&str> = results.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["later", "one_word", "two_words"]);
        assert_eq!(results[0].status, TestStatus::Ignored);
        assert_eq!(results[1].status, TestStatus::Passed);
        assert_eq!(results[2].status, TestStatus::Failed);
        assert_eq!(
            results[2].message.as_deref(),
            Some("assertion `left == right` failed: first_word(\"hello world\") should be \"hello\"\n  left: \"h\"\n right: \"hello\"\n(at exercise-tests/part1/x.rs:17:5)")
        );
        assert!(results[2].output.starts_with("some print"));
        assert_eq!(results[1].message, None);
    }

    #[test]
    fn locations_lose_their_detours() {
        assert_eq!(
            tidy_location("exercises/src/part1/o/../../../../exercise-tests/part1/o/f.rs:16:5"),
            "exercise-tests/part1/o/f.rs:16:5"
        );
        assert_eq!(tidy_location("src/lib.rs:1:2"), "src/lib.rs:1:2");
        assert_eq!(tidy_location("no location"), "no location");
    }

    #[test]
    fn empty_output_has_no_results() {
        assert!(parse("").is_empty());
    }
}
