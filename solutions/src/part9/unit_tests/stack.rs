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
    new_stack_is_empty::<S>();
    pop_returns_the_last_value_pushed::<S>();
    peek_leaves_the_value_in_place::<S>();
    a_full_stack_refuses_and_keeps_its_values::<S>();
}

// Each scenario is one `#[test]` in a real project (see the chapter): a
// fresh stack, a few steps, and assertions that say what was expected.

fn new_stack_is_empty<S: Stack>() {
    let mut s = S::default();
    assert_eq!(s.len(), 0, "a new stack should hold no values");
    assert_eq!(s.peek(), None, "peek on a new stack");
    assert_eq!(s.pop(), None, "pop on a new stack");
}

fn pop_returns_the_last_value_pushed<S: Stack>() {
    let mut s = S::default();
    assert_eq!(s.push(1), Ok(()), "push(1) on an empty stack");
    assert_eq!(s.push(2), Ok(()), "push(2) after push(1)");
    assert_eq!(s.len(), 2, "len after two pushes");
    assert_eq!(s.pop(), Some(2), "pop after pushing 1, 2");
    assert_eq!(s.len(), 1, "len after one pop");
    assert_eq!(s.pop(), Some(1), "second pop after pushing 1, 2");
    assert_eq!(s.pop(), None, "pop after every value was popped");
    assert_eq!(s.len(), 0, "len after every value was popped");
}

fn peek_leaves_the_value_in_place<S: Stack>() {
    let mut s = S::default();
    s.push(7).expect("push(7) on an empty stack");
    assert_eq!(s.peek(), Some(7), "peek after push(7)");
    assert_eq!(s.peek(), Some(7), "a second peek after push(7)");
    assert_eq!(s.len(), 1, "len after push(7) and two peeks");
    assert_eq!(s.pop(), Some(7), "pop after the peeks");
}

fn a_full_stack_refuses_and_keeps_its_values<S: Stack>() {
    let mut s = S::default();
    for v in 0..CAPACITY as i32 {
        assert_eq!(s.push(v), Ok(()), "push({v}) below the capacity");
    }
    assert_eq!(s.push(99), Err(Full), "push on a full stack");
    assert_eq!(s.len(), CAPACITY, "len after a refused push");
    assert_eq!(
        s.peek(),
        Some(CAPACITY as i32 - 1),
        "the top after a refused push"
    );
    for v in (0..CAPACITY as i32).rev() {
        assert_eq!(s.pop(), Some(v), "popping a full stack, in reverse order");
    }
    assert_eq!(s.pop(), None, "pop after emptying a full stack");
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/unit_tests/stack.rs"]
mod tests;
