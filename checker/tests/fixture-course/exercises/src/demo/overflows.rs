//! Fix `sum_to`: it returns `n + (n - 1) + ... + 1`, but its recursion
//! counts the wrong way and never reaches its base case.

/// The sum of the numbers from 1 to `n`.
pub fn sum_to(n: u64) -> u64 {
    if n == 0 {
        return 0;
    }
    // A large frame that is still needed after the recursive call, so no
    // optimisation can turn the recursion into a loop.
    let frame = std::hint::black_box([n; 512]);
    let rest = sum_to(std::hint::black_box(n + 1));
    frame[0] + rest
}

#[cfg(test)]
#[path = "../../../exercise-tests/demo/overflows.rs"]
mod tests;
