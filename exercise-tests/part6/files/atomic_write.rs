//! Every file these tests write is inside a temporary folder that
//! `tempfile::tempdir()` creates and removes. A "crash" is an error
//! returned by a hook before one of the steps.

use super::*;
use std::fs;
use std::io::ErrorKind;

const STEPS: [Step; 5] = [
    Step::CreateTemp,
    Step::Write,
    Step::SyncFile,
    Step::Rename,
    Step::SyncDir,
];

/// Records the steps it sees, and fails before `crash_before`.
struct Recorder {
    seen: Vec<Step>,
    crash_before: Option<Step>,
}

impl Hooks for Recorder {
    fn before(&mut self, step: Step) -> io::Result<()> {
        self.seen.push(step);
        if self.crash_before == Some(step) {
            return Err(io::Error::other(format!("simulated crash before {step:?}")));
        }
        Ok(())
    }
}

/// The names of the files in `dir`, sorted.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn writes_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    atomic_write(&path, b"answer = 42\n").unwrap();
    assert_eq!(
        fs::read(&path).unwrap(),
        b"answer = 42\n",
        "the new file's contents"
    );
    assert_eq!(
        files_in(dir.path()),
        ["config.toml"],
        "no temporary file should be left"
    );
}

#[test]
fn replaces_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    fs::write(&path, b"old contents, longer than the new ones\n").unwrap();
    atomic_write(&path, b"new\n").unwrap();
    assert_eq!(
        fs::read(&path).unwrap(),
        b"new\n",
        "the file should hold only the new bytes"
    );
}

#[test]
fn the_steps_come_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data.bin");
    let mut hooks = Recorder {
        seen: Vec::new(),
        crash_before: None,
    };
    atomic_write_with(&path, b"x", &mut hooks).unwrap();
    assert_eq!(
        hooks.seen, STEPS,
        "hooks.before should be called once per step, in order"
    );
}

#[test]
fn a_crash_before_any_step_never_leaves_a_half_written_file() {
    let old = b"old: the complete previous contents\n".repeat(100);
    let new = b"new: the complete next contents\n".repeat(200);
    for crash in STEPS {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, &old).unwrap();
        let mut hooks = Recorder {
            seen: Vec::new(),
            crash_before: Some(crash),
        };
        let result = atomic_write_with(&path, &new, &mut hooks);
        assert!(
            result.is_err(),
            "a crash before {crash:?} should be returned as an error, got {result:?}"
        );
        let now = fs::read(&path).unwrap();
        let expected = if crash == Step::SyncDir { &new } else { &old };
        assert!(
            now == *expected,
            "after a crash before {crash:?}, the file should hold the complete {} contents \
             ({} bytes), but it holds {} bytes",
            if crash == Step::SyncDir { "new" } else { "old" },
            expected.len(),
            now.len()
        );
        assert_eq!(
            files_in(dir.path()),
            ["state.json"],
            "after a crash before {crash:?}, no temporary file should be left behind"
        );
    }
}

#[test]
fn the_temporary_file_is_next_to_the_target() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");

    /// Looks at the folder just before the rename.
    struct Peek<'a> {
        dir: &'a Path,
        names: Vec<String>,
    }
    impl Hooks for Peek<'_> {
        fn before(&mut self, step: Step) -> io::Result<()> {
            if step == Step::Rename {
                self.names = files_in(self.dir);
            }
            Ok(())
        }
    }

    let mut peek = Peek {
        dir: dir.path(),
        names: Vec::new(),
    };
    atomic_write_with(&path, b"hello", &mut peek).unwrap();
    assert_eq!(
        peek.names.len(),
        1,
        "just before the rename, the folder should hold the temporary file, got {:?}",
        peek.names
    );
    assert!(
        peek.names[0].starts_with(".notes.txt"),
        "the temporary file's name should start with \".notes.txt\", got {:?}",
        peek.names[0]
    );
}

#[test]
fn a_missing_folder_is_an_error_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing").join("file.txt");
    let err = atomic_write(&path, b"x").unwrap_err();
    assert_eq!(
        err.kind(),
        ErrorKind::NotFound,
        "writing into a missing folder: {err}"
    );
    assert!(files_in(dir.path()).is_empty(), "nothing should be created");
}
