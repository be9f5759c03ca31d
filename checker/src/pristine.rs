//! What the course shipped: `exercises/pristine.toml`, and the original
//! stubs and backups that `reset` works with.
//!
//! For every exercise the record holds the SHA-256 of its original stub
//! (how `list` tells "not started" from "in progress", and how `reset`
//! finds the original in git history), the SHA-256 of its tests (how
//! `check` notices edited tests), and the names of its tests (what `check`
//! expects to report, whatever the learner's file contains). `cargo course
//! sync` writes it; nothing else does.
//!
//! The course keeps no second copy of its stubs: `reset` looks for the
//! newest committed version of the file with the recorded hash, so it works
//! even after learners commit their own solutions.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context as _, Result};
use course_meta::{Course, Exercise};
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

/// The record's file, under `exercises/`.
pub const FILE: &str = "pristine.toml";

const HEADER: &str = "\
# What the course shipped, for each exercise: the SHA-256 of its original stub
# (how `cargo course list` tells \"not started\" from \"in progress\", and how
# `cargo course reset` finds the original), the SHA-256 of its tests (how
# `cargo course check` notices edited tests), and the names of the tests the
# checker expects to report. Written by `cargo course sync`; do not edit.
";

/// One exercise's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The exercise id.
    pub id: String,
    /// SHA-256 of the original stub.
    pub stub: String,
    /// SHA-256 of the tests file.
    pub tests: String,
    /// The full names of the tests, as libtest lists them.
    #[serde(rename = "test-names")]
    pub test_names: Vec<String>,
}

/// Every exercise's record, in manifest order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pristine {
    /// The records.
    #[serde(rename = "exercise", default)]
    pub records: Vec<Record>,
}

impl Pristine {
    /// The record of exercise `id`.
    pub fn get(&self, id: &str) -> Option<&Record> {
        self.records.iter().find(|r| r.id == id)
    }

    /// The file's text.
    pub fn render(&self) -> Result<String> {
        let body = toml::to_string(self).context("cannot write the pristine record as TOML")?;
        Ok(format!("{HEADER}\n{body}"))
    }
}

/// Where the record lives.
pub fn path(course: &Course) -> PathBuf {
    course.root.join(course_meta::EXERCISES_DIR).join(FILE)
}

/// Reads the record (empty if the file does not exist).
pub fn load(course: &Course) -> Result<Pristine> {
    let path = path(course);
    match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).with_context(|| {
            format!(
                "{} is not a valid record — restore it from git (`git checkout -- {}`) or, as an author, run `cargo course sync`",
                course.relative(&path).display(),
                course.relative(&path).display()
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Pristine::default()),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// The SHA-256 of `bytes`, as lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    Sha256::digest(bytes)
        .iter()
        .fold(String::new(), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// The SHA-256 of a file, or `None` if it cannot be read.
pub fn file_hash(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|bytes| sha256_hex(&bytes))
}

/// The original content of `exercise`'s stub.
pub fn original_stub(course: &Course, exercise: &Exercise) -> Result<Vec<u8>> {
    let record = load(course)?;
    let Some(wanted) = record.get(&exercise.id).map(|r| r.stub.clone()) else {
        bail!(
            "exercises/{FILE} has no record of `{}` — the course files are incomplete (authors: run `cargo course sync`)",
            exercise.id
        );
    };
    let stub = course.stub_path(exercise);
    if let Ok(current) = std::fs::read(&stub) {
        if sha256_hex(&current) == wanted {
            return Ok(current);
        }
    }
    let file = course.relative(&stub).to_string_lossy().replace('\\', "/");
    let log = git(&course.root, &["log", "--all", "--format=%H", "--", &file])
        .context("cannot read the course's git history, where the original stubs are kept")?;
    for commit in String::from_utf8_lossy(&log).lines() {
        if let Ok(content) = git(&course.root, &["show", &format!("{commit}:{file}")]) {
            if sha256_hex(&content) == wanted {
                return Ok(content);
            }
        }
    }
    bail!(
        "the original of {file} is not in this repository's git history — get it from the course's repository (for example `git checkout <upstream>/main -- {file}`)"
    )
}

/// Whether `file` (relative to the course root) differs from its last
/// committed version; `None` when git cannot tell.
pub fn has_uncommitted_changes(course: &Course, file: &Path) -> Option<bool> {
    let file = course.relative(file).to_string_lossy().replace('\\', "/");
    let status = Command::new("git")
        .args(["diff", "--quiet", "HEAD", "--", &file])
        .current_dir(&course.root)
        .status()
        .ok()?;
    match status.code() {
        Some(0) => Some(false),
        Some(1) => Some(true),
        _ => None,
    }
}

fn git(root: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let output = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .context("cannot run git — is it installed?")?;
    if !output.status.success() {
        bail!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(output.stdout)
}

/// The folder that holds backups of learners' files.
pub fn backup_dir(course: &Course) -> PathBuf {
    course.root.join(".course-backups")
}

/// Copies the learner's current file to a new backup and returns its path.
/// The name holds the exercise id and the time, and never overwrites.
pub fn back_up(course: &Course, exercise: &Exercise) -> Result<PathBuf> {
    let source = course.stub_path(exercise);
    let dir = backup_dir(course);
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let stamp = humantime::format_rfc3339_seconds(std::time::SystemTime::now())
        .to_string()
        .replace(':', "-");
    for n in 0.. {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("-{n}")
        };
        let path = dir.join(format!("{}-{stamp}{suffix}.rs", exercise.id));
        // `create_new` never replaces a backup, even one made a moment ago.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                let bytes = std::fs::read(&source)
                    .with_context(|| format!("cannot read {}", source.display()))?;
                std::io::Write::write_all(&mut file, &bytes)
                    .with_context(|| format!("cannot write the backup {}", path.display()))?;
                file.sync_all()
                    .with_context(|| format!("cannot write the backup {}", path.display()))?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("cannot create the backup {}", path.display()))
            }
        }
    }
    unreachable!("some numbered name is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_hex_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn the_record_reads_back() {
        let record = Pristine {
            records: vec![Record {
                id: "first-word".into(),
                stub: "ab".into(),
                tests: "cd".into(),
                test_names: vec!["tests::a".into(), "tests::b".into()],
            }],
        };
        let text = record.render().unwrap();
        assert!(text.starts_with("# What the course shipped"), "{text}");
        assert!(text.contains("[[exercise]]\nid = \"first-word\""), "{text}");
        let back: Pristine = toml::from_str(&text).unwrap();
        assert_eq!(back, record);
    }
}
