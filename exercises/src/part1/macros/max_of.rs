//! # `max_of!` evaluates each argument once
//!
//! `max_of!(a, b, c, …)` returns the largest of one or more values (compared
//! with `>`; on a tie, the earlier argument wins). It works, but each
//! argument is expanded, and so evaluated, more than once: `max_of!(next(),
//! next())` calls `next` three times, and with more arguments the count grows
//! exponentially. Arguments that move a value, such as `String::from("a")`,
//! are built again for every copy.
//!
//! Fix the macro so that every argument is evaluated exactly once, left to
//! right, and keep it recursive. Local variables you introduce must not
//! clash with the caller's (macro hygiene makes this work, see the tests).

/// The largest of one or more values.
macro_rules! max_of {
    ($only:expr $(,)?) => {
        $only
    };
    ($first:expr, $($rest:expr),+ $(,)?) => {
        if max_of!($($rest),+) > $first {
            max_of!($($rest),+)
        } else {
            $first
        }
    };
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/macros/max_of.rs"]
mod tests;
