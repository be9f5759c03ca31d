//! Write `add`: it returns the sum of `a` and `b`.
//!
//! This stub is already correct, so checking it passes straight away.

/// Returns `a + b`.
pub fn add(a: u32, b: u32) -> u32 {
    a + b
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/passes.rs"]
mod tests;
