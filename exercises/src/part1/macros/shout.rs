//! # `shout!`: a name in capitals, computed while compiling
//!
//! Write the function-like procedural macro `shout!`. It takes one
//! identifier and expands to a string literal: the identifier's name in
//! capital letters.
//!
//! ```text
//! assert_eq!(shout!(max_retries), "MAX_RETRIES");
//! const LABEL: &str = shout!(total);     // "TOTAL": a literal, so it works in a const
//! assert_eq!(shout!(r#type), "TYPE");    // a raw identifier's name has no `r#`
//! ```
//!
//! Anything but one identifier is a compile error: syn's own
//! `expected identifier`.

use proc_macro::TokenStream;

/// Expands `shout!(name)` to the string literal `"NAME"`.
#[proc_macro]
pub fn shout(input: TokenStream) -> TokenStream {
    let _ = input;
    todo!("parse one identifier and expand to a string literal of its name in capitals")
}
