//! Write `map_chunks`, a small fork-join helper. It cuts `items` into
//! chunks of `items.len().div_ceil(threads)` items each (the last chunk may
//! be shorter), calls `f` on every chunk on a scoped thread of its own, and
//! returns the results in chunk order. `threads == 0` counts as 1. An empty
//! slice gives an empty `Vec` without calling `f`.
//!
//! Then write `word_counts` with it: how often each word occurs in `lines`,
//! counted on up to `threads` threads. Words are separated by whitespace and
//! compared after `to_lowercase`, so `"Rust"` and `"rust"` are one word.
//!
//! The bounds in `map_chunks`'s signature are part of the task: each one is
//! there because a value crosses a thread boundary. Keep them as they are.

use std::collections::BTreeMap;

/// Calls `f` on each chunk of `items`, one scoped thread per chunk, and
/// returns the results in chunk order.
pub fn map_chunks<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&[T]) -> R + Sync,
{
    let _ = &f; // course:hide
    todo!(
        "call f on chunks of {} items for {threads} threads",
        items.len()
    )
}

/// Counts how often each lower-cased word occurs in `lines`, on up to
/// `threads` threads.
pub fn word_counts(lines: &[&str], threads: usize) -> BTreeMap<String, usize> {
    todo!("count the words of {lines:?} on {threads} threads")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/send_sync/chunk_map.rs"]
mod tests;
