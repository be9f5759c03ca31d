//! Fix `answer`: it aborts the whole process instead of returning 42.

/// The answer.
pub fn answer() -> u32 {
    42
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/aborts.rs"]
mod tests;
