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
    // Add the state `next` needs to remember between calls.
}

/// Returns an iterator that yields `0, 1, 1, 2, 3, 5, …`.
pub fn fibonacci() -> Fibonacci {
    todo!("create a Fibonacci iterator that starts at 0, then 1")
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        todo!("return the next Fibonacci number, or None once they no longer fit in a u64")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/generics/fibonacci.rs"]
mod tests;
