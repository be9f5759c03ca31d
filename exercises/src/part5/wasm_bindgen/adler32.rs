//! Write `adler32`, which JavaScript will call: the Adler-32 checksum of
//! `data`, as zlib computes it ([RFC 1950](https://www.rfc-editor.org/rfc/rfc1950#section-9), section 9).
//!
//! Keep two sums modulo 65521, the largest prime below 2¹⁶: `a` starts at 1
//! and adds each byte; `b` starts at 0 and adds `a` after each byte. The
//! checksum is `b` in the high 16 bits and `a` in the low 16 bits. An empty
//! input gives `1`, and `b"Wikipedia"` gives `0x11E6_0398`.
//!
//! The `#[wasm_bindgen]` attribute is already there: JavaScript passes a
//! `Uint8Array`, which the generated glue copies into the module's memory as
//! the `&[u8]`, and gets the `u32` back as a number. Inputs can be large (a
//! test passes a million bytes), so the sums must never overflow.

use wasm_bindgen::prelude::*;

/// The Adler-32 checksum of `data`.
#[wasm_bindgen]
pub fn adler32(data: &[u8]) -> u32 {
    todo!("the checksum of {} bytes", data.len())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/wasm_bindgen/adler32.rs"]
mod tests;
