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

use std::ffi::{c_char, CString};

// The C functions are in the static library `course_c`, built from `c/*.c`.
#[link(name = "course_c", kind = "static")]
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
    let c_text = CString::new(text).map_err(|err| FfiError::InteriorNul {
        position: err.nul_position(),
    })?;
    // SAFETY: `c_text` is a valid NUL-terminated string, and it stays alive
    // (it is a named local) until after the call returns. `ffi_word_count`
    // only reads the string and keeps no pointer to it.
    let count = unsafe { ffi_word_count(c_text.as_ptr()) };
    Ok(count)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ffi/word_count.rs"]
mod tests;
