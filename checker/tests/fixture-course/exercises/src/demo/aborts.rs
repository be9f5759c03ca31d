//! Fix `answer`: it aborts the whole process instead of returning 42.

/// The answer.
pub fn answer() -> u32 {
    std::process::abort()
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/aborts.rs"]
mod tests;
