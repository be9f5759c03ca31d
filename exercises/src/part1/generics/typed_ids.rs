//! A `Store<T>` keeps values of one type and hands out typed ids for them:
//! `insert` returns an `Id<T>`, and `get` and `remove` take one. An
//! `Id<User>` cannot be passed where an `Id<Order>` is expected, yet it is
//! only a number.
//!
//! This file does not compile. `Id<T>` derives its traits, so it is `Copy`,
//! comparable and hashable only when `T` is, and inside `impl<T> Store<T>`
//! nothing is known about `T`. And the check at the bottom of the file
//! requires what an id of any type should be: `Copy`, `Send` and `Sync`,
//! even for a type that is none of these, such as `Rc<String>`.
//!
//! Make it compile: give `Id<T>` `Clone`, `Copy`, `PartialEq`, `Eq`, `Hash`
//! and `Debug` for *every* `T`, with `{:?}` showing `Id(3)` for the raw
//! number 3, and choose its marker so that the check passes. The id must
//! stay covariant, like a reference: an `Id<&'static str>` may be used as an
//! `Id<&'a str>` (the tests check). Keep `Store` and the check as they are,
//! and keep `Id` as small as a `u32`.

use std::collections::HashMap;
use std::marker::PhantomData;

/// The id of a value of type `T` in a `Store<T>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Id<T> {
    raw: u32,
    _marker: PhantomData<T>,
}

impl<T> Id<T> {
    /// The number behind the id.
    pub fn raw(self) -> u32 {
        self.raw
    }
}

/// Values of one type, each under the id `insert` gave it.
pub struct Store<T> {
    next: u32,
    items: HashMap<Id<T>, T>,
}

impl<T> Store<T> {
    /// An empty store. The first id it hands out is `Id(0)`.
    pub fn new() -> Self {
        Store {
            next: 0,
            items: HashMap::new(),
        }
    }

    /// Stores `value` under a new id and returns the id.
    pub fn insert(&mut self, value: T) -> Id<T> {
        let id = Id {
            raw: self.next,
            _marker: PhantomData,
        };
        self.next += 1;
        self.items.insert(id, value);
        id
    }

    /// The value stored under `id`, if it is still there.
    pub fn get(&self, id: Id<T>) -> Option<&T> {
        self.items.get(&id)
    }

    /// Takes the value stored under `id` out of the store.
    pub fn remove(&mut self, id: Id<T>) -> Option<T> {
        self.items.remove(&id)
    }

    /// How many values the store holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the store holds no values.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

// course:hide-start
// `Store::default()` is the same as `Store::new()` (clippy asks for it).
impl<T> Default for Store<T> {
    fn default() -> Self {
        Self::new()
    }
}
// course:hide-end

// The check: an id of any type is a plain number that may be copied and
// sent between threads. Keep it.
const _: fn() = || {
    fn copy_send_sync<X: Copy + Send + Sync>() {}
    copy_send_sync::<Id<std::rc::Rc<String>>>();
};

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/generics/typed_ids.rs"]
mod tests;
