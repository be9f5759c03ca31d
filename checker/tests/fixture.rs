//! End-to-end tests of `cargo course` on a tiny course of its own,
//! `tests/fixture-course/`: one exercise per situation the checker must
//! handle (passes, fails, does not compile, loops, panics, overflows its
//! stack, aborts, "make it compile", an exercise in a package of its own).
//! `hostile.rs` tries to fool the checker; `verify.rs` tests `verify`.

mod common;

use std::fs;
use std::time::Duration;

use common::{list_line, Fixture};
use serde_json::Value;
use sha2::{Digest as _, Sha256};

#[test]
fn sync_writes_the_generated_files() {
    let course = Fixture::copy("sync");
    course
        .checker(&["sync"])
        .assert_success()
        .assert_stdout_has(&[
            "updated exercises/Cargo.toml",
            "updated solutions/Cargo.toml",
            "updated exercises/pristine.toml",
            "updated exercises/own/Cargo.toml",
            "updated solutions/own/Cargo.toml",
        ]);

    let exercises = course.read("exercises/Cargo.toml");
    assert!(
        exercises.contains(
            "[[test]]\nname = \"compile-me\"\npath = \"src/demo/compile_me.rs\"\ntest = false\n"
        ),
        "{exercises}"
    );
    // Eight exercises and the aggregate.
    assert_eq!(exercises.matches("[[test]]").count(), 9, "{exercises}");
    assert!(
        exercises.contains(
            "[[test]]\nname = \"all\"\npath = \"tests/all.rs\"\nrequired-features = []\n"
        ),
        "{exercises}"
    );
    let solutions = course.read("solutions/Cargo.toml");
    assert!(
        solutions.contains("[[test]]\nname = \"fails\"\npath = \"src/demo/fails.rs\"\n\n"),
        "{solutions}"
    );
    // Solutions' targets run with a plain `cargo test`; exercises' do not.
    let (_, block) = solutions
        .split_once("# BEGIN exercise targets")
        .expect("the generated block is kept");
    assert_eq!(block.matches("[[test]]").count(), 8, "{solutions}");
    assert!(!block.contains("test = false"), "{solutions}");

    // The pristine record: every stub's and tests' hash, and the test names
    // listed from the solutions.
    let record: toml::Table = toml::from_str(&course.read("exercises/pristine.toml")).unwrap();
    let records = record["exercise"].as_array().expect("[[exercise]] tables");
    assert_eq!(records.len(), 9, "{record}");
    let sha = |relative: &str| -> String {
        Sha256::digest(fs::read(course.path(relative)).unwrap())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let fails = records
        .iter()
        .find(|r| r["id"].as_str() == Some("fails"))
        .expect("a record of `fails`");
    assert_eq!(
        fails["stub"].as_str(),
        Some(sha("exercises/src/demo/fails.rs").as_str())
    );
    assert_eq!(
        fails["tests"].as_str(),
        Some(sha("exercise-tests/demo/fails.rs").as_str())
    );
    let names: Vec<&str> = fails["test-names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert_eq!(names, ["tests::doubles_one", "tests::doubles_two"]);
    let own: Vec<&str> = records
        .iter()
        .find(|r| r["id"].as_str() == Some("own-crate"))
        .expect("a record of `own-crate`")["test-names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        !own.is_empty() && own.iter().all(|n| !n.starts_with("tests::")),
        "{own:?}"
    );

    course
        .checker(&["sync"])
        .assert_success()
        .assert_stdout_has(&["everything is up to date"]);
}

#[test]
fn an_exercise_in_a_package_of_its_own_is_checked_there() {
    let course = Fixture::new("own-package");
    for side in ["exercises", "solutions"] {
        let manifest = course.read(&format!("{side}/own/Cargo.toml"));
        assert!(
            manifest.contains(
                "[[test]]\nname = \"own-crate\"\npath = \"../../exercise-tests/demo/own_crate.rs\"\n"
            ),
            "{manifest}"
        );
    }
    let aggregate = course.read("exercises/tests/all.rs");
    assert!(!aggregate.contains("own_crate"), "{aggregate}");

    course
        .checker(&["check", "own-crate"])
        .assert_failure()
        .assert_stdout_has(&["triple(4) should be 12"]);
    course
        .checker(&["check", "own-crate", "--solution"])
        .assert_success()
        .assert_stdout_has(&["own-crate passes"]);
    // A broken library is reported as the exercise's compile error.
    fs::write(
        course.path("exercises/src/demo/own_crate.rs"),
        "pub fn triple(x: i32) -> i32 { x * }\n",
    )
    .unwrap();
    course
        .checker(&["check", "own-crate"])
        .assert_failure()
        .assert_stdout_has(&["does not compile", "expected expression"]);
}

#[test]
fn check_reports_a_pass_and_a_failed_assertion() {
    let course = Fixture::new("check_pass_fail");
    course
        .checker(&["check", "passes"])
        .assert_success()
        .assert_stdout_has(&[
            "Checking passes",
            "✓ adds_small_numbers",
            "2 of 2 tests pass.",
            "passes passes. Well done!",
        ]);

    // Without an id: the next exercise in book order after the one checked
    // last that does not pass (`passes` is correct but untouched: not started).
    course
        .checker(&["check"])
        .assert_failure()
        .assert_stdout_has(&["Checking fails"]);

    let fails = course.checker(&["check", "fails"]);
    fails.assert_failure().assert_stdout_has(&[
        "✓ doubles_one",
        "✗ doubles_two",
        "double(2) should be 4",
        "left: 3",
        "right: 4",
        // The test file's own path, without the `#[path]` detour.
        "(at exercise-tests/demo/fails.rs:",
        "1 of 2 tests pass.",
        "fails is not solved yet",
    ]);
    assert!(!fails.stdout.contains("../"), "{fails}");
}

#[test]
fn a_recheck_replays_the_compile_until_something_else_changes() {
    let course = Fixture::new("replay");
    let check = |expect_pass: bool, how: &str| {
        let out = course.checker_in_env(
            &["check", "fails"],
            None,
            common::DEADLINE,
            &[("COURSE_LOG_BUILDS", "1")],
        );
        if expect_pass {
            out.assert_success();
        } else {
            out.assert_failure();
        }
        out.assert_stderr_has(&[how]);
        out
    };
    let stub = "exercises/src/demo/fails.rs";
    let wrong = course.read(stub);
    check(false, "build: cargo");

    // Only the exercise changed: the compiler runs directly, and sees it.
    course.write(stub, &wrong.replace("x + 1", "x * 2"));
    check(true, "build: replayed").assert_stdout_has(&["2 of 2 tests pass."]);
    course.write(stub, &wrong.replace("x + 1", "x *"));
    check(false, "build: replayed").assert_stdout_has(&["error: expected expression"]);
    course.write(stub, &wrong);
    check(false, "build: replayed").assert_stdout_has(&["1 of 2 tests pass."]);

    // A source of a crate the test links changed: back to cargo, which
    // rebuilds it (the new constant is visible to the exercise).
    let lib = course.read("exercises/src/lib.rs");
    course.write(
        "exercises/src/lib.rs",
        &format!("{lib}\n/// Two.\npub const TWO: i32 = 2;\n"),
    );
    course.write(stub, &wrong.replace("x + 1", "x * exercises::TWO"));
    check(true, "build: cargo");
    course.write(stub, &wrong.replace("x + 1", "exercises::TWO * x"));
    check(true, "build: replayed");

    // A changed manifest: back to cargo.
    let manifest = course.read("exercises/Cargo.toml");
    course.write("exercises/Cargo.toml", &format!("{manifest}\n# edited\n"));
    check(true, "build: cargo");
}

#[test]
fn a_broken_exercise_does_not_stop_another() {
    let course = Fixture::new("broken");
    course
        .checker(&["check", "passes"])
        .assert_success()
        .assert_stdout_has(&["2 of 2 tests pass."]);
    course
        .checker(&["check", "broken"])
        .assert_failure()
        .assert_stdout_has(&[
            "exercises/src/demo/broken.rs does not compile",
            "error[E0308]",
            "--> exercises/src/demo/broken.rs:",
        ]);
}

#[test]
fn an_endless_loop_is_stopped_at_the_time_limit() {
    let course = Fixture::new("loops");
    // Returning at all shows that the checker stopped the loop.
    course
        .checker(&["check", "loops"])
        .assert_failure()
        .assert_stdout_has(&[
            "The tests were stopped after 1 s",
            "loops is not solved yet",
        ]);
}

#[test]
fn a_panic_shows_its_message() {
    let course = Fixture::new("panics");
    course
        .checker(&["check", "panics"])
        .assert_failure()
        .assert_stdout_has(&[
            "✗ is_forty_two",
            "boom from the stub",
            "(at exercises/src/demo/panics.rs:",
        ]);
}

#[cfg(unix)]
#[test]
fn a_stack_overflow_is_named() {
    let course = Fixture::new("overflows");
    course
        .checker(&["check", "overflows"])
        .assert_failure()
        .assert_stdout_has(&[
            "The tests crashed: stack overflow",
            "sums_to_ten",
            "has overflowed its stack",
        ]);
}

#[cfg(unix)]
#[test]
fn an_abort_is_named() {
    let course = Fixture::new("aborts");
    course
        .checker(&["check", "aborts"])
        .assert_failure()
        .assert_stdout_has(&["The tests crashed: the test process aborted", "[signal 6]"]);
}

#[test]
fn a_make_it_compile_stub_does_not_compile() {
    let course = Fixture::new("compile_me");
    course
        .checker(&["check", "compile-me"])
        .assert_failure()
        .assert_stdout_has(&[
            "exercises/src/demo/compile_me.rs does not compile",
            "error[E0382]",
        ]);
}

#[test]
fn a_stub_without_its_tests_says_so() {
    let course = Fixture::new("no_tests");
    let stub = "exercises/src/demo/fails.rs";
    let text = course.read(stub);
    let (code, _tests) = text
        .split_once("#[cfg(test)]")
        .expect("the stub attaches its tests");
    fs::write(course.path(stub), code).unwrap();
    course
        .checker(&["check", "fails"])
        .assert_failure()
        .assert_stdout_has(&[
            "compiled, but without the course's tests (exercise-tests/demo/fails.rs)",
            "Put them back",
        ]);
    let out = course.checker(&["check", "fails", "--json"]);
    out.assert_failure();
    let report = out.json();
    assert_eq!(report["status"], "error", "{out}");
    let message = report["message"].as_str().unwrap_or_default();
    assert!(message.contains("without the course's tests"), "{out}");
}

#[test]
fn check_json_reports_pass_fail_and_error() {
    let course = Fixture::new("json");

    let out = course.checker(&["check", "fails", "--json"]);
    out.assert_failure();
    let report = out.json();
    assert_eq!(report["version"], 2, "{out}");
    assert_eq!(report["notes"], Value::Array(Vec::new()), "{out}");
    assert_eq!(report["exercise"], "fails", "{out}");
    assert_eq!(report["status"], "fail", "{out}");
    assert!(report["message"].is_null(), "{out}");
    let tests = report["tests"].as_array().expect("`tests` is an array");
    assert_eq!(tests.len(), 2, "{out}");
    for test in tests {
        let mut fields: Vec<&str> = test
            .as_object()
            .expect("a test is an object")
            .keys()
            .map(String::as_str)
            .collect();
        fields.sort_unstable();
        assert_eq!(fields, ["message", "name", "output", "status"], "{out}");
    }
    let (one, two) = (&tests[0], &tests[1]);
    assert_eq!(one["name"], "doubles_one", "{out}");
    assert_eq!(one["status"], "pass", "{out}");
    assert!(one["message"].is_null() && one["output"].is_null(), "{out}");
    assert_eq!(two["name"], "doubles_two", "{out}");
    assert_eq!(two["status"], "fail", "{out}");
    let message = two["message"].as_str().expect("a failure has a message");
    for needle in ["double(2) should be 4", "left: 3", "right: 4"] {
        assert!(message.contains(needle), "{out}");
    }
    let output = two["output"].as_str().expect("a failure has output");
    assert!(output.contains("panicked at"), "{out}");

    let out = course.checker(&["check", "broken", "--json"]);
    out.assert_failure();
    let report = out.json();
    assert_eq!(report["status"], "error", "{out}");
    let message = report["message"].as_str().expect("an error has a message");
    assert!(message.contains("does not compile"), "{out}");
    assert!(message.contains("error[E0308]"), "{out}");
    assert_eq!(report["tests"], Value::Array(Vec::new()), "{out}");

    let out = course.checker(&["check", "passes", "--json"]);
    out.assert_success();
    let report = out.json();
    assert_eq!(report["exercise"], "passes", "{out}");
    assert_eq!(report["status"], "pass", "{out}");
    assert!(report["message"].is_null(), "{out}");
    assert_eq!(report["tests"].as_array().map(Vec::len), Some(2), "{out}");
}

#[test]
fn reset_backs_up_and_restores_the_original_stub() {
    let course = Fixture::new("reset");
    let stub = "exercises/src/demo/fails.rs";
    let original = fs::read(course.path(stub)).unwrap();

    // The learner's attempt, committed: git HEAD no longer has the stub.
    let mine = format!("{}// my attempt\n", course.read(stub));
    fs::write(course.path(stub), &mine).unwrap();
    course.commit("my attempt");

    let out = course.checker(&["reset", "fails"]);
    out.assert_success()
        .assert_stdout_has(&[stub, "is back to the original stub"]);
    let backup = out
        .stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("Your version was saved to "))
        .unwrap_or_else(|| panic!("`reset` names no backup\n{out}"));
    assert!(backup.starts_with(".course-backups/"), "{out}");
    assert_eq!(course.read(backup), mine, "the backup holds the attempt");
    assert_eq!(fs::read(course.path(stub)).unwrap(), original);

    course
        .checker(&["reset", "fails"])
        .assert_success()
        .assert_stdout_has(&["already the original stub; nothing to do"]);
    assert_eq!(fs::read(course.path(stub)).unwrap(), original);

    // A second attempt gets a backup of its own, even within the same second.
    let again = format!("{}// another attempt\n", course.read(stub));
    fs::write(course.path(stub), &again).unwrap();
    let out = course.checker(&["reset", "fails"]);
    out.assert_success();
    let second = out
        .stdout
        .lines()
        .find_map(|l| l.trim().strip_prefix("Your version was saved to "))
        .unwrap_or_else(|| panic!("`reset` names no backup\n{out}"));
    assert_ne!(second, backup, "{out}");
    assert_eq!(course.read(second), again);
    assert_eq!(course.read(backup), mine, "the first backup is kept");
    assert_eq!(fs::read(course.path(stub)).unwrap(), original);
}

#[test]
fn list_shows_not_started_then_passed() {
    let course = Fixture::new("list");
    let out = course.checker(&["list"]);
    out.assert_success()
        .assert_stdout_has(&["Part One", "Chapter (src/chapter.md)", "0/9 passed"]);
    for id in [
        "passes",
        "fails",
        "broken",
        "loops",
        "panics",
        "overflows",
        "aborts",
        "compile-me",
    ] {
        let line = list_line(&out.stdout, id);
        assert!(line.contains("not started"), "{id}: {line:?}\n{out}");
    }

    course
        .checker(&["next"])
        .assert_success()
        .assert_stdout_has(&[
            "Next: passes",
            "(not started)",
            "exercises/src/demo/passes.rs",
        ]);

    fs::copy(
        course.path("solutions/src/demo/fails.rs"),
        course.path("exercises/src/demo/fails.rs"),
    )
    .unwrap();
    let out = course.checker(&["list"]);
    out.assert_success().assert_stdout_has(&["1/9 passed"]);
    let line = list_line(&out.stdout, "fails");
    assert!(line.contains("passed"), "{line:?}\n{out}");
    // `passes` is correct but untouched: it still counts as not started.
    let line = list_line(&out.stdout, "passes");
    assert!(line.contains("not started"), "{line:?}\n{out}");

    let out = course.checker(&["progress", "--json"]);
    out.assert_success();
    let progress = out.json();
    assert_eq!(progress["total"], 9, "{out}");
    assert_eq!(progress["passed"], 1, "{out}");
    assert_eq!(progress["failing"], 0, "{out}");
    assert_eq!(progress["not_started"], 8, "{out}");
    assert_eq!(progress["minutes_done"], 2, "{out}");
    assert_eq!(progress["exercises"][1]["id"], "fails", "{out}");
    assert_eq!(progress["exercises"][1]["status"], "passed", "{out}");
}

#[test]
fn hints_one_at_a_time_and_the_solution_once_solved() {
    let course = Fixture::new("hints");
    course
        .checker(&["hint", "fails"])
        .assert_success()
        .assert_stdout_has(&["Hint 1 of 2 for fails", "Doubling is multiplying by two."]);
    course
        .checker(&["hint", "fails"])
        .assert_success()
        .assert_stdout_has(&["Hint 2 of 2 for fails", "Write `x * 2`.", "last hint"]);

    let out = course.checker(&["solution", "fails"]);
    out.assert_failure()
        .assert_stdout_has(&["`fails` does not pass yet"]);
    assert!(!out.stdout.contains("x * 2"), "the solution leaked\n{out}");

    let solution = course.read("solutions/src/demo/fails.rs");
    let out = course.checker(&["solution", "fails", "--force"]);
    out.assert_success()
        .assert_stdout_has(&["Reference solution: solutions/src/demo/fails.rs"]);
    assert!(out.stdout.ends_with(&solution), "{out}");
}

#[test]
fn watch_rechecks_on_enter_and_quits_on_q() {
    let course = Fixture::new("watch");
    // Both keys are queued before the first check ends: Enter re-checks
    // once, then `q` quits.
    let out = course.checker_with_input(&["watch", "fails"], Some("\nq\n"));
    out.assert_success().assert_stdout_has(&[
        "double(2) should be 4",
        "Watching exercises/src/demo/fails.rs",
    ]);
    assert_eq!(out.stdout.matches("Checking fails").count(), 2, "{out}");
}

/// `reset` restores a stub the learner deleted (no backup to make).
#[test]
fn reset_restores_a_deleted_stub() {
    let course = Fixture::new("reset_deleted");
    let stub = "exercises/src/demo/fails.rs";
    let original = fs::read(course.path(stub)).unwrap();
    fs::remove_file(course.path(stub)).unwrap();
    course
        .checker(&["check", "fails"])
        .assert_failure()
        .assert_stderr_has(&["is missing", "cargo course reset fails"]);
    course
        .checker(&["reset", "fails"])
        .assert_success()
        .assert_stdout_has(&["is back to the original stub"]);
    assert_eq!(fs::read(course.path(stub)).unwrap(), original);
}

/// `sync` creates the folder of the aggregate test when it is missing.
#[test]
fn sync_creates_the_folder_of_the_aggregate_test() {
    let course = Fixture::copy("sync_no_tests_dir");
    fs::remove_dir_all(course.path("exercises/tests")).unwrap();
    course
        .checker(&["sync"])
        .assert_success()
        .assert_stdout_has(&["updated exercises/tests/all.rs"]);
    assert!(course.read("exercises/tests/all.rs").contains("mod fails;"));
}

/// `check --json` without an id prints JSON when everything passes.
#[test]
fn check_json_without_an_id_prints_json_when_everything_passes() {
    let course = Fixture::new("json_all_pass");
    for entry in fs::read_dir(course.path("solutions/src/demo")).unwrap() {
        let solution = entry.unwrap().path();
        let stub = course
            .path("exercises/src/demo")
            .join(solution.file_name().unwrap());
        // The comment makes even `passes` differ from its pristine stub.
        let text = fs::read_to_string(&solution).unwrap() + "// solved\n";
        fs::write(stub, text).unwrap();
    }
    let out = course.checker(&["check", "--json"]);
    out.assert_success();
    let json = out.json();
    assert_eq!(json["status"], "pass", "{out}");
    assert!(json["exercise"].is_null(), "{out}");
}

/// `watch` does not pick a passing (pristine) exercise again and again.
#[test]
fn watch_does_not_check_a_passing_exercise_again_and_again() {
    let course = Fixture::new("watch_spin");
    fs::copy(
        course.path("solutions/src/demo/fails.rs"),
        course.path("exercises/src/demo/fails.rs"),
    )
    .unwrap();
    let out = course.checker_within(&["watch", "fails"], Some("q\n"), Duration::from_secs(60));
    out.assert_success();
    assert!(out.stdout.matches("Checking passes").count() <= 1, "{out}");
}

/// `report` turns learners' `progress --json` files into a class table.
#[test]
fn report_summarises_a_class() {
    let course = Fixture::new("report");
    let class = tempfile::tempdir().unwrap();
    let first = course.checker(&["progress", "--json"]);
    first.assert_success();
    fs::write(class.path().join("ana.json"), &first.stdout).unwrap();
    fs::copy(
        course.path("solutions/src/demo/fails.rs"),
        course.path("exercises/src/demo/fails.rs"),
    )
    .unwrap();
    let second = course.checker(&["progress", "--json"]);
    let mut json: Value = second.json();
    json["learner"] = Value::String("Ben".into());
    fs::write(class.path().join("ben.json"), json.to_string()).unwrap();
    let html = class.path().join("class.html");
    let dir = class.path().to_str().unwrap();
    let out = course.checker(&["report", dir, "--html", html.to_str().unwrap()]);
    out.assert_success().assert_stdout_has(&[
        "2 learners, 9 exercises.",
        "| Ben | 1 | 0 | 8 |",
        "| `fails` |",
    ]);
    let page = fs::read_to_string(&html).unwrap();
    assert!(
        page.starts_with("<!DOCTYPE html>") && page.contains("Ben"),
        "{page}"
    );
    course
        .checker(&["report", course.path("exercises.toml").to_str().unwrap()])
        .assert_failure()
        .assert_stderr_has(&["exercises.toml is neither"]);
}
