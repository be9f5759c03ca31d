//! Fix `answer` so that it compiles: it returns the number 42.

/// The answer.
pub fn answer() -> u32 {
    42
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/broken.rs"]
mod tests;
