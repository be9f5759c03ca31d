//! # `show!`: expressions with their values
//!
//! Write the declarative macro `show!`, which turns one or more expressions
//! into a `String` that shows each expression's source text and its value
//! (formatted with `{:?}`), separated by `", "`:
//!
//! ```text
//! let x = 4;
//! assert_eq!(show!(x), "x = 4");
//! assert_eq!(show!(x * 2, "hi"), r#"x * 2 = 8, "hi" = "hi""#);
//! ```
//!
//! - One expression or more; a trailing comma is allowed.
//! - The text is the expression as you wrote it: `stringify!` gives it.
//! - Each expression is evaluated exactly once, left to right.

/// Shows each expression with its value, as `"expr = value"`.
macro_rules! show {
    // Replace this rule: match one or more comma-separated expressions.
    ($($tokens:tt)*) => {{
        let shown: String = todo!("show: {}", stringify!($($tokens)*));
        shown
    }};
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/macros/show.rs"]
mod tests;
