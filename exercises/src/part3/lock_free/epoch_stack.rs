//! Write `Stack<T>`, Treiber's lock-free stack, with pop, using
//! crossbeam-epoch to decide when a popped node may be freed.
//!
//! - `push(value)` puts `value` on top; `pop()` removes and returns the top
//!   value, or `None` when the stack is empty. Both may run on any number of
//!   threads at once, and neither takes a lock.
//! - `pop` moves the value out of the node (the `value` field is a
//!   `ManuallyDrop`, so freeing the node later does not drop the value a
//!   second time) and must not free the node itself: another thread may
//!   still be reading it. Hand it to the epoch collector instead, which
//!   frees it once no thread that could have seen it is still pinned.
//! - Dropping the stack drops the values still on it, each exactly once, and
//!   frees their nodes. `&mut self` means no other thread can hold a node.
//! - Use the weakest orderings that make a pushed node's contents visible
//!   to the thread that pops it.
//!
//! The tests check the deferral with a counting allocator: while a test
//! holds a pinned guard, popping frees nothing.

#![allow(unused_imports, dead_code, unused_variables)] // course:hide

use crossbeam_epoch::{self as epoch, Atomic, Owned};
use std::mem::ManuallyDrop;
use std::sync::atomic::Ordering;

/// One element of the list.
struct Node<T> {
    /// Moved out by `pop`, so never dropped together with the node.
    value: ManuallyDrop<T>,
    next: Atomic<Node<T>>,
}

/// A lock-free stack.
pub struct Stack<T> {
    head: Atomic<Node<T>>,
}

// SAFETY: values pushed on one thread are popped (or dropped) on another,
// so the stack may cross or be shared between threads when `T: Send`; it
// never hands out a `&T`, so `T: Sync` is not needed.
unsafe impl<T: Send> Send for Stack<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Sync for Stack<T> {}

impl<T> Default for Stack<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Stack<T> {
    /// An empty stack.
    pub fn new() -> Self {
        Stack {
            head: Atomic::null(),
        }
    }

    /// Puts `value` on top of the stack.
    pub fn push(&self, value: T) {
        todo!("allocate a node with `Owned::new`, then swap it in as the head with a CAS loop")
    }

    /// Removes the top value, or returns `None` if the stack is empty.
    pub fn pop(&self) -> Option<T> {
        todo!("pin, unlink the head with a CAS, move its value out, and defer freeing it")
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        // Until you write this, the values left on the stack leak: safe,
        // but wrong.
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/lock_free/epoch_stack.rs"]
mod tests;
