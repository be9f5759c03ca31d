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
    let digits = text.strip_prefix('#').ok_or(ColorError::MissingHash)?;
    // Count characters, not bytes, and never slice `text` at a byte offset:
    // that panics when the offset falls inside a multi-byte character.
    let count = digits.chars().count();
    if count != 3 && count != 6 {
        return Err(ColorError::Length(count));
    }
    let mut color = 0u32;
    for (index, ch) in digits.chars().enumerate() {
        // `to_digit` accepts exactly the 16 digits, where
        // `u8::from_str_radix` would also accept a leading `+`.
        let digit = ch.to_digit(16).ok_or(ColorError::NotHex { ch, index })?;
        color = if count == 3 {
            (color << 8) | (digit << 4) | digit
        } else {
            (color << 4) | digit
        };
    }
    Ok(color)
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
