//! Exercises in the order of the book, with their part and chapter titles.

use course_meta::summary::read_summary;
use course_meta::{Course, Exercise};

/// An exercise with where it sits in the book.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'c> {
    /// The exercise.
    pub exercise: &'c Exercise,
    /// Its index in the manifest (and in status lists).
    pub index: usize,
}

/// A chapter's exercises, in book order, with the chapter's part.
#[derive(Debug)]
pub struct ChapterGroup<'c> {
    /// The part title, or the group outside the parts
    /// ([`course_meta::summary::group_label`]).
    pub part: String,
    /// The chapter title.
    pub title: String,
    /// The chapter's path under `src/`.
    pub path: String,
    /// Its exercises.
    pub exercises: Vec<Placed<'c>>,
}

/// Every chapter that has exercises, in the order of `src/SUMMARY.md`.
/// Chapters missing from SUMMARY.md come last, in manifest order.
pub fn chapters(course: &Course) -> Vec<ChapterGroup<'_>> {
    let toc = read_summary(&course.root);
    let mut groups: Vec<ChapterGroup<'_>> = Vec::new();
    for (index, exercise) in course.exercises.iter().enumerate() {
        let placed = Placed { exercise, index };
        if let Some(group) = groups.iter_mut().find(|g| g.path == exercise.chapter) {
            group.exercises.push(placed);
            continue;
        }
        let entry = toc.iter().find(|e| e.path == exercise.chapter);
        groups.push(ChapterGroup {
            part: entry.map_or_else(
                || course_meta::summary::AFTER_PARTS.to_string(),
                |e| e.group.clone(),
            ),
            title: entry.map_or_else(
                || course.chapter_title(&exercise.chapter),
                |e| e.title.clone(),
            ),
            path: exercise.chapter.clone(),
            exercises: vec![placed],
        });
    }
    let position = |path: &str| {
        toc.iter()
            .position(|e| e.path == path)
            .unwrap_or(usize::MAX)
    };
    groups.sort_by_key(|g| position(&g.path));
    groups
}

/// Every exercise in book order.
pub fn in_book_order(course: &Course) -> Vec<Placed<'_>> {
    chapters(course)
        .into_iter()
        .flat_map(|g| g.exercises)
        .collect()
}
