//! This file does not compile: its functions and its struct return or store
//! references, and no lifetimes say what those references borrow from. Add
//! lifetime parameters and annotations, and change nothing else: no bodies, no
//! types other than their lifetimes, no `String`s, no `'static`.
//!
//! Say exactly what each result borrows from. The compiler's first
//! suggestion is not always enough: the tests also compile code that keeps
//! a result after some of the inputs are gone.
//!
//! - `longer` may return either argument.
//! - `before` returns a slice of `text` only; `delimiter` may be dropped
//!   while the result is still in use.
//! - `first_item` returns one of the strings in the list; the result may be
//!   used after the list itself (the `Vec` or array) is gone.
//! - `Sentence` borrows its text. `first_word` returns a slice of that text,
//!   which may be used after the `Sentence` is gone.

/// Returns the longer of `a` and `b` (in bytes); `a` when they are equally long.
pub fn longer(a: &str, b: &str) -> &str {
    if b.len() > a.len() {
        b
    } else {
        a
    }
}

/// Returns the part of `text` before the first `delimiter`, or all of `text`
/// when the delimiter does not occur.
pub fn before(text: &str, delimiter: &str) -> &str {
    match text.find(delimiter) {
        Some(end) => &text[..end],
        None => text,
    }
}

/// Returns the first string in `items`, or `None` when the list is empty.
pub fn first_item(items: &[&str]) -> Option<&str> {
    items.first().copied()
}

/// A sentence that borrows its text.
pub struct Sentence {
    text: &str,
}

impl Sentence {
    /// Wraps `text` without copying it.
    pub fn new(text: &str) -> Sentence {
        Sentence { text }
    }

    /// The first whitespace-separated word, or `""` when there is none.
    pub fn first_word(&self) -> &str {
        self.text.split_whitespace().next().unwrap_or("")
    }

    /// The number of whitespace-separated words.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/lifetimes/annotate.rs"]
mod tests;
