//! `correlate(signal, taps)` computes one output of a filter: the sum of
//! `signal[i] * taps[n - 1 - i]` for every `i`, where `n = signal.len()`.
//! The taps are applied backwards, as in a convolution; `taps` may be
//! longer than `signal`, and then only its first `n` values are used.
//!
//! Its answers are right, but the compiler cannot prove that
//! `taps[n - 1 - i]` stays in bounds, so every element keeps a bounds
//! check, and a loop that may panic half-way through is not vectorized: it
//! multiplies one pair at a time.
//!
//! Change the function so that the compiled code has no per-element bounds
//! check and uses SIMD. Keep the signature and the results, including the
//! panic when `taps` is shorter than `signal` (any panic message will do).
//!
//! The tests compile this file with `rustc -C opt-level=3`, as a release
//! build would, and read the assembly of `correlate`: it must not call
//! `panic_bounds_check`, and it must contain packed (several lanes at once)
//! arithmetic.

/// The sum of `signal[i] * taps[n - 1 - i]` for `i` in `0..n`, where
/// `n = signal.len()`, wrapping on overflow.
///
/// # Panics
///
/// If `taps` is shorter than `signal`.
pub fn correlate(signal: &[i32], taps: &[i32]) -> i32 {
    let n = signal.len();
    let mut total = 0i32;
    for i in 0..n {
        total = total.wrapping_add(signal[i].wrapping_mul(taps[n - 1 - i]));
    }
    total
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/vectorization/hoist_checks.rs"]
mod tests;
