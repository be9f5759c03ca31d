//! `sum_of_squares` takes a `Vec<u64>`. Its callers rarely have one: they
//! have a range, a slice, a `map` over a file's lines, and each of them
//! must first `collect()` into a `Vec`, allocating memory only to throw it
//! away. The tests call it the way the callers would like to, with a range,
//! an iterator chain and a slice, and do not compile yet.
//!
//! Make `sum_of_squares` generic so that it accepts anything that can be
//! iterated over as `u64`s (`impl IntoIterator<Item = u64>`), with the same
//! result, wrapping on overflow. Each caller then gets its own compiled
//! copy (monomorphization), with the iterator inlined: no allocation, no
//! indirect call. The tests count allocations.

/// The sum of the squares of `values`, wrapping on overflow.
pub fn sum_of_squares(values: Vec<u64>) -> u64 {
    let mut total = 0u64;
    for v in values {
        total = total.wrapping_add(v.wrapping_mul(v));
    }
    total
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/zero_cost_practice/generic_input.rs"]
mod tests;
