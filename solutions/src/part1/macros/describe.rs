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
use quote::quote;
use syn::{parse_macro_input, parse_quote, Data, DeriveInput, Field, Fields};

/// Derives `FIELD_NAMES` and `describe()`; see the module docs.
#[proc_macro_derive(Describe, attributes(describe))]
pub fn derive_describe(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// The derive's logic, on `proc_macro2` tokens (so it could be unit-tested).
fn expand(mut input: DeriveInput) -> syn::Result<TokenStream2> {
    let fields: Vec<&Field> = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => named.named.iter().collect(),
            Fields::Unit => Vec::new(),
            Fields::Unnamed(unnamed) => return Err(only_named(unnamed)),
        },
        Data::Enum(data) => return Err(only_named(data.enum_token)),
        Data::Union(data) => return Err(only_named(data.union_token)),
    };
    let mut shown = Vec::new();
    for field in fields {
        if !is_skipped(field)? {
            shown.push(field.ident.clone().expect("named fields have names"));
        }
    }
    let names: Vec<String> = shown.iter().map(|ident| ident.to_string()).collect();
    let name = &input.ident;
    let type_name = name.to_string();

    // Every type parameter must be printable with `{:?}`.
    let type_params: Vec<_> = input
        .generics
        .type_params()
        .map(|param| param.ident.clone())
        .collect();
    let where_clause = input.generics.make_where_clause();
    for param in type_params {
        where_clause
            .predicates
            .push(parse_quote!(#param: ::core::fmt::Debug));
    }
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();

    // Absolute paths (`::std::…`), so the expansion works whatever the
    // caller has imported or named `String`.
    Ok(quote! {
        impl #impl_generics #name #type_generics #where_clause {
            /// The names of the described fields, in declaration order.
            pub const FIELD_NAMES: &'static [&'static str] = &[#(#names),*];

            /// Renders the value as `Name { field: value, … }`.
            pub fn describe(&self) -> ::std::string::String {
                let parts: ::std::vec::Vec<::std::string::String> = ::std::vec![
                    #(::std::format!("{}: {:?}", #names, &self.#shown)),*
                ];
                if parts.is_empty() {
                    ::std::string::String::from(#type_name)
                } else {
                    ::std::format!("{} {{ {} }}", #type_name, parts.join(", "))
                }
            }
        }
    })
}

/// The error for anything but a struct with named fields, pointed at `at`.
fn only_named(at: impl quote::ToTokens) -> syn::Error {
    syn::Error::new_spanned(
        at,
        "#[derive(Describe)] supports structs with named fields only",
    )
}

/// Whether `field` carries `#[describe(skip)]`; an unknown option is an error
/// pointed at the option.
fn is_skipped(field: &Field) -> syn::Result<bool> {
    let mut skip = false;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("describe")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("skip") {
                skip = true;
                Ok(())
            } else {
                let option = meta
                    .path
                    .get_ident()
                    .map_or_else(|| "?".to_string(), ToString::to_string);
                Err(meta.error(format!(
                    "unknown `describe` option `{option}`; the only option is `skip`"
                )))
            }
        })?;
    }
    Ok(skip)
}
