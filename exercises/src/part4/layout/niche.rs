//! A `Handle` names an open resource. The resource table hands out handles
//! from 1 upwards, and 0 is never a valid handle. Code everywhere passes
//! around `Option<Handle>`, and millions of them sit in caches: each one is
//! 8 bytes, twice the size of the `u32` inside, because `Option` needs
//! room for its own tag.
//!
//! Change the inside of `Handle` so that `Option<Handle>` is 4 bytes, with
//! `None` stored in the value that can never occur. Keep the public API:
//! `Handle::new(0)` is `None`, and `Handle::new(n).unwrap().get() == n` for
//! every other `n`. No `unsafe` is needed.

/// A handle to an open resource; never 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Handle(u32);

impl Handle {
    /// The handle with the number `raw`, or `None` when `raw` is 0.
    pub fn new(raw: u32) -> Option<Handle> {
        if raw == 0 {
            None
        } else {
            Some(Handle(raw))
        }
    }

    /// The handle's number (never 0).
    pub fn get(self) -> u32 {
        self.0
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/layout/niche.rs"]
mod tests;
