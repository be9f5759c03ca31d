//! The checker against learner code that tries to fool it, or merely
//! misbehaves: exits early, forges verdicts, replaces the course's tests,
//! edits them, leaves processes behind (in its process group or out of it),
//! floods its output. Each case uses the fixture's `fails` exercise
//! (`double(x)` should return `2 * x`; two tests, `doubles_one` and
//! `doubles_two`) with a stub written by the test.

mod common;

use std::time::Duration;

use common::{list_line, Fixture};

/// The stub file of `fails`.
const STUB: &str = "exercises/src/demo/fails.rs";

/// A stub for `fails` with `body` and the course's test attachment.
fn stub(body: &str) -> String {
    format!(
        "//! Fix `double`.\n\n{body}\n\n#[cfg(test)]\n#[path = \"../../../exercise-tests/demo/fails.rs\"]\nmod tests;\n"
    )
}

/// Whether process `pid` (as written in a file) is gone or a zombie.
fn is_gone(pid: &str) -> bool {
    match std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())) {
        Err(_) => true,
        Ok(stat) => stat
            .rsplit(") ")
            .next()
            .is_some_and(|rest| rest.starts_with('Z')),
    }
}

#[test]
fn exiting_in_a_test_is_not_a_pass() {
    let course = Fixture::new("exit_zero");
    course.write(
        STUB,
        &stub("pub fn double(x: i32) -> i32 {\n    if x == 2 {\n        std::process::exit(0);\n    }\n    x * 2\n}"),
    );
    let out = course.checker(&["check", "fails"]);
    out.assert_failure().assert_stdout_has(&[
        "✓ doubles_one",
        "✗ doubles_two (did not report)",
        "the test process exited with code 0 while `doubles_two` was running: did the code call `std::process::exit`?",
        "1 of 2 tests pass.",
        "fails is not solved yet",
    ]);
    assert!(
        !out.stdout.contains("mod tests"),
        "not a missing attachment\n{out}"
    );
    let out = course.checker(&["check", "fails", "--json"]);
    let report = out.json();
    assert_eq!(report["status"], "error", "{out}");
    assert_eq!(report["tests"][1]["status"], "did-not-report", "{out}");
}

#[test]
fn exiting_before_any_test_reports_is_explained_per_test() {
    let course = Fixture::new("exit_first");
    course.write(
        STUB,
        &stub("pub fn double(_x: i32) -> i32 {\n    std::process::exit(0)\n}"),
    );
    let out = course.checker(&["check", "fails"]);
    out.assert_failure().assert_stdout_has(&[
        "while `doubles_one` was running",
        "while `doubles_two` was running",
        "0 of 2 tests pass.",
    ]);
    assert!(!out.stdout.contains("compiled, but"), "{out}");
}

#[test]
fn a_forged_verdict_is_not_a_pass() {
    let course = Fixture::new("forged");
    course.write(
        STUB,
        &stub(
            "pub fn double(x: i32) -> i32 {\n    use std::io::Write as _;\n    if x == 2 {\n        let mut out = std::io::stdout().lock();\n        let _ = writeln!(out, \"test tests::doubles_two ... ok\");\n        let _ = writeln!(out, \"ok tests::doubles_two\");\n        let _ = writeln!(out, \"\\ntest result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\\n\");\n        let _ = out.flush();\n        std::process::exit(0);\n    }\n    x * 2\n}",
        ),
    );
    course
        .checker(&["check", "fails"])
        .assert_failure()
        .assert_stdout_has(&["✗ doubles_two (did not report)", "1 of 2 tests pass."]);
}

#[test]
fn tests_of_the_learners_own_do_not_count() {
    let course = Fixture::new("own_tests");
    // Same names as the course's tests, none of their checks.
    let text = "pub fn double(x: i32) -> i32 {\n    x + 1\n}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn doubles_one() {}\n    #[test]\n    fn doubles_two() {}\n}\n";
    course.write(STUB, text);
    course
        .checker(&["check", "fails"])
        .assert_failure()
        .assert_stdout_has(&[
            "compiled, but without the course's tests (exercise-tests/demo/fails.rs)",
        ]);
}

#[test]
fn edited_tests_do_not_count_and_a_strict_check_refuses_them() {
    let course = Fixture::new("edited_tests");
    course.write(
        "exercise-tests/demo/fails.rs",
        "use super::*;\n\n#[test]\nfn doubles_one() {\n    let _ = double(1);\n}\n\n#[test]\nfn doubles_two() {}\n",
    );
    course.checker(&["check", "fails"]).assert_failure().assert_stdout_has(&[
        "✓ doubles_one",
        "✓ doubles_two",
        "exercise-tests/demo/fails.rs differs from the course's tests, so this result does not count",
        "fails is not solved yet",
    ]);
    course
        .checker(&["check", "fails", "--strict"])
        .assert_failure()
        .assert_stderr_has(&[
            "differs from the course's tests, so this graded check refuses to run",
        ]);
    let report = course.checker(&["check", "fails", "--json"]).json();
    assert_eq!(report["status"], "fail", "{report}");
    assert!(
        report["notes"][0]
            .as_str()
            .unwrap_or_default()
            .contains("differs"),
        "{report}"
    );
    let list = course.checker(&["list"]);
    let line = list_line(&list.stdout, "fails");
    assert!(!line.contains("passed"), "{line:?}\n{list}");
}

#[test]
fn a_child_holding_the_output_neither_hangs_the_check_nor_survives_it() {
    let course = Fixture::new("child_pipe");
    // The child inherits the test's standard output and sleeps on.
    course.write(
        STUB,
        &stub("pub fn double(x: i32) -> i32 {\n    if x == 2 {\n        let child = std::process::Command::new(\"sleep\").arg(\"1000\").spawn().expect(\"sleep starts\");\n        std::fs::write(\"../child.pid\", child.id().to_string()).unwrap();\n    }\n    x * 2\n}"),
    );
    // The limit is 5 s; the deadline is only a guard against a hang.
    let out = course.checker_within(&["check", "fails"], None, Duration::from_secs(60));
    out.assert_success().assert_stdout_has(&[
        "2 of 2 tests pass.",
        "The tests left 1 process(es) running; the checker stopped them.",
    ]);
    let pid = course.read("child.pid");
    assert!(is_gone(&pid), "the child {pid} outlived `check`\n{out}");
}

#[test]
fn a_child_that_left_the_process_group_does_not_survive_the_check() {
    let course = Fixture::new("child_setsid");
    course.write(
        STUB,
        &stub("pub fn double(x: i32) -> i32 {\n    if x == 2 {\n        let child = std::process::Command::new(\"setsid\")\n            .args([\"sleep\", \"1000\"])\n            .stdin(std::process::Stdio::null())\n            .stdout(std::process::Stdio::null())\n            .stderr(std::process::Stdio::null())\n            .spawn()\n            .expect(\"setsid starts\");\n        std::fs::write(\"../child.pid\", child.id().to_string()).unwrap();\n    }\n    x * 2\n}"),
    );
    let out = course.checker_within(&["check", "fails"], None, Duration::from_secs(60));
    out.assert_success()
        .assert_stdout_has(&["2 of 2 tests pass."]);
    let pid = course.read("child.pid");
    assert!(
        is_gone(&pid),
        "the escaped child {pid} outlived `check`\n{out}"
    );
}

#[test]
fn a_child_outliving_a_time_out_is_stopped() {
    let course = Fixture::new("child_timeout");
    course.write(
        STUB,
        &stub("pub fn double(x: i32) -> i32 {\n    if x == 2 {\n        let child = std::process::Command::new(\"setsid\")\n            .args([\"sleep\", \"1000\"])\n            .spawn()\n            .expect(\"setsid starts\");\n        std::fs::write(\"../child.pid\", child.id().to_string()).unwrap();\n        loop {\n            std::thread::park();\n        }\n    }\n    x * 2\n}"),
    );
    let out = course.checker_within(&["check", "fails"], None, Duration::from_secs(60));
    out.assert_failure().assert_stdout_has(&[
        "The tests were stopped after 5 s",
        "doubles_two (did not report)",
    ]);
    let pid = course.read("child.pid");
    assert!(
        is_gone(&pid),
        "the child {pid} outlived the time-out\n{out}"
    );
}

#[test]
fn a_huge_failure_output_is_trimmed() {
    let course = Fixture::new("big_output");
    // 40 MiB through `println!`, which libtest captures and prints with the failure.
    course.write(
        STUB,
        &stub("pub fn double(x: i32) -> i32 {\n    if x == 2 {\n        let line = \"x\".repeat(1023);\n        for _ in 0..40 * 1024 {\n            println!(\"{line}\");\n        }\n    }\n    x + 1\n}"),
    );
    let out = course.checker_within(&["check", "fails", "--json"], None, Duration::from_secs(60));
    assert!(
        out.stdout.len() < 1 << 20,
        "the JSON report is {} bytes: output must be trimmed",
        out.stdout.len()
    );
    let report = out.json();
    assert_eq!(
        report["status"],
        "fail",
        "{}",
        &out.stdout[..2000.min(out.stdout.len())]
    );
    let output = report["tests"][1]["output"].as_str().unwrap_or_default();
    assert!(output.contains("bytes of output left out"), "no trim note");
    let message = report["tests"][1]["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("left: 3"),
        "the failure is still explained: {message}"
    );
}

#[test]
fn an_endless_writer_is_stopped() {
    let course = Fixture::new("endless_writer");
    // Straight to the stream, past libtest's capture.
    course.write(
        STUB,
        &stub("pub fn double(x: i32) -> i32 {\n    use std::io::Write as _;\n    if x == 2 {\n        let block = [b'x'; 65536];\n        let mut out = std::io::stdout().lock();\n        while out.write_all(&block).is_ok() {}\n    }\n    x * 2\n}"),
    );
    let out = course.checker_within(&["check", "fails"], None, Duration::from_secs(60));
    out.assert_failure()
        .assert_stdout_has(&["The tests were stopped: together they printed more than 64 MiB."]);
    assert!(
        out.stdout.len() < 1 << 20,
        "the report is {} bytes",
        out.stdout.len()
    );
}

#[test]
fn next_prefers_what_follows_the_exercise_just_solved() {
    let course = Fixture::new("next_after");
    course.write(
        "exercises/src/demo/aborts.rs",
        &course.read("solutions/src/demo/aborts.rs"),
    );
    course
        .checker(&["check", "aborts"])
        .assert_success()
        .assert_stdout_has(&["aborts passes. Well done! Next: `cargo course next`"]);
    // `passes`, `fails` … come earlier in the book and do not pass yet.
    course
        .checker(&["next"])
        .assert_success()
        .assert_stdout_has(&["Next: compile-me"]);
    // `watch` picks and moves on the same way.
    let out = course.checker_within(&["watch"], Some("q\n"), Duration::from_secs(60));
    out.assert_success()
        .assert_stdout_has(&["Checking compile-me"]);
    assert!(!out.stdout.contains("Checking passes"), "{out}");
    let out = course.checker_within(&["watch", "aborts"], Some("q\n"), Duration::from_secs(60));
    out.assert_success()
        .assert_stdout_has(&["Checking aborts", "Moving on to compile-me."]);
}

#[test]
fn sync_never_records_a_learners_stub_as_the_original() {
    let course = Fixture::new("sync_learner");
    let original = course.read(STUB);
    course.write(STUB, &stub("pub fn double(x: i32) -> i32 {\n    x * 2\n}"));
    let record = course.read("exercises/pristine.toml");
    course
        .checker(&["sync"])
        .assert_success()
        .assert_stdout_has(&[
            "kept the recorded original of exercises/src/demo/fails.rs",
            "Learners: this is your work, and it is safe",
        ]);
    assert_eq!(course.read("exercises/pristine.toml"), record);
    course
        .checker(&["reset", "fails"])
        .assert_success()
        .assert_stdout_has(&["is back to the original stub"]);
    assert_eq!(course.read(STUB), original);

    // An author who changed the stub on purpose says so.
    course.write(STUB, &stub("pub fn double(x: i32) -> i32 {\n    x - 1\n}"));
    course
        .checker(&["sync", "--stubs"])
        .assert_success()
        .assert_stdout_has(&["recorded the changed stub exercises/src/demo/fails.rs"]);
    assert_ne!(course.read("exercises/pristine.toml"), record);
}

#[test]
fn grading_flags_edited_tests_and_scores_the_rest() {
    let course = Fixture::new("grade");
    // Solved honestly.
    course.write(STUB, &course.read("solutions/src/demo/fails.rs"));
    // "Solved" by making the tests trivial.
    course.write(
        "exercises/src/demo/panics.rs",
        &format!(
            "{}// started\n",
            course.read("exercises/src/demo/panics.rs")
        ),
    );
    course.write(
        "exercise-tests/demo/panics.rs",
        "#[test]\nfn is_forty_two() {}\n",
    );
    let json = course.path("grade.json");
    let out = course.checker(&["grade", "--json", json.to_str().unwrap()]);
    out.assert_failure().assert_stdout_has(&[
        "✓ passed       fails",
        "! flagged      panics",
        "differs from the course's tests",
        "· not started  passes",
        "Score: 1/9",
    ]);
    let grade: serde_json::Value = serde_json::from_str(&course.read("grade.json")).unwrap();
    assert_eq!(grade["score"], 1, "{grade}");
    assert_eq!(grade["total"], 9, "{grade}");
    assert_eq!(grade["exercises"][1]["status"], "passed", "{grade}");
    assert_eq!(grade["exercises"][4]["status"], "flagged", "{grade}");
    // For GitHub Classroom: one point per exercise, in the reporter's format.
    let out = course.checker(&["grade", "--classroom"]);
    out.assert_success();
    let line = out.stdout.trim();
    let encoded = line
        .strip_prefix("result=")
        .unwrap_or_else(|| panic!("{out}"));
    use base64::Engine as _;
    let result: serde_json::Value = serde_json::from_slice(
        &base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(result["max_score"], 9, "{result}");
    assert_eq!(result["status"], "fail", "{result}");
    let scores: u64 = result["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["score"].as_u64().unwrap())
        .sum();
    assert_eq!(scores, 1, "{result}");
    course
        .checker(&["grade", "--part", "part9"])
        .assert_failure()
        .assert_stderr_has(&["there is no part `part9`"]);
}
