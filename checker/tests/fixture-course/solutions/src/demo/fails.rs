//! Fix `double`: it should return twice its argument.

/// Returns `2 * x`.
pub fn double(x: i32) -> i32 {
    x * 2
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/fails.rs"]
mod tests;
