//! # `#[derive(Describe)]`
//!
//! Write a derive macro that gives a struct with named fields two inherent
//! items:
//!
//! - `FIELD_NAMES: &'static [&'static str]`, the names of its fields in
//!   declaration order, and
//! - `fn describe(&self) -> String`, which renders the value like
//!   `Point { x: 1, y: 2 }`, each field formatted with `{:?}`. A struct with no
//!   fields (`struct Empty {}` or `struct Unit;`) renders as just its name.
//!
//! A field marked `#[describe(skip)]` is left out of both.
//!
//! Generic structs work too: add a `T: Debug` bound for each type parameter,
//! as the standard derives do.
//!
//! Misuse must be a clear compile error pointing at the right place:
//! - on an enum, a union or a tuple struct:
//!   ``#[derive(Describe)] supports structs with named fields only``;
//! - an unknown option such as `#[describe(hide)]`:
//!   ``unknown `describe` option `hide`; the only option is `skip` ``.
//!
//! The tests in `exercise-tests/part1/macros/describe.rs` use the macro on
//! real structs, and `describe_ui/` holds the misuse cases with the exact
//! errors expected (checked with trybuild).

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use syn::{parse_macro_input, DeriveInput, Field};

/// Derives `FIELD_NAMES` and `describe()`; see the module docs.
///
/// This entry point is done: it parses the input and turns an `Err` from
/// `expand` into a compile error at the span the error carries.
#[proc_macro_derive(Describe, attributes(describe))]
pub fn derive_describe(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// The derive's logic, on `proc_macro2` tokens.
fn expand(input: DeriveInput) -> syn::Result<TokenStream2> {
    // 1. Match on `input.data`: keep the fields of a struct with named fields
    //    (none for `struct Unit;`); return a `syn::Error` for anything else.
    // 2. Leave out the fields for which `is_skipped` says true.
    // 3. Add a `T: ::core::fmt::Debug` bound for every type parameter.
    // 4. Generate the `impl` block with `quote::quote!`.
    todo!("derive Describe for `{}`", input.ident)
}

/// Whether `field` carries `#[describe(skip)]`; an unknown option is an error
/// pointed at the option.
fn is_skipped(field: &Field) -> syn::Result<bool> {
    todo!("read the #[describe(...)] attributes of {:?}", field.ident)
}
