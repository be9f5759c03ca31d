//! Text arrives from JavaScript in chunks (a `fetch` body read with
//! `getReader()`, a file read in slices), and a chunk can end in the middle
//! of a UTF-8 character: `"é"` is the two bytes `[0xC3, 0xA9]`, and an
//! emoji is four. Write `Utf8Stream`, which turns such chunks into text
//! without ever splitting a character, and reports bad input as errors that
//! JavaScript can catch.
//!
//! - `push(input)` returns the text of every character completed by
//!   `input`, in order. The bytes of a character that is not complete yet
//!   (1 to 3) are carried in `internal_state` to the next call; the getter
//!   `pending` is their number.
//! - Bytes that can never be UTF-8 (such as `0xFF`, or `0xE2` followed by
//!   `0x41`) are an error: `push` gives `Err(Utf8StreamError::Invalid { at })`, with
//!   `at` the position of the first byte of the bad sequence, counted from
//!   the start of the stream (all bytes pushed since `new` or the last
//!   `finish`). `b"ab\xFF"` has `at: 2`.
//! - `finish()` ends the stream: `Ok(())`, or
//!   `Err(Utf8StreamError::Truncated { left })` when it ended inside a
//!   character, with `left` the number of bytes carried.
//! - After any error, and after `finish`, the stream starts over: nothing is
//!   carried and positions count from 0 again. The text before a bad
//!   sequence in the same `push` is dropped with it.
//!
//! `std::str::from_utf8` does the hard part: its error's `valid_up_to()`
//! says how many bytes are good, and `error_len()` tells a bad sequence
//! (`Some`) from one that was merely cut off at the end (`None`).

use wasm_bindgen::prelude::*;

/// Turns chunks of UTF-8 bytes into text, never splitting a character.
#[wasm_bindgen]
#[derive(Debug, Default)]
pub struct Utf8Stream {
    /// The bytes of a character not yet complete (0 to 3).
    internal_state: Vec<u8>,
    /// Bytes pushed since the stream started, the carried ones included.
    position: usize,
}

#[wasm_bindgen]
impl Utf8Stream {
    /// A stream at its start.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self::default()
    }

    /// The text of every character that `input` completes.
    pub fn push(&mut self, input: &[u8]) -> Result<String, Utf8StreamError> {
        // Where the carried bytes, and so `internal_state`, start.
        let start = self.position - self.internal_state.len();
        self.internal_state.extend_from_slice(input);
        self.position += input.len();
        let valid = match std::str::from_utf8(&self.internal_state) {
            Ok(_) => self.internal_state.len(),
            // Cut off at the end: keep the start of the character.
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => {
                self.start_over();
                return Err(Utf8StreamError::Invalid {
                    at: start + e.valid_up_to(),
                });
            }
        };
        let complete: Vec<u8> = self.internal_state.drain(..valid).collect();
        // `from_utf8` checked these bytes, so this cannot fail; no need for
        // `unsafe` `from_utf8_unchecked` to save the second check.
        Ok(String::from_utf8(complete).unwrap_or_default())
    }

    /// How many bytes of an unfinished character are carried.
    #[wasm_bindgen(getter)]
    pub fn pending(&self) -> usize {
        self.internal_state.len()
    }

    /// Ends the stream; an error if it ended inside a character.
    pub fn finish(&mut self) -> Result<(), Utf8StreamError> {
        let left = self.internal_state.len();
        self.start_over();
        if left == 0 {
            Ok(())
        } else {
            Err(Utf8StreamError::Truncated { left })
        }
    }
}

impl Utf8Stream {
    /// Forgets the carried bytes and counts positions from 0 again.
    fn start_over(&mut self) {
        self.internal_state.clear();
        self.position = 0;
    }
}

/// Why a stream of bytes is not UTF-8 text. JavaScript gets it as an
/// `Error` whose message is the text below.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Utf8StreamError {
    /// Bytes that can never be UTF-8.
    #[error("the bytes at position {at} are not UTF-8")]
    Invalid {
        /// The position of the first bad byte, from the start of the stream.
        at: usize,
    },
    /// The stream ended inside a character.
    #[error("the text ended inside a character: {left} byte(s) of it arrived")]
    Truncated {
        /// The bytes of the unfinished character (1 to 3).
        left: usize,
    },
}

// What `#[wasm_bindgen]` needs to return `Result<_, Utf8StreamError>`: the
// error becomes a JavaScript `Error`.
impl From<Utf8StreamError> for JsValue {
    fn from(error: Utf8StreamError) -> JsValue {
        JsError::from(error).into()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part12/wasm_module/utf8_stream.rs"]
mod tests;
