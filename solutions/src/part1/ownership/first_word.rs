//! Write `first_word`: it returns the first whitespace-separated word of
//! `text` as a slice *of `text` itself*. No `String`, no copying: the tests
//! check that the result points into the input.
//!
//! Leading whitespace is skipped. Input with no word gives `""`.

/// Returns the first word of `text`, borrowed from `text`.
pub fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ownership/first_word.rs"]
mod tests;
