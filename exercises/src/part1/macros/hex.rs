//! # `hex!`: bytes from a hex string, checked at compile time
//!
//! Write the function-like procedural macro `hex!`. It takes one string
//! literal of hexadecimal digits and expands to an array of bytes, two
//! digits per byte:
//!
//! ```text
//! const MAGIC: [u8; 4] = hex!("7f454c46");
//! assert_eq!(hex!("de ad BE EF"), [0xde, 0xad, 0xbe, 0xef]);
//! assert_eq!(hex!(""), [0u8; 0]);
//! ```
//!
//! - Digits may be upper or lower case. Whitespace anywhere in the string is
//!   ignored.
//! - The expansion is an array expression of type `[u8; N]`, so it works in
//!   a `const` and needs no type annotation, even when it is empty.
//!
//! Misuse is a compile error that points at the argument:
//! - anything but one string literal: syn's own error, `expected string literal`;
//! - a character that is not a hex digit: ``hex! found `g`, which is not a hex digit``;
//! - an odd number of digits: `hex! needs an even number of hex digits, found 3`.
//!
//! `exercise-tests/part1/macros/hex_ui/` holds the misuse cases with the
//! exact errors expected (checked with trybuild).

use proc_macro::TokenStream;

/// Expands `hex!("…")` to a `[u8; N]` array; see the module docs.
#[proc_macro]
pub fn hex(input: TokenStream) -> TokenStream {
    todo!("parse `{input}` as a string literal and expand it to an array of bytes")
}
