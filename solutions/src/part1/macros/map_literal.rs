//! # A `map!` literal
//!
//! Write the declarative macro `map!`, which builds a
//! `std::collections::HashMap` from `key => value` pairs:
//!
//! ```text
//! let ages: HashMap<&str, u32> = map! { "ada" => 36, "alan" => 41 };
//! let none: HashMap<u8, u8> = map! {};
//! ```
//!
//! - Any number of pairs, including none; a trailing comma is allowed.
//! - A later pair with the same key replaces the earlier one, as `insert` does.
//! - Each key and value is evaluated exactly once, left to right.
//! - The map is created with room for exactly the pairs given, up front:
//!   `HashMap::with_capacity(n)`, where `n` is the number of pairs (repeated
//!   keys included). Filling it then never grows the table, so building a map
//!   of `n` pairs allocates once, and exactly what `with_capacity(n)` asks
//!   for. Count the pairs at compile time, with a recursive helper macro.

/// Counts the token trees it is given, as a `usize` constant expression.
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

/// Builds a `HashMap` from `key => value` pairs.
macro_rules! map {
    ($($key:expr => $value:expr),* $(,)?) => {{
        // `mut` is unused when there are no pairs.
        #[allow(unused_mut)]
        let mut map = ::std::collections::HashMap::with_capacity(count!($($key)*));
        $(
            map.insert($key, $value);
        )*
        map
    }};
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/macros/map_literal.rs"]
mod tests;
