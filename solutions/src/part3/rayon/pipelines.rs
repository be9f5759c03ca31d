//! Each function below has a sequential version in its doc comment. Write a
//! parallel version with Rayon that returns exactly the same result: use
//! `par_iter`, `par_iter_mut` or `into_par_iter` where the sequential code
//! uses `iter`, `iter_mut` or a range.
//!
//! - `total_len`: the number of bytes in all the words together.
//! - `squares_of_evens`: the squares of the even numbers, in input order.
//! - `clamp_all`: limits every value to `lo..=hi`, in place.
//! - `count_primes`: how many primes there are below `limit` (`is_prime` is
//!   written for you).
//! - `min_max`: the smallest and the largest value. Use `reduce` with an
//!   identity: an empty slice gives `(i64::MAX, i64::MIN)`, the identity
//!   itself.

use rayon::prelude::*;

/// Sequential: `words.iter().map(|w| w.len()).sum()`.
pub fn total_len(words: &[String]) -> usize {
    words.par_iter().map(|w| w.len()).sum()
}

/// Sequential: `xs.iter().filter(|&&x| x % 2 == 0).map(|&x| x * x).collect()`.
pub fn squares_of_evens(xs: &[u64]) -> Vec<u64> {
    xs.par_iter()
        .filter(|&&x| x % 2 == 0)
        .map(|&x| x * x)
        .collect()
}

/// Sequential: `values.iter_mut().for_each(|v| *v = (*v).clamp(lo, hi))`.
/// `lo <= hi`.
pub fn clamp_all(values: &mut [i32], lo: i32, hi: i32) {
    values.par_iter_mut().for_each(|v| *v = (*v).clamp(lo, hi));
}

/// Sequential: `(0..limit).filter(|&n| is_prime(n)).count()`.
pub fn count_primes(limit: u64) -> usize {
    (0..limit).into_par_iter().filter(|&n| is_prime(n)).count()
}

/// Sequential: `xs.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)))`.
pub fn min_max(xs: &[i64]) -> (i64, i64) {
    xs.par_iter().map(|&x| (x, x)).reduce(
        || (i64::MAX, i64::MIN),
        |(lo1, hi1), (lo2, hi2)| (lo1.min(lo2), hi1.max(hi2)),
    )
}

/// Whether `n` is prime, by trial division.
pub fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/rayon/pipelines.rs"]
mod tests;
