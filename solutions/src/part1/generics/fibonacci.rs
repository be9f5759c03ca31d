//! Write `Fibonacci`, an iterator over the Fibonacci numbers: `0, 1, 1, 2, 3,
//! 5, 8, …`, where each number is the sum of the two before it. `fibonacci()`
//! returns a new iterator that starts at `0`.
//!
//! The numbers are `u64`. The iterator yields every Fibonacci number that
//! fits in a `u64` (the last is 12,200,160,415,121,876,738, the 94th) and then
//! returns `None`, on that call and on every call after it. It never panics
//! and never wraps around.
//!
//! Give `Fibonacci` the fields it needs, write `fibonacci` and `next`, and
//! then `take`, `sum`, `filter` and `collect` work on it with no more code.

/// An iterator over the Fibonacci numbers that fit in a `u64`.
pub struct Fibonacci {
    /// The number the next call returns, or `None` when the iterator is done.
    current: Option<u64>,
    /// The number after it, or `None` when it would not fit in a `u64`.
    following: Option<u64>,
}

/// Returns an iterator that yields `0, 1, 1, 2, 3, 5, …`.
pub fn fibonacci() -> Fibonacci {
    Fibonacci {
        current: Some(0),
        following: Some(1),
    }
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let current = self.current?;
        // `checked_add` gives `None` instead of overflowing; once `following`
        // is `None`, `current` becomes `None` on the next call, and stays so.
        let after = self.following.and_then(|f| current.checked_add(f));
        self.current = self.following;
        self.following = after;
        Some(current)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/generics/fibonacci.rs"]
mod tests;
