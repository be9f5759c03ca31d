//! The fixture course and how to run the checker in a copy of it, shared by
//! the checker's integration tests (`fixture.rs`, `hostile.rs`, `verify.rs`).
//!
//! Each test copies `tests/fixture-course/` to a temporary folder, makes it
//! a git repository (`reset` finds original stubs in the history), runs
//! `checker sync` there and commits again. Each test has its own
//! `CARGO_TARGET_DIR`: the copies share package and target names, so one
//! target folder for all would let a test run another test's freshly built
//! executable, and the checker keeps learner state (hints shown, cached
//! results) in the target folder.

#![allow(dead_code)] // Each test binary uses a different part of it.

use std::fs;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::Value;
use wait_timeout::ChildExt as _;

/// How long one checker command may take before the test gives up on it.
pub const DEADLINE: Duration = Duration::from_secs(120);

/// A fresh copy of the fixture course.
pub struct Fixture {
    /// Deleted (with the copy) when the test ends.
    _dir: tempfile::TempDir,
    /// The course root: the folder holding `exercises.toml`.
    pub root: PathBuf,
    /// This test's `CARGO_TARGET_DIR`.
    pub target: PathBuf,
}

/// What a command printed and how it ended.
pub struct Output {
    pub command: String,
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn assert_success(&self) -> &Self {
        assert!(
            self.status.success(),
            "{} should succeed\n{self}",
            self.command
        );
        self
    }

    pub fn assert_failure(&self) -> &Self {
        assert!(
            !self.status.success(),
            "{} should fail\n{self}",
            self.command
        );
        self
    }

    /// Asserts that stdout contains every one of `needles`.
    pub fn assert_stdout_has(&self, needles: &[&str]) -> &Self {
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
    pub fn assert_stderr_has(&self, needles: &[&str]) -> &Self {
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
    pub fn json(&self) -> Value {
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
    pub fn copy(name: &str) -> Fixture {
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
    pub fn new(name: &str) -> Fixture {
        let fixture = Fixture::copy(name);
        fixture.checker(&["sync"]).assert_success();
        fixture.commit("cargo course sync");
        fixture
    }

    /// A synced and committed copy of the fixture that keeps only the
    /// exercises `ids` (in the manifest and in the chapter).
    pub fn only(name: &str, ids: &[&str]) -> Fixture {
        let fixture = Fixture::copy(name);
        let manifest = fixture.read("exercises.toml");
        let mut kept = String::new();
        for (n, table) in manifest.split("[[exercise]]").enumerate() {
            let id = table
                .lines()
                .find_map(|l| l.strip_prefix("id = "))
                .map(|id| id.trim_matches('"'));
            if n == 0 || id.is_some_and(|id| ids.contains(&id)) {
                if n > 0 {
                    kept.push_str("[[exercise]]");
                }
                kept.push_str(table);
            }
        }
        fixture.write("exercises.toml", &kept);
        let chapter: String = fixture
            .read("src/chapter.md")
            .lines()
            .filter(|l| {
                l.strip_prefix("{{#exercise ")
                    .and_then(|rest| rest.strip_suffix("}}"))
                    .is_none_or(|id| ids.contains(&id))
            })
            .map(|l| format!("{l}\n"))
            .collect();
        fixture.write("src/chapter.md", &chapter);
        fixture.checker(&["sync"]).assert_success();
        fixture.commit("only some exercises");
        fixture
    }

    /// Writes `text` to the file at `relative`.
    pub fn write(&self, relative: &str, text: &str) {
        fs::write(self.path(relative), text)
            .unwrap_or_else(|e| panic!("cannot write {relative}: {e}"));
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    pub fn git(&self, args: &[&str]) {
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
    pub fn commit(&self, message: &str) {
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
    pub fn checker(&self, args: &[&str]) -> Output {
        self.checker_with_input(args, None)
    }

    /// Runs `checker ARGS…` in the course; with `input`, writes it to the
    /// checker's stdin and then closes it. Fails the test if the command
    /// runs past [`DEADLINE`].
    pub fn checker_with_input(&self, args: &[&str], input: Option<&str>) -> Output {
        self.checker_within(args, input, DEADLINE)
    }

    /// [`Fixture::checker_with_input`], failing after `deadline`.
    pub fn checker_within(&self, args: &[&str], input: Option<&str>, deadline: Duration) -> Output {
        self.checker_in_env(args, input, deadline, &[])
    }

    /// Runs `checker ARGS…` in the course with the variables `env` added.
    pub fn checker_in_env(
        &self,
        args: &[&str],
        input: Option<&str>,
        deadline: Duration,
        env: &[(&str, &str)],
    ) -> Output {
        let command = format!("`checker {}`", args.join(" "));
        let mut child = Command::new(env!("CARGO_BIN_EXE_checker"))
            .args(args)
            .envs(env.iter().copied())
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
pub fn drain(pipe: Option<impl Read + Send + 'static>) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Copies a folder recursively, leaving out build output.
pub fn copy_dir(from: &Path, to: &Path) {
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
pub fn list_line<'a>(list: &'a str, id: &str) -> &'a str {
    list.lines()
        .find(|l| l.split_whitespace().any(|word| word == id))
        .unwrap_or_else(|| panic!("`list` shows no line for `{id}`:\n{list}"))
}
