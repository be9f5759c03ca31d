//! End-to-end tests of `cargo course` on a tiny course of its own,
//! `tests/fixture-course/`: one exercise per situation the checker must
//! handle (passes, fails, does not compile, loops, panics, overflows its
//! stack, aborts, "make it compile", an exercise in a package of its own).
//!
//! Each test copies the fixture to a temporary folder, makes it a git
//! repository (`reset` finds original stubs in the history), runs
//! `checker sync` there and commits again. Each test has its own
//! `CARGO_TARGET_DIR`: the copies share package and target names, so one
//! target folder for all would let a test run another test's freshly built
//! executable, and the checker keeps learner state (hints shown, cached
//! results) in the target folder.

use std::fs;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::Value;
use sha2::{Digest as _, Sha256};
use wait_timeout::ChildExt as _;

/// How long one checker command may take before the test gives up on it.
const DEADLINE: Duration = Duration::from_secs(120);

/// A fresh copy of the fixture course.
struct Fixture {
    /// Deleted (with the copy) when the test ends.
    _dir: tempfile::TempDir,
    /// The course root: the folder holding `exercises.toml`.
    root: PathBuf,
    /// This test's `CARGO_TARGET_DIR`.
    target: PathBuf,
}

/// What a command printed and how it ended.
struct Output {
    command: String,
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl Output {
    fn assert_success(&self) -> &Self {
        assert!(
            self.status.success(),
            "{} should succeed\n{self}",
            self.command
        );
        self
    }

    fn assert_failure(&self) -> &Self {
        assert!(
            !self.status.success(),
            "{} should fail\n{self}",
            self.command
        );
        self
    }

    /// Asserts that stdout contains every one of `needles`.
    fn assert_stdout_has(&self, needles: &[&str]) -> &Self {
        for needle in needles {
            assert!(
                self.stdout.contains(needle),
                "the output of {} should contain {needle:?}\n{self}",
                self.command
            );
        }
        self
    }

    /// Asserts that stderr contains every one of `needles`.
    fn assert_stderr_has(&self, needles: &[&str]) -> &Self {
        for needle in needles {
            assert!(
                self.stderr.contains(needle),
                "the errors of {} should contain {needle:?}\n{self}",
                self.command
            );
        }
        self
    }

    /// Parses stdout as JSON.
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("{} did not print JSON ({e})\n{self}", self.command))
    }
}

impl std::fmt::Display for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "--- status: {}\n--- stdout:\n{}\n--- stderr:\n{}",
            self.status, self.stdout, self.stderr
        )
    }
}

impl Fixture {
    /// A copy of the fixture, committed to a new git repository, with its
    /// generated files not yet written. `name` must be unique per test.
    fn copy(name: &str) -> Fixture {
        let dir = tempfile::tempdir().expect("cannot create a temporary folder");
        let root = dir.path().join("course");
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture-course"),
            &root,
        );
        let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("fixture-target")
            .join(name);
        // Learner state from an earlier run (hints shown, cached results).
        let _ = fs::remove_dir_all(target.join("course"));
        let fixture = Fixture {
            _dir: dir,
            root,
            target,
        };
        fixture.git(&["init", "-q"]);
        fixture.commit("the fixture course");
        fixture
    }

    /// A copy of the fixture, synced and committed: a course as learners get it.
    fn new(name: &str) -> Fixture {
        let fixture = Fixture::copy(name);
        fixture.checker(&["sync"]).assert_success();
        fixture.commit("cargo course sync");
        fixture
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    fn git(&self, args: &[&str]) {
        let output = Command::new("git")
            .args([
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "-c",
                "commit.gpgsign=false",
            ])
            .args(args)
            .current_dir(&self.root)
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .output()
            .expect("cannot run git");
        assert!(
            output.status.success(),
            "git {args:?} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// Commits every change in the course.
    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&[
            "commit",
            "-q",
            "--no-verify",
            "--allow-empty",
            "-m",
            message,
        ]);
    }

    /// Runs `checker ARGS…` in the course, with stdin closed.
    fn checker(&self, args: &[&str]) -> Output {
        self.checker_with_input(args, None)
    }

    /// Runs `checker ARGS…` in the course; with `input`, writes it to the
    /// checker's stdin and then closes it. Fails the test if the command
    /// runs past [`DEADLINE`].
    fn checker_with_input(&self, args: &[&str], input: Option<&str>) -> Output {
        self.checker_within(args, input, DEADLINE)
    }

    /// [`Fixture::checker_with_input`], failing after `deadline`.
    fn checker_within(&self, args: &[&str], input: Option<&str>, deadline: Duration) -> Output {
        let command = format!("`checker {}`", args.join(" "));
        let mut child = Command::new(env!("CARGO_BIN_EXE_checker"))
            .args(args)
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", &self.target)
            .env("NO_COLOR", "1")
            .env("CLICOLOR", "0")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {command}: {e}"));
        if let Some(input) = input {
            let mut stdin = child.stdin.take().expect("stdin is piped");
            stdin
                .write_all(input.as_bytes())
                .expect("cannot write to the checker's stdin");
            // Dropping `stdin` closes it: the checker sees the end of input.
        }
        let stdout = drain(child.stdout.take());
        let stderr = drain(child.stderr.take());
        let status = match child.wait_timeout(deadline).expect("cannot wait") {
            Some(status) => status,
            None => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "{command} did not finish within {} s\n--- stdout so far:\n{}",
                    deadline.as_secs(),
                    stdout.join().unwrap_or_default()
                );
            }
        };
        Output {
            command,
            status,
            stdout: stdout.join().unwrap_or_default(),
            stderr: stderr.join().unwrap_or_default(),
        }
    }
}

/// Reads a pipe to the end on its own thread, so the child never blocks on a
/// full pipe.
fn drain(pipe: Option<impl Read + Send + 'static>) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Copies a folder recursively, leaving out build output.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap_or_else(|e| panic!("cannot create {}: {e}", to.display()));
    for entry in
        fs::read_dir(from).unwrap_or_else(|e| panic!("cannot read {}: {e}", from.display()))
    {
        let entry = entry.expect("cannot read a folder entry");
        let name = entry.file_name();
        if name == "target" || name == "Cargo.lock" {
            continue;
        }
        let (source, dest) = (entry.path(), to.join(&name));
        if entry.file_type().expect("cannot read a file type").is_dir() {
            copy_dir(&source, &dest);
        } else {
            fs::copy(&source, &dest)
                .unwrap_or_else(|e| panic!("cannot copy {}: {e}", source.display()));
        }
    }
}

/// The line of a `list` output that shows exercise `id`.
fn list_line<'a>(list: &'a str, id: &str) -> &'a str {
    list.lines()
        .find(|l| l.split_whitespace().any(|word| word == id))
        .unwrap_or_else(|| panic!("`list` shows no line for `{id}`:\n{list}"))
}

#[test]
fn sync_writes_the_generated_files() {
    let course = Fixture::copy("sync");
    course
        .checker(&["sync"])
        .assert_success()
        .assert_stdout_has(&[
            "updated exercises/Cargo.toml",
            "updated solutions/Cargo.toml",
            "updated exercises/pristine-stubs.sha256",
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
    assert_eq!(exercises.matches("[[test]]").count(), 8, "{exercises}");
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

    let hashes = course.read("exercises/pristine-stubs.sha256");
    assert_eq!(hashes.lines().count(), 9, "{hashes}");
    for line in hashes.lines() {
        let (hash, path) = line.split_once("  ").expect("`HASH  PATH` lines");
        let stub = fs::read(course.path(&format!("exercises/{path}"))).unwrap();
        let expected: String = Sha256::digest(stub)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(hash, expected, "{line}");
    }

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

    // Without an id: the first exercise in book order that does not pass.
    course
        .checker(&["check"])
        .assert_success()
        .assert_stdout_has(&["Checking passes"]);

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
        .assert_stdout_has(&["compiled, but no tests ran"]);
    let out = course.checker(&["check", "fails", "--json"]);
    out.assert_failure();
    let report = out.json();
    assert_eq!(report["status"], "error", "{out}");
    assert_eq!(
        report["message"], "the exercise compiled but no tests ran",
        "{out}"
    );
}

#[test]
fn check_json_reports_pass_fail_and_error() {
    let course = Fixture::new("json");

    let out = course.checker(&["check", "fails", "--json"]);
    out.assert_failure();
    let report = out.json();
    assert_eq!(report["version"], 1, "{out}");
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
