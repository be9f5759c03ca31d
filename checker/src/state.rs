//! Small pieces of learner state that are safe to lose.
//!
//! Everything here lives in the target directory next to the results cache:
//! deleting it only means hints start again from the first one.

use std::collections::HashMap;
use std::path::PathBuf;

use course_meta::Course;

/// The folder for the checker's rebuildable files.
pub fn cache_dir(course: &Course) -> PathBuf {
    target_dir(course).join("course")
}

/// Where the loom builds go: inside the target folder, apart from the
/// ordinary builds, whose flags differ.
pub fn loom_target_dir(course: &Course) -> PathBuf {
    target_dir(course).join("loom")
}

fn target_dir(course: &Course) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| course.root.join("target"))
}

fn hints_path(course: &Course) -> PathBuf {
    cache_dir(course).join("hints.json")
}

/// How many hints of each exercise have been shown.
pub fn hints_shown(course: &Course) -> HashMap<String, usize> {
    std::fs::read(hints_path(course))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Records that `count` hints of `id` have been shown.
pub fn set_hints_shown(course: &Course, id: &str, count: usize) {
    let mut all = hints_shown(course);
    all.insert(id.to_string(), count);
    let path = hints_path(course);
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    if let Ok(bytes) = serde_json::to_vec(&all) {
        let _ = std::fs::write(path, bytes);
    }
}
