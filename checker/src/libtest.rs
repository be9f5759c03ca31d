//! Reading what a libtest test binary writes.
//!
//! Verdicts come from libtest's log file (`--logfile PATH`), never from
//! standard output: the learner's code shares standard output with libtest
//! and could print a line that looks like a verdict, but it does not write
//! to a file it was never told about. (The option is marked deprecated since
//! Rust 1.86 but works in every release the course supports; the checker
//! tells the learner plainly if a toolchain ever drops it.) Failure
//! messages, which decide nothing, are read from the captured output.

use std::collections::{HashMap, HashSet};

/// A test's verdict, as libtest logged it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The test passed.
    Passed,
    /// The test failed.
    Failed,
    /// The test is marked `#[ignore]` and did not run.
    Ignored,
}

/// Reads libtest's log. Each record is `ok NAME`, `failed NAME`,
/// `failed: MESSAGE NAME` or `ignored[: MESSAGE] NAME`, where a message may
/// span lines; a record ends at the line that ends with the name of one of
/// the `expected` tests. Records of other names are ignored.
pub fn read_log(log: &str, expected: &HashSet<&str>) -> HashMap<String, Verdict> {
    let mut verdicts = HashMap::new();
    let mut record_start: Option<&str> = None;
    for line in log.lines() {
        let first = *record_start.get_or_insert(line);
        let Some(name) = line.rsplit(' ').next().filter(|n| expected.contains(n)) else {
            continue;
        };
        record_start = None;
        let verdict = if first.starts_with("ok ") {
            Verdict::Passed
        } else if first.starts_with("ignored") {
            Verdict::Ignored
        } else {
            Verdict::Failed
        };
        // A test reports once; a second record of the same name can only
        // be forged, and a failure always wins.
        let entry = verdicts.entry(name.to_string()).or_insert(verdict);
        if verdict == Verdict::Failed {
            *entry = Verdict::Failed;
        }
    }
    verdicts
}

/// Whether a test binary refused `--logfile` (a toolchain that dropped it).
pub fn refused_logfile(stderr: &str) -> bool {
    stderr.contains("Unrecognized option") && stderr.contains("logfile")
}

/// The test names in the output of `BINARY --list --format terse`.
pub fn read_list(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .map(str::to_string)
        .collect()
}

/// A test's name as learners see it: without the `tests::` module prefix
/// that the exercise's test attachment adds.
pub fn short_name(name: &str) -> &str {
    name.strip_prefix("tests::").unwrap_or(name)
}

/// The panic message in a test's captured output: the lines after
/// `thread '…' panicked at FILE:LINE:COL:`, up to the backtrace note, with
/// where it happened.
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
pub fn tidy_location(location: &str) -> String {
    let mut parts = location.rsplitn(3, ':');
    let (Some(col), Some(line), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
        return location.to_string();
    };
    format!("{}:{line}:{col}", tidy_path(path))
}

/// `a/b/../c.rs` → `a/c.rs`, without touching the file system.
pub fn tidy_path(path: &str) -> String {
    let mut clean: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            ".." if clean.last().is_some_and(|p| *p != ".." && !p.is_empty()) => {
                clean.pop();
            }
            "." => {}
            other => clean.push(other),
        }
    }
    clean.join("/")
}

fn is_panic_line(line: &str) -> bool {
    line.starts_with("thread '") && line.contains(" panicked at ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_come_from_log_records() {
        let expected: HashSet<&str> = ["tests::a", "tests::b", "tests::c", "tests::d"].into();
        let log = "ok tests::a\nfailed tests::b\nfailed: panic did not contain expected string\n      panic message: `x y`\n expected substring: `z` tests::c\nignored: not today tests::d\nok tests::unknown\n";
        let verdicts = read_log(log, &expected);
        assert_eq!(verdicts.len(), 4, "{verdicts:?}");
        assert_eq!(verdicts["tests::a"], Verdict::Passed);
        assert_eq!(verdicts["tests::b"], Verdict::Failed);
        assert_eq!(verdicts["tests::c"], Verdict::Failed);
        assert_eq!(verdicts["tests::d"], Verdict::Ignored);
    }

    #[test]
    fn a_second_record_cannot_turn_a_failure_into_a_pass() {
        let expected: HashSet<&str> = ["tests::a"].into();
        let verdicts = read_log("failed tests::a\nok tests::a\n", &expected);
        assert_eq!(verdicts["tests::a"], Verdict::Failed);
    }

    #[test]
    fn a_missing_record_is_absent() {
        let expected: HashSet<&str> = ["tests::a", "tests::b"].into();
        let verdicts = read_log("ok tests::a\n", &expected);
        assert!(!verdicts.contains_key("tests::b"));
    }

    #[test]
    fn lists_test_names() {
        let list = "tests::a: test\ntests::b: test\nbench_x: benchmark\n\n2 tests, 1 benchmarks\n";
        assert_eq!(read_list(list), ["tests::a", "tests::b"]);
    }

    #[test]
    fn reads_panic_messages() {
        let output = "some print\n\nthread 'tests::two' (4242) panicked at exercise-tests/part1/x.rs:17:5:\nassertion `left == right` failed: should be \"hello\"\n  left: \"h\"\n right: \"hello\"\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n";
        assert_eq!(
            panic_message(output).as_deref(),
            Some("assertion `left == right` failed: should be \"hello\"\n  left: \"h\"\n right: \"hello\"\n(at exercise-tests/part1/x.rs:17:5)")
        );
        assert_eq!(panic_message("no panic here"), None);
    }

    #[test]
    fn locations_lose_their_detours() {
        assert_eq!(
            tidy_location("exercises/src/part1/o/../../../../exercise-tests/part1/o/f.rs:16:5"),
            "exercise-tests/part1/o/f.rs:16:5"
        );
        assert_eq!(tidy_location("src/lib.rs:1:2"), "src/lib.rs:1:2");
        assert_eq!(tidy_location("no location"), "no location");
        assert_eq!(tidy_path("../x/../y.rs"), "../y.rs");
    }

    #[test]
    fn short_names_drop_the_module() {
        assert_eq!(short_name("tests::no_words"), "no_words");
        assert_eq!(short_name("no_words"), "no_words");
    }
}
