//! Byte offsets to line numbers, for error messages.
//!
//! The index is built once per text, in one pass, and answers each question
//! by binary search, so locating every item of a long text stays linear
//! (n log n) instead of counting lines from the start for each item.

use std::ops::Range;

/// Where each line of a text starts.
#[derive(Debug, Clone)]
pub(crate) struct LineIndex {
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<usize>,
    /// Length of the text.
    len: usize,
}

impl LineIndex {
    /// Indexes `text`'s lines (separated by `\n`).
    pub(crate) fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    /// 1-based line number of byte `offset`. An offset on a `\n` belongs
    /// to the line that the `\n` ends.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// Byte range of 1-based line `line`, without its `\n`.
    pub(crate) fn line_range(&self, line: usize) -> Range<usize> {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).map_or(self.len, |next| next - 1);
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_and_back() {
        let text = "a\nbc\n\nd";
        let index = LineIndex::new(text);
        let lines: Vec<usize> = (0..=text.len()).map(|i| index.line_of(i)).collect();
        assert_eq!(
            lines,
            [1, 1, 2, 2, 2, 3, 4, 4],
            "line of each offset of {text:?}"
        );
        let ranges: Vec<&str> = (1..=4).map(|l| &text[index.line_range(l)]).collect();
        assert_eq!(
            ranges,
            ["a", "bc", "", "d"],
            "the text of each line of {text:?}"
        );
    }

    #[test]
    fn a_trailing_newline_ends_with_an_empty_line() {
        let index = LineIndex::new("x\n");
        assert_eq!(index.line_of(2), 2, "the offset after the last newline");
        assert_eq!(index.line_range(2), 2..2, "the empty last line");
    }
}
