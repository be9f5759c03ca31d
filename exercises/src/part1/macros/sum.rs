//! # A recursive `sum!` that stops
//!
//! `sum!(a, b, c, …)` should add any number of integer expressions, and
//! `sum!()` should be `0`. The macro calls itself on the tail of its input,
//! but it has no rule for the end of the recursion, so this file does not
//! compile. Make it compile without changing what the macro means.

/// Adds any number of integer expressions; `sum!()` is `0`.
macro_rules! sum {
    ($head:expr $(, $tail:expr)* $(,)?) => {
        $head + sum!($($tail),*)
    };
}

/// The total of three numbers, with `sum!`.
pub fn total_of_three(a: i32, b: i32, c: i32) -> i32 {
    sum!(a, b, c)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/macros/sum.rs"]
mod tests;
