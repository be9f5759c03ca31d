//! `weighted_sum(n, values, weights)` adds up `values[i] * weights[i]` for
//! the first `n` positions. Its answers are right, but it is several times
//! slower than it needs to be: `n` is a separate number, so the compiler
//! cannot prove that `values[i]` and `weights[i]` stay in bounds, keeps a
//! bounds check on every element, and cannot vectorize a loop that may
//! panic half-way through.
//!
//! Change the function so that the compiled code has no per-element bounds
//! check and uses SIMD. Keep the signature and the results, including the
//! panic when `n` is larger than either slice (any panic message will do).
//!
//! The tests compile this file with `rustc -C opt-level=3`, as a release
//! build would, and read the assembly of `weighted_sum`: it must not call
//! `panic_bounds_check`, and it must contain packed (several lanes at once)
//! arithmetic.

/// The sum of `values[i] * weights[i]` for `i` in `0..n`, wrapping on
/// overflow.
///
/// # Panics
///
/// If `n` is larger than `values.len()` or `weights.len()`.
pub fn weighted_sum(n: usize, values: &[u32], weights: &[u32]) -> u32 {
    // Slicing checks `n` against both lengths once, before the loop (and
    // panics there); after it, both slices have exactly `n` elements and
    // `zip` needs no index at all.
    let (values, weights) = (&values[..n], &weights[..n]);
    values
        .iter()
        .zip(weights)
        .fold(0u32, |total, (v, w)| total.wrapping_add(v.wrapping_mul(*w)))
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/vectorization/hoist_checks.rs"]
mod tests;
