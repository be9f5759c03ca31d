//! `word_stats` walks over the words in parallel and adds to two local
//! variables from inside `for_each`. That does not compile: the closure runs
//! on several threads at once, so Rayon only accepts a closure that does not
//! change what it captures.
//!
//! Make it compile and keep what it computes: `letters` is the number of
//! `char`s in all the words, and `by_length[n]` is how many words have `n`
//! chars (words longer than `MAX_LEN` count as `MAX_LEN`). Keep the work
//! parallel, and use no `Mutex` and no atomics: compute `letters` with
//! `map` and `sum`, and `by_length` with `fold` and `reduce`.
//!
//! A word is anything that can be seen as a `&str` (`W: AsRef<str>`): the
//! tests pass words of their own type, which note the thread that reads
//! them. Every word must be read on one of Rayon's worker threads.

use rayon::prelude::*;

/// Words with more chars than this are counted in `by_length[MAX_LEN]`.
pub const MAX_LEN: usize = 12;

/// What `word_stats` finds out about a list of words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordStats {
    /// The number of words.
    pub words: usize,
    /// The number of `char`s in all the words together.
    pub letters: usize,
    /// `by_length[n]` is the number of words with `n` chars; always
    /// `MAX_LEN + 1` entries long.
    pub by_length: Vec<usize>,
}

/// Counts the words, their letters, and the words of each length.
pub fn word_stats<W: AsRef<str> + Sync>(words: &[W]) -> WordStats {
    let mut letters = 0;
    let mut by_length = vec![0; MAX_LEN + 1];
    words.par_iter().for_each(|word| {
        let len = word.as_ref().chars().count();
        letters += len;
        by_length[len.min(MAX_LEN)] += 1;
    });
    WordStats {
        words: words.len(),
        letters,
        by_length,
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/rayon/word_stats.rs"]
mod tests;
