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
use proc_macro2::{Literal, TokenStream as TokenStream2};
use quote::quote;
use syn::{parse_macro_input, LitStr};

/// Expands `hex!("…")` to a `[u8; N]` array; see the module docs.
#[proc_macro]
pub fn hex(input: TokenStream) -> TokenStream {
    // A wrong argument becomes syn's parse error, at the argument.
    let literal = parse_macro_input!(input as LitStr);
    expand(&literal)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// The macro's logic, on `proc_macro2` tokens.
fn expand(literal: &LitStr) -> syn::Result<TokenStream2> {
    let mut digits = Vec::new();
    for c in literal.value().chars().filter(|c| !c.is_whitespace()) {
        let digit = c.to_digit(16).ok_or_else(|| {
            syn::Error::new(
                literal.span(),
                format!("hex! found `{c}`, which is not a hex digit"),
            )
        })?;
        digits.push(digit as u8);
    }
    if digits.len() % 2 != 0 {
        return Err(syn::Error::new(
            literal.span(),
            format!(
                "hex! needs an even number of hex digits, found {}",
                digits.len()
            ),
        ));
    }
    // `0xdeu8`-style literals carry their type, so the array is `[u8; N]`
    // without any annotation; the empty case needs the type spelled out.
    if digits.is_empty() {
        return Ok(quote!([0u8; 0]));
    }
    let bytes = digits
        .chunks(2)
        .map(|pair| Literal::u8_suffixed((pair[0] << 4) | pair[1]));
    Ok(quote!([#(#bytes),*]))
}
