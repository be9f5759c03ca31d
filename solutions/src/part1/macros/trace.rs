//! # `#[trace]`: log every call, however the function ends
//!
//! Write the attribute macro `#[trace(log)]`. Its argument is the path of a
//! function `fn(&str)` to log with. On a function named `add`, it makes
//! every call log `"enter add"` when the call starts and `"exit add"` when it
//! ends, and otherwise leaves the function as it was:
//!
//! ```text
//! #[trace(my_log)]
//! pub fn add(a: i32, b: i32) -> i32 { a + b }
//!
//! add(2, 3); // calls my_log("enter add"), then my_log("exit add"); returns 5
//! ```
//!
//! - A call ends in many ways, and each one logs `"exit …"` exactly once:
//!   reaching the end of the body, an early `return`, a `?` that returns an
//!   error, and a panic that unwinds out of the function.
//! - The function keeps its name, visibility, attributes, doc comments,
//!   signature (generics, `where` clauses, `self` receivers) and result.
//! - The argument may be any path: `log`, `crate::audit::record`.
//!
//! Misuse is a compile error:
//! - no argument, `#[trace]`: `#[trace] needs the function to log with, as in #[trace(path::to::log)]`,
//!   pointing at the attribute;
//! - on anything but a function: `#[trace] can only be used on a function`,
//!   pointing at the item;
//! - an argument that is not a path, such as `#[trace("log")]`: syn's own
//!   parse error (`expected identifier`), pointing at the argument.
//!
//! `exercise-tests/part1/macros/trace_ui/` holds the misuse cases with the
//! exact errors expected (checked with trybuild).

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::ToTokens;
use syn::{parse_quote, Block, Item, Path};

/// Logs the start and the end of every call; see the module docs.
#[proc_macro_attribute]
pub fn trace(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand(attr.into(), item.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// The macro's logic, on `proc_macro2` tokens.
fn expand(attr: TokenStream2, item: TokenStream2) -> syn::Result<TokenStream2> {
    if attr.is_empty() {
        // `call_site` is the attribute itself: that is what needs fixing.
        return Err(syn::Error::new(
            Span::call_site(),
            "#[trace] needs the function to log with, as in #[trace(path::to::log)]",
        ));
    }
    let log: Path = syn::parse2(attr)?;
    let mut function = match syn::parse2::<Item>(item)? {
        Item::Fn(function) => function,
        other => {
            return Err(syn::Error::new_spanned(
                other,
                "#[trace] can only be used on a function",
            ))
        }
    };
    let name = function.sig.ident.to_string();
    let enter = format!("enter {name}");
    let exit = format!("exit {name}");
    let body = &function.block;
    // The guard's `Drop` logs the exit, so every way out of the body logs
    // it once: the end, `return`, `?`, and unwinding from a panic. The
    // helper names start with `__trace` so they hide nothing the body uses.
    let block: Block = parse_quote!({
        struct __TraceExit(fn(&str));
        impl ::core::ops::Drop for __TraceExit {
            fn drop(&mut self) {
                (self.0)(#exit)
            }
        }
        #log(#enter);
        let __trace_exit = __TraceExit(#log);
        #body
    });
    function.block = Box::new(block);
    Ok(function.into_token_stream())
}
