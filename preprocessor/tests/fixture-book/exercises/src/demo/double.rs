//! Write `double`.

/// Doubles `x`.
pub fn double(x: i32) -> i32 {
    todo!()
}

// course:hide-start
fn helper_the_reader_never_sees() {}
// course:hide-end

#[cfg(test)]
#[path = "../../../exercise-tests/demo/double.rs"]
mod tests;
