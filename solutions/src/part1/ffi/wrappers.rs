//! Two safe wrappers around the course's C functions (in `c/ffi_course.c`)
//! compile, and their `unsafe` blocks are even sound, but they give wrong
//! answers:
//!
//! - `to_upper("hello")` returns `"HELL"`, and text that ends in a non-ASCII
//!   character comes back garbled.
//! - `parse_port("http")` returns `Ok(65535)` instead of an error.
//!
//! Read the C contracts in the `extern` block, find what each wrapper gets
//! wrong, and fix it. Keep the signatures. Text with a NUL byte inside must
//! still give `Err(FfiError::InteriorNul { position })`.

use std::ffi::{c_char, CString};

// The C functions are in the static library `course_c`, built from `c/*.c`.
#[link(name = "course_c", kind = "static")]
extern "C" {
    /// Copies `src` into `dst`, ASCII letters upper-cased. Like `snprintf`,
    /// it writes at most `cap - 1` bytes followed by a NUL terminator (nothing
    /// when `cap` is 0), and returns the length of the full result without the
    /// NUL. `dst` may be null only when `cap` is 0.
    fn ffi_upper_copy(src: *const c_char, dst: *mut c_char, cap: usize) -> usize;

    /// Parses a decimal port (digits only, 0 to 65535). Returns the port, or
    /// -1 when the text is not one.
    fn ffi_parse_port(s: *const c_char) -> i32;
}

/// What can go wrong in these wrappers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FfiError {
    /// C strings end at the first NUL byte, so the text cannot contain one.
    #[error("the text has a NUL byte at offset {position}")]
    InteriorNul { position: usize },
    /// The C parser rejected the text.
    #[error("{text:?} is not a port number")]
    InvalidPort { text: String },
}

fn to_c_string(text: &str) -> Result<CString, FfiError> {
    CString::new(text).map_err(|err| FfiError::InteriorNul {
        position: err.nul_position(),
    })
}

/// Upper-cases the ASCII letters of `text` with the C function.
pub fn to_upper(text: &str) -> Result<String, FfiError> {
    let c_text = to_c_string(text)?;
    // Room for every byte of the result *and* the NUL terminator C writes.
    let mut buffer = vec![0u8; text.len() + 1];
    // SAFETY: `c_text` is NUL-terminated and outlives the call. `buffer` has
    // `buffer.len()` writable bytes, and that is the capacity we pass, so C
    // never writes past its end.
    let len = unsafe {
        ffi_upper_copy(
            c_text.as_ptr(),
            buffer.as_mut_ptr().cast::<c_char>(),
            buffer.len(),
        )
    };
    // C returns the full length; it fits, because upper-casing ASCII letters
    // keeps the length. Drop the NUL terminator.
    assert!(
        len < buffer.len(),
        "C needed {len} bytes, more than the input"
    );
    buffer.truncate(len);
    // C changed only ASCII letters, so valid UTF-8 stays valid UTF-8.
    Ok(String::from_utf8(buffer).expect("C keeps UTF-8 valid"))
}

/// Parses a TCP port number with the C function.
pub fn parse_port(text: &str) -> Result<u16, FfiError> {
    let c_text = to_c_string(text)?;
    // SAFETY: `c_text` is NUL-terminated and outlives the call; the C function
    // only reads it.
    let port = unsafe { ffi_parse_port(c_text.as_ptr()) };
    // C reports failure in band, as -1: turn that into an error.
    u16::try_from(port).map_err(|_| FfiError::InvalidPort {
        text: text.to_owned(),
    })
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ffi/wrappers.rs"]
mod tests;
