//! Finish `Stack<T>`, a last-in, first-out stack for any element type.
//! `push` (written for you) puts a value on top. `pop` takes the top value
//! off and returns it, `peek` returns a reference to it without taking it
//! off; both give `None` on an empty stack.
//!
//! Then make `for value in &stack` work: `IntoIterator for &Stack<T>` returns
//! an `Iter`, and `Iter` yields references to the values from the top of the
//! stack to the bottom (the order in which `pop` would return them), without
//! changing the stack. `stack.iter()` does the same. Once `Iter` has returned
//! `None`, it keeps returning `None`.

/// A last-in, first-out stack.
pub struct Stack<T> {
    /// The values, bottom first: the top of the stack is the last element.
    items: Vec<T>,
}

impl<T> Stack<T> {
    /// Returns an empty stack.
    pub fn new() -> Self {
        Stack { items: Vec::new() }
    }

    /// Puts `value` on top of the stack.
    pub fn push(&mut self, value: T) {
        self.items.push(value);
    }

    /// Returns how many values the stack holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Returns `true` if the stack holds no values.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Takes the top value off the stack, or returns `None` if it is empty.
    pub fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    /// Returns the top value without taking it off, or `None` if the stack is
    /// empty.
    pub fn peek(&self) -> Option<&T> {
        self.items.last()
    }

    /// Returns an iterator over the values, from the top to the bottom.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { rest: &self.items }
    }
}

// course:hide-start
// `Stack::default()` is the same as `Stack::new()` (clippy asks for it).
impl<T> Default for Stack<T> {
    fn default() -> Self {
        Self::new()
    }
}
// course:hide-end

/// An iterator over a stack's values, from the top to the bottom.
pub struct Iter<'a, T> {
    /// The values not yielded yet, bottom first.
    rest: &'a [T],
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        // The top of what is left is the slice's last element; keep the rest.
        let (top, rest) = self.rest.split_last()?;
        self.rest = rest;
        Some(top)
    }
}

impl<'a, T> IntoIterator for &'a Stack<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/generics/stack.rs"]
mod tests;
