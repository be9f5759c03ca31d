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
use std::thread;

/// Calls `f` on each chunk of `items`, one scoped thread per chunk, and
/// returns the results in chunk order.
pub fn map_chunks<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&[T]) -> R + Sync,
{
    if items.is_empty() {
        // `chunks(0)` would panic, and there is nothing to do anyway.
        return Vec::new();
    }
    let chunk_len = items.len().div_ceil(threads.max(1));
    // Every thread gets a `&F` (needs `F: Sync`) and a `&[T]` (needs
    // `T: Sync`), and sends its `R` back through `join` (needs `R: Send`).
    let f = &f;
    thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk_len)
            .map(|chunk| s.spawn(move || f(chunk)))
            .collect();
        // Join in spawn order, so the results come back in chunk order.
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap())
            .collect()
    })
}

/// Counts how often each lower-cased word occurs in `lines`, on up to
/// `threads` threads.
pub fn word_counts(lines: &[&str], threads: usize) -> BTreeMap<String, usize> {
    let partials = map_chunks(lines, threads, |chunk| {
        let mut counts = BTreeMap::new();
        for word in chunk.iter().flat_map(|line| line.split_whitespace()) {
            *counts.entry(word.to_lowercase()).or_insert(0) += 1;
        }
        counts
    });
    let mut total = BTreeMap::new();
    for (word, n) in partials.into_iter().flatten() {
        *total.entry(word).or_insert(0) += n;
    }
    total
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/send_sync/chunk_map.rs"]
mod tests;
