//! This module used to keep its steps as `Box<dyn Fn(i32) -> i32>`: a heap
//! allocation for every step and an indirect call for every value. Someone
//! started moving it to generics, so that the compiler sees (and can inline)
//! every step, and the new code does not compile. Make it compile without
//! going back to `Box` or `dyn`, and without changing what any function does
//! (the doc comments say what that is).
//!
//! The tests also check that applying steps never touches the heap, and that
//! each step is exactly as big as the values it captures: `add(n)` is as big
//! as an `i32`, and `double_or_add(double, n)` as big as a `(bool, i32)`.

/// A step that adds `n`.
pub fn add(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n
}

/// A step that doubles its input when `double` is true, and adds `n` to it
/// otherwise.
pub fn double_or_add(double: bool, n: i32) -> impl Fn(i32) -> i32 {
    if double {
        move |x| x * 2
    } else {
        move |x| x + n
    }
}

/// Replaces every value with `step(value)`, in place.
pub fn apply<F: Fn(i32) -> i32>(values: &mut [i32], step: F) {
    for value in values.iter_mut() {
        *value = step(*value);
    }
}

/// Replaces every value with the sum of itself and all the values before
/// it: `[1, 2, 3]` becomes `[1, 3, 6]`.
pub fn running_total(values: &mut [i32]) {
    let mut total = 0;
    apply(values, |x| {
        total += x;
        total
    });
}

/// Two steps, run one after the other.
pub struct Then<A, B> {
    first: A,
    second: B,
}

impl<A, B> Then<A, B> {
    /// Combines two steps.
    pub fn new(first: A, second: B) -> Self {
        Then { first, second }
    }

    /// Runs `first`, then `second` on its result.
    pub fn run(&self, x: i32) -> i32 {
        (self.second)((self.first)(x))
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/zero_cost/static_dispatch.rs"]
mod tests;
