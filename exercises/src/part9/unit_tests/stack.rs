//! `Stack` is the interface of a bounded stack of `i32`s that holds at most
//! `CAPACITY` values, and `ArrayStack` is a correct implementation. Write
//! `stack_suite`, a suite that checks any `S: Stack` and panics (with a
//! message) on the first behavior that breaks the contract below. Start each
//! scenario from a fresh `S::default()`.
//!
//! The contract: a new stack is empty; `push` adds a value on top and
//! returns `Ok(())`, or returns `Err(Full)` and changes nothing when the
//! stack already holds `CAPACITY` values; `pop` removes and returns the top
//! value (the one pushed last), or `None` when empty; `peek` returns the top
//! value without removing it; `len` counts the values.
//!
//! The course runs your suite against `ArrayStack` (it must pass) and
//! against several broken stacks (it must panic for each).

/// The most values a stack may hold.
pub const CAPACITY: usize = 3;

/// Returned by `push` on a full stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

/// A stack of at most `CAPACITY` values.
pub trait Stack: Default {
    /// Puts `value` on top, or returns `Err(Full)` and changes nothing.
    fn push(&mut self, value: i32) -> Result<(), Full>;
    /// Removes and returns the top value.
    fn pop(&mut self) -> Option<i32>;
    /// The top value, left in place.
    fn peek(&self) -> Option<i32>;
    /// How many values the stack holds.
    fn len(&self) -> usize;
    /// Whether the stack holds no values.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A correct `Stack` (given; do not change).
#[derive(Debug, Default)]
pub struct ArrayStack {
    values: Vec<i32>,
}

impl Stack for ArrayStack {
    fn push(&mut self, value: i32) -> Result<(), Full> {
        if self.values.len() == CAPACITY {
            return Err(Full);
        }
        self.values.push(value);
        Ok(())
    }

    fn pop(&mut self) -> Option<i32> {
        self.values.pop()
    }

    fn peek(&self) -> Option<i32> {
        self.values.last().copied()
    }

    fn len(&self) -> usize {
        self.values.len()
    }
}

/// Checks that `S` keeps the contract; panics on the first violation.
pub fn stack_suite<S: Stack>() {
    let _stack = S::default();
    todo!("check the contract, one scenario at a time")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/unit_tests/stack.rs"]
mod tests;
