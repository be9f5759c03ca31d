//! `negate` is wrong.

/// Negates `x`.
pub fn negate(x: i32) -> i32 {
    x
}
