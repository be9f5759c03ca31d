//! Check several lines of text against one dictionary, on one thread per
//! line. `spawn_checkers` spawns a thread with `std::thread::spawn` for each
//! line and returns the `JoinHandle`s in the order of the lines (none for no
//! lines). Each thread returns the words of its line (split on whitespace)
//! that are not in the dictionary, in the order they appear, repeats
//! included. The comparison is exact: `"The"` is not `"the"`.
//!
//! The dictionary is shared, not copied: give each thread its own clone of
//! the `Arc`, which copies a pointer and bumps a counter. The tests count
//! the allocations of every thread, so a copy of the dictionary's strings
//! fails them, whether the calling thread or a checker thread makes it. They
//! also check that once every thread has been joined, the caller's handle is
//! the only one left.

use std::collections::HashSet;
use std::sync::Arc;
use std::thread::JoinHandle;

/// Spawns one thread per line; each returns the line's unknown words.
pub fn spawn_checkers(
    dictionary: &Arc<HashSet<String>>,
    lines: &[&str],
) -> Vec<JoinHandle<Vec<String>>> {
    todo!(
        "spawn a thread for each of {lines:?}, sharing the dictionary (size {})",
        dictionary.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/smart_pointers/spell_check.rs"]
mod tests;
