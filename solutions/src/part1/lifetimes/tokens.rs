//! `Tokens` splits source text into tokens, lazily, as an iterator. A *word*
//! is a run of letters, digits and `_` (`let`, `x1`, `42`, `größe`), and
//! every other character that is not whitespace is a token of its own (`=`,
//! `(`, `→`). Whitespace separates tokens and is skipped. Every token is a
//! slice of the input, and it stays usable after the `Tokens` is gone.
//!
//! The code compiles, but words come back broken: `"let total = 42"` gives
//! `["le", "t", "tota", "l", "=", "4", "2"]` instead of
//! `["let", "total", "=", "42"]`. Find the bug and fix it. Keep the
//! signatures, and keep returning slices of the input (the tests check).

/// An iterator over the tokens of a string, borrowing from it.
pub struct Tokens<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Tokens<'a> {
    /// Starts at the beginning of `input`.
    pub fn new(input: &'a str) -> Self {
        Tokens { input, pos: 0 }
    }
}

/// Letters, digits and `_` make up words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let input: &'a str = self.input;
        let rest = &input[self.pos..];
        // Skip whitespace; with nothing else left, there is no token.
        let start = rest.find(|c: char| !c.is_whitespace())?;
        let rest = &rest[start..];
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        // The token is `rest[..len]`: `len` is its length in bytes.
        let mut len = first.len_utf8();
        if is_word_char(first) {
            for (i, c) in chars {
                if !is_word_char(c) {
                    break;
                }
                // `i` is where `c` starts; the word goes on to the end of `c`.
                len = i + c.len_utf8();
            }
        }
        self.pos += start + len;
        Some(&rest[..len])
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/lifetimes/tokens.rs"]
mod tests;
