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

/// Logs the start and the end of every call; see the module docs.
#[proc_macro_attribute]
pub fn trace(attr: TokenStream, item: TokenStream) -> TokenStream {
    let _ = item; // course:hide
    todo!("make #[trace({attr})] log the start and the end of every call")
}
