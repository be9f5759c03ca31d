//! Write `word_count`, a safe wrapper around the course's C function
//! `ffi_word_count` (in `c/ffi_course.c`). It counts the words of a
//! NUL-terminated C string; words are separated by ASCII whitespace, and the
//! bytes of non-ASCII characters count as word characters.
//!
//! Build a `CString` from `text`, pass its pointer to C, and return the count.
//! The empty string has 0 words. Text with a NUL byte inside cannot become a
//! C string: return `Err(FfiError::InteriorNul { position })` with the byte
//! offset of the first NUL, and do not call C at all.
//!
//! Every `unsafe` block needs a `// SAFETY:` comment that says why it is sound.

use std::ffi::c_char;

// The C functions are in the static library `course_c`, built from `c/*.c`.
#[link(name = "course_c", kind = "static")]
#[allow(dead_code)] // course:hide
extern "C" {
    /// Counts the words of the NUL-terminated string `s` (0 when `s` is NULL).
    fn ffi_word_count(s: *const c_char) -> usize;
}

/// Why a Rust string could not be handed to C.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FfiError {
    /// C strings end at the first NUL byte, so the text cannot contain one.
    #[error("the text has a NUL byte at offset {position}")]
    InteriorNul { position: usize },
}

/// Counts the whitespace-separated words of `text` with the C function.
pub fn word_count(text: &str) -> Result<usize, FfiError> {
    todo!(
        "convert the {} bytes of text to a CString and call ffi_word_count",
        text.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ffi/word_count.rs"]
mod tests;
