//! A learner's progress, derived from what is on disk.
//!
//! Nothing here is a state file the learner must keep: an exercise whose file
//! still matches its pristine hash is "not started"; any other is checked by
//! running its tests. Results are cached in the target directory, keyed by
//! the exercise's file and tests, so `list` only re-runs what changed. The
//! cache can always be deleted and rebuilt.

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::Result;
use course_meta::{Course, Exercise, Side};
use serde::{Deserialize, Serialize};

use crate::check::{check_all_stages, Options};
use crate::outcome::Outcome;
use crate::pristine::{self, sha256_hex};

/// Where an exercise stands for the learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Its tests pass.
    Passed,
    /// The learner changed it, and it does not pass yet.
    Failing,
    /// The file is still the original stub.
    NotStarted,
}

#[derive(Default, Serialize, Deserialize)]
struct Cache {
    /// Exercise id → the key it was checked at and whether it passed.
    results: HashMap<String, (String, bool)>,
    /// The exercise the learner checked last: `next` looks after it first.
    #[serde(default)]
    last: Option<String>,
}

fn cache_path(course: &Course) -> PathBuf {
    crate::state::cache_dir(course).join("results.json")
}

fn load_cache(course: &Course) -> Cache {
    std::fs::read(cache_path(course))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

fn save_cache(course: &Course, cache: &Cache) {
    let path = cache_path(course);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Ok(bytes) = serde_json::to_vec(cache) {
        let _ = std::fs::write(path, bytes);
    }
}

/// The cache key of an exercise: its file and its tests, as they are now.
fn key(course: &Course, exercise: &Exercise) -> Option<String> {
    let mut bytes = std::fs::read(course.stub_path(exercise)).ok()?;
    bytes.extend(std::fs::read(course.tests_path(exercise)).ok()?);
    Some(sha256_hex(&bytes))
}

/// Records the outcome of a check of the learner's file, and that it was
/// the last one checked.
pub fn remember(course: &Course, exercise: &Exercise, outcome: &Outcome) {
    let mut cache = load_cache(course);
    if let Some(key) = key(course, exercise) {
        cache
            .results
            .insert(exercise.id.clone(), (key, outcome.passed()));
    }
    cache.last = Some(exercise.id.clone());
    save_cache(course, &cache);
}

/// The exercise the learner checked last, if any, and whether that check
/// passed.
pub fn last_checked(course: &Course) -> Option<(String, bool)> {
    let cache = load_cache(course);
    let last = cache.last?;
    let passed = cache.results.get(&last).is_some_and(|(_, passed)| *passed);
    Some((last, passed))
}

/// Every exercise's status, checking those whose result is not known.
/// `on_check` is called before each exercise that has to be checked.
pub fn statuses(course: &Course, mut on_check: impl FnMut(&Exercise)) -> Result<Vec<Status>> {
    let pristine = pristine::load(course)?;
    let mut cache = load_cache(course);
    let mut out = Vec::new();
    for exercise in &course.exercises {
        let Ok(stub) = std::fs::read(course.stub_path(exercise)) else {
            out.push(Status::Failing); // deleted: `check` explains, `reset` restores
            continue;
        };
        if pristine.get(&exercise.id).map(|r| r.stub.as_str()) == Some(sha256_hex(&stub).as_str()) {
            out.push(Status::NotStarted);
            continue;
        }
        let key = key(course, exercise).unwrap_or_default();
        let passed = match cache.results.get(&exercise.id) {
            Some((cached, passed)) if *cached == key => *passed,
            _ => {
                on_check(exercise);
                let passed = check_all_stages(
                    course,
                    exercise,
                    Side::Exercises,
                    Options::default(),
                    |_| {},
                )?
                .passed();
                cache.results.insert(exercise.id.clone(), (key, passed));
                passed
            }
        };
        out.push(if passed {
            Status::Passed
        } else {
            Status::Failing
        });
    }
    save_cache(course, &cache);
    Ok(out)
}
