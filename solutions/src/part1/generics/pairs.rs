//! `pairs` walks a slice two neighbors at a time: `[1, 2, 3]` gives
//! `(&1, &2)` and then `(&2, &3)`. It works for any element type and copies
//! nothing: the pairs borrow from the slice. A slice with fewer than two
//! elements gives no pairs, and once the iterator has returned `None` it
//! keeps returning `None`.
//!
//! The code compiles and runs, but the tests show that it loses a pair. Find
//! the bug and fix it. Keep the types and the signatures.

/// An iterator over the neighboring pairs of a slice.
pub struct Pairs<'a, T> {
    items: &'a [T],
    /// The index of the first element of the next pair.
    next: usize,
}

/// Returns an iterator over the neighboring pairs of `items`.
pub fn pairs<T>(items: &[T]) -> Pairs<'_, T> {
    Pairs { items, next: 0 }
}

impl<'a, T> Iterator for Pairs<'a, T> {
    type Item = (&'a T, &'a T);

    fn next(&mut self) -> Option<Self::Item> {
        // A pair needs the elements at `next` and `next + 1`, so `next + 1` must
        // still be an index of the slice.
        if self.next + 1 < self.items.len() {
            let pair = (&self.items[self.next], &self.items[self.next + 1]);
            self.next += 1;
            Some(pair)
        } else {
            None
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/generics/pairs.rs"]
mod tests;
