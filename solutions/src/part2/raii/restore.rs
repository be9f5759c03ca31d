//! Write `Restore`, a guard that changes a value for the length of a scope.
//! `Restore::set(slot, value)` puts `value` into `*slot` and keeps the old
//! value; when the guard is dropped, the old value goes back into `*slot`.
//! While the guard lives, the value is reached through it: `*guard` reads
//! it and `*guard = …` changes it (`Deref` and `DerefMut`). Changes made
//! through the guard are thrown away when the old value comes back, and the
//! value they were made to is dropped, not leaked.
//!
//! The old value must come back on every way out of the scope: at its end,
//! on an early `return`, through `?`, and when a panic unwinds through the
//! guard. Guards nested on the same slot undo in reverse order. `T` does not
//! have to be `Clone` or `Default`.
//!
//! The stub's `drop` is empty rather than a panicking placeholder: a panic
//! there while a test's own panic is unwinding would abort the whole test
//! run.

use std::mem;
use std::ops::{Deref, DerefMut};

/// Holds a new value in `*slot` until it is dropped, then restores the old
/// one.
pub struct Restore<'a, T> {
    /// The place being changed.
    slot: &'a mut T,
    /// The value `*slot` had before the guard was created.
    saved: T,
}

impl<'a, T> Restore<'a, T> {
    /// Stores `value` in `*slot` and returns a guard that puts the old value
    /// back when it is dropped.
    pub fn set(slot: &'a mut T, value: T) -> Self {
        let saved = mem::replace(slot, value);
        Restore { slot, saved }
    }
}

impl<T> Deref for Restore<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        self.slot
    }
}

impl<T> DerefMut for Restore<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.slot
    }
}

impl<T> Drop for Restore<'_, T> {
    fn drop(&mut self) {
        // `drop` only has `&mut self`, so the saved value cannot be moved out.
        // Swapping puts it back into the slot and leaves the temporary value
        // in `saved`, where it is dropped with the guard's fields.
        mem::swap(self.slot, &mut self.saved);
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/raii/restore.rs"]
mod tests;
