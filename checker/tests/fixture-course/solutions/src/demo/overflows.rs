//! Fix `sum_to`: it returns `n + (n - 1) + ... + 1`, but its recursion
//! counts the wrong way and never reaches its base case.

/// The sum of the numbers from 1 to `n`.
pub fn sum_to(n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    n + sum_to(n - 1)
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/overflows.rs"]
mod tests;
