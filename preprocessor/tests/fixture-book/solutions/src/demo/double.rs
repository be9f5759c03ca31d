//! Write `double`.

/// Doubles `x`.
pub fn double(x: i32) -> i32 {
    x * 2 // FIXTURE-SOLUTION-DOUBLE
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/double.rs"]
mod tests;
