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
use quote::quote;
use syn::ext::IdentExt;
use syn::{parse_macro_input, Ident, LitStr};

/// Expands `shout!(name)` to the string literal `"NAME"`.
#[proc_macro]
pub fn shout(input: TokenStream) -> TokenStream {
    // Parsing as `Ident` rejects keywords and anything else with syn's
    // error, placed on the offending token.
    let ident = parse_macro_input!(input as Ident);
    // `to_string` keeps the `r#` of a raw identifier; `unraw` drops it.
    let name = ident.unraw().to_string().to_uppercase();
    let literal = LitStr::new(&name, ident.span());
    quote!(#literal).into()
}
