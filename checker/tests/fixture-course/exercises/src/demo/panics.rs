//! Fix `answer`: it panics instead of returning 42.

/// The answer.
pub fn answer() -> u32 {
    panic!("boom from the stub")
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/panics.rs"]
mod tests;
