//! Write `longest_run`: it returns the longest stretch of equal neighbouring
//! values in `values`, as a sub-slice of `values` (borrowed, not copied).
//! When two runs are equally long, the first one wins. An empty input gives
//! an empty slice.

/// Returns the first longest run of equal adjacent values.
pub fn longest_run(values: &[i32]) -> &[i32] {
    let (mut best_start, mut best_end) = (0, 0);
    let mut start = 0;
    for end in 1..=values.len() {
        let run_ends = end == values.len() || values[end] != values[start];
        if run_ends {
            if end - start > best_end - best_start {
                (best_start, best_end) = (start, end);
            }
            start = end;
        }
    }
    &values[best_start..best_end]
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ownership/longest_run.rs"]
mod tests;
