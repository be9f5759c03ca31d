//! This file does not compile. `push_words` and `Appender` do their jobs,
//! but their lifetimes say that a list, once borrowed, stays borrowed for as
//! long as the strings in it: `all_words` and `longest_per_line` can then
//! never use their own vectors again. Fix the lifetimes, and change nothing
//! else: no bodies, no types other than their lifetimes, no `String`s, no
//! `'static`, no clones.
//!
//! The tests use the functions as `all_words` and `longest_per_line` do: they
//! call `push_words` several times on one vector and read the vector in
//! between, and they keep an `Appender` for a few calls, then read the
//! vector it filled. Every word stays a slice of the line it came from.

/// Appends the whitespace-separated words of `line` to `words`.
pub fn push_words<'a>(words: &mut Vec<&'a str>, line: &'a str) {
    words.extend(line.split_whitespace());
}

/// Every word of every line, in order, borrowed from the lines.
pub fn all_words(lines: &[String]) -> Vec<&str> {
    let mut words = Vec::new();
    for line in lines {
        push_words(&mut words, line);
    }
    words
}

/// Appends words to a list it borrows.
pub struct Appender<'v, 'a> {
    // Two lifetimes: how long the list is borrowed (`'v`) and how long the
    // words in it live (`'a`). `&mut` is invariant in what it points to, so
    // one lifetime for both would keep the list borrowed as long as its words.
    out: &'v mut Vec<&'a str>,
}

impl<'v, 'a> Appender<'v, 'a> {
    /// Appends to `out`, after the words it already holds.
    pub fn new(out: &'v mut Vec<&'a str>) -> Self {
        Appender { out }
    }

    /// Appends the longest word of `line` (in bytes; the first of equally
    /// long ones). A blank line appends nothing.
    pub fn push_longest(&mut self, line: &'a str) {
        let mut best: Option<&'a str> = None;
        for word in line.split_whitespace() {
            if best.is_none_or(|b| word.len() > b.len()) {
                best = Some(word);
            }
        }
        if let Some(word) = best {
            self.out.push(word);
        }
    }

    /// How many words the list holds now.
    pub fn count(&self) -> usize {
        self.out.len()
    }
}

/// The longest word of each line, skipping blank lines.
pub fn longest_per_line(lines: &[String]) -> Vec<&str> {
    let mut out = Vec::new();
    let mut appender = Appender::new(&mut out);
    for line in lines {
        appender.push_longest(line);
    }
    out
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/lifetimes/borrowed_forever.rs"]
mod tests;
