//! This file does not compile: the borrow checker refuses three functions.
//! Make it compile *without cloning* and without changing what the public
//! functions take, return or do (their doc comments say what that is).
//! The tests then check that the behavior is still right, and count heap
//! allocations: `repeat_first` and `swap_ends` may not allocate at all
//! (given room to push), and `summary` only once, for the joined string.

/// Appends a copy of the first value to the end and returns it.
/// Returns `None` (and changes nothing) when `values` is empty.
pub fn repeat_first(values: &mut Vec<i32>) -> Option<i32> {
    // Copy the `i32` out, so no borrow of `values` is alive during `push`.
    let first = *values.first()?;
    values.push(first);
    Some(first)
}

/// Joins the names with `", "` and says how many there were.
pub fn summary(names: Vec<String>) -> (String, usize) {
    let joined = join(&names);
    (joined, names.len())
}

fn join(names: &[String]) -> String {
    names.join(", ")
}

/// Swaps the first and the last value. Slices shorter than two are left alone.
pub fn swap_ends(values: &mut [i32]) {
    if values.len() < 2 {
        return;
    }
    let last = values.len() - 1;
    values.swap(0, last);
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/ownership/fix_borrows.rs"]
mod tests;
