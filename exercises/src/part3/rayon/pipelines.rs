//! Each function below has a sequential version in its doc comment. Write a
//! parallel version with Rayon that returns exactly the same result: use
//! `par_iter`, `par_iter_mut` or `into_par_iter` where the sequential code
//! uses `iter`, `iter_mut` or a range.
//!
//! - `total_size`: the sizes of all the items, added up.
//! - `squares_of_kept`: the squares of the numbers that `keep` accepts, in
//!   input order.
//! - `update_all`: replaces every value by `fix(value)`, in place.
//! - `count_passing`: how many numbers below `limit` pass `test`.
//! - `key_range`: the smallest and the largest `key` of the items. Use
//!   `reduce` with an identity: an empty slice gives `(i64::MAX, i64::MIN)`,
//!   the identity itself.
//!
//! The tests pass closures that note which thread calls them: every call
//! must happen on one of Rayon's worker threads, never on the calling thread.

use rayon::prelude::*;

/// Sequential: `items.iter().map(|item| size(item)).sum()`.
pub fn total_size<T, F>(items: &[T], size: F) -> usize
where
    T: Sync,
    F: Fn(&T) -> usize + Sync + Send,
{
    let _ = &size; // course:hide
    todo!("add up the sizes of {} items", items.len())
}

/// Sequential: `xs.iter().filter(|&&x| keep(x)).map(|&x| x * x).collect()`.
pub fn squares_of_kept<F>(xs: &[u64], keep: F) -> Vec<u64>
where
    F: Fn(u64) -> bool + Sync + Send,
{
    let _ = &keep; // course:hide
    todo!("square the kept numbers among {} values", xs.len())
}

/// Sequential: `values.iter_mut().for_each(|v| *v = fix(*v))`.
pub fn update_all<F>(values: &mut [i32], fix: F)
where
    F: Fn(i32) -> i32 + Sync + Send,
{
    let _ = &fix; // course:hide
    todo!("update {} values in place", values.len())
}

/// Sequential: `(0..limit).filter(|&n| test(n)).count()`.
pub fn count_passing<F>(limit: u64, test: F) -> usize
where
    F: Fn(u64) -> bool + Sync + Send,
{
    let _ = &test; // course:hide
    todo!("count the numbers below {limit} that pass the test")
}

/// Sequential: `items.iter().map(|item| key(item))
/// .fold((i64::MAX, i64::MIN), |(lo, hi), k| (lo.min(k), hi.max(k)))`.
pub fn key_range<T, F>(items: &[T], key: F) -> (i64, i64)
where
    T: Sync,
    F: Fn(&T) -> i64 + Sync + Send,
{
    let _ = &key; // course:hide
    todo!("find the smallest and largest key of {} items", items.len())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/rayon/pipelines.rs"]
mod tests;
