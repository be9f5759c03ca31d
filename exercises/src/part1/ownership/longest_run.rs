//! Write `longest_run`: it returns the longest stretch of equal neighbouring
//! values in `values`, as a sub-slice of `values` (borrowed, not copied).
//! When two runs are equally long, the first one wins. An empty input gives
//! an empty slice.

/// Returns the first longest run of equal adjacent values.
pub fn longest_run(values: &[i32]) -> &[i32] {
    todo!("find the longest run in {values:?}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ownership/longest_run.rs"]
mod tests;
