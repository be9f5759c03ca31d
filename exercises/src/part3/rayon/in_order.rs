//! `check_all` runs `check` on every record in parallel and must return the
//! results in the order of the records: `results[i]` is
//! `check(&records[i])`. It compiles, and on a quiet machine with quick
//! checks the results often come back in order. When one record takes
//! longer than the others, they come back shuffled. Find out why and fix it.
//!
//! Keep the signature, keep the work parallel, and call `check` exactly once
//! per record.

use rayon::prelude::*;
use std::sync::Mutex;

/// Runs `check` on every record, in parallel, and returns the results in
/// the order of `records`.
pub fn check_all<T, R, F>(records: &[T], check: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    let results = Mutex::new(Vec::with_capacity(records.len()));
    records.par_iter().for_each(|record| {
        let result = check(record);
        results.lock().unwrap().push(result);
    });
    results.into_inner().unwrap()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/rayon/in_order.rs"]
mod tests;
