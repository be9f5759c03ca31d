//! Write `parse_color`, which JavaScript will call: it reads a CSS hex
//! color, `#rgb` or `#rrggbb` in either case, and returns it as the number
//! `0xRRGGBB`. `"#ff8000"` gives `0xFF8000`, and so does `"#f80"` (each
//! digit of the short form is doubled).
//!
//! Bad input is an error, never a panic: in WebAssembly a panic is a trap
//! that JavaScript sees as `RuntimeError: unreachable`, with no message. The
//! checks, in this order:
//!
//! 1. no `#` at the start: `ColorError::MissingHash`;
//! 2. not 3 or 6 characters after the `#`: `ColorError::Length(n)`, with `n`
//!    the number of characters (not bytes) after it;
//! 3. a character that is not a hex digit: `ColorError::NotHex { ch, index }`
//!    for the first one, with `index` its position among the characters
//!    after the `#`, from 0.
//!
//! Text from JavaScript can hold any character: `"#ééé"` is three characters
//! after the `#` (`NotHex`), not six bytes. `ColorError` becomes a JavaScript
//! `Error` whose message is its `Display` text (the `From` impl below), so
//! the caller's `catch (e)` reads `e.message`.

use wasm_bindgen::prelude::*;

/// The color `text` names, as `0xRRGGBB`.
#[wasm_bindgen]
pub fn parse_color(text: &str) -> Result<u32, ColorError> {
    todo!("read the color {text:?}")
}

/// Why a color could not be read. JavaScript gets it as an `Error` whose
/// message is the text below.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ColorError {
    /// The text does not start with `#`.
    #[error("a color starts with `#`")]
    MissingHash,
    /// The wrong number of digits.
    #[error("a color has 3 or 6 hex digits after `#`, not {0}")]
    Length(usize),
    /// A character that is not a hex digit.
    #[error("{ch:?} (digit {index}) is not a hex digit")]
    NotHex {
        /// The character.
        ch: char,
        /// Its position among the characters after `#`, from 0.
        index: usize,
    },
}

// What `#[wasm_bindgen]` needs to return `Result<_, ColorError>`: a way to
// turn the error into a JavaScript value, here an `Error` object.
impl From<ColorError> for JsValue {
    fn from(error: ColorError) -> JsValue {
        JsError::from(error).into()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/wasm_bindgen/parse_color.rs"]
mod tests;
