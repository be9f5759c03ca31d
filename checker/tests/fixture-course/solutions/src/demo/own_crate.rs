//! Fix `triple`: it should return three times its argument. This exercise is
//! the library of a package of its own; its tests are another crate.

/// Returns `3 * x`.
pub fn triple(x: i32) -> i32 {
    x * 3
}
