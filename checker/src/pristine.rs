//! The original stubs, for `reset`, and backups of the learner's work.
//!
//! The course keeps no second copy of its stubs. `exercises/pristine-stubs.sha256`
//! records each stub's hash, and the stub itself is found in the course's git
//! history: the newest committed version of the file with that hash. So a
//! reset works even after the learner has committed their own solution.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context as _, Result};
use course_meta::{Course, Exercise};

use crate::sync::{sha256_hex, stub_hashes};

/// The original content of `exercise`'s stub.
pub fn original_stub(course: &Course, exercise: &Exercise) -> Result<Vec<u8>> {
    let Some(wanted) = stub_hashes(course).get(&exercise.path).cloned() else {
        bail!(
            "exercises/{} lists no hash for `{}` — the course files are incomplete",
            crate::sync::STUB_HASHES,
            exercise.id
        );
    };
    let current = std::fs::read(course.stub_path(exercise)).unwrap_or_default();
    if sha256_hex(&current) == wanted {
        return Ok(current);
    }
    let file = format!("{}/src/{}", course_meta::EXERCISES_DIR, exercise.path);
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
        if !path.exists() {
            std::fs::copy(&source, &path).with_context(|| {
                format!("cannot back up {} to {}", source.display(), path.display())
            })?;
            return Ok(path);
        }
    }
    unreachable!("some numbered name is free")
}
