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
        let mut node = Owned::new(Node {
            value: ManuallyDrop::new(value),
            next: Atomic::null(),
        });
        let guard = epoch::pin();
        // Relaxed: we only copy the head pointer into our node, never read
        // through it. Acquire belongs to whoever follows the pointer.
        let mut head = self.head.load(Ordering::Relaxed, &guard);
        loop {
            // Relaxed: nobody else can see the node before the CAS below
            // publishes it.
            node.next.store(head, Ordering::Relaxed);
            // Release on success: the node's contents happen before any
            // Acquire load that reads the new head. A failed CAS publishes
            // nothing.
            match self.head.compare_exchange_weak(
                head,
                node,
                Ordering::Release,
                Ordering::Relaxed,
                &guard,
            ) {
                Ok(_) => return,
                Err(error) => {
                    head = error.current;
                    node = error.new; // the CAS hands our node back
                }
            }
        }
    }

    /// Removes the top value, or returns `None` if the stack is empty.
    pub fn pop(&self) -> Option<T> {
        let guard = epoch::pin();
        // Acquire: we read the node's `next` and `value`, which the pushing
        // thread wrote before its Release CAS. Every change of `head` is a
        // read-modify-write, so this reads from the release sequence of
        // that push even if pops changed `head` since.
        let mut head = self.head.load(Ordering::Acquire, &guard);
        loop {
            // SAFETY: we are pinned, so a node we loaded is not freed before
            // `guard` is dropped, even if another thread pops it meanwhile.
            let node = unsafe { head.as_ref() }?;
            let next = node.next.load(Ordering::Relaxed, &guard);
            // Relaxed on success: the Acquire load above already made the
            // node visible, and taking it off publishes nothing. Acquire on
            // failure: we retry with the head we get back and read through it.
            match self.head.compare_exchange_weak(
                head,
                next,
                Ordering::Relaxed,
                Ordering::Acquire,
                &guard,
            ) {
                Ok(_) => {
                    // SAFETY: the CAS unlinked the node, so only this thread
                    // takes its value, once; `ManuallyDrop` keeps the later
                    // free from dropping it again. No new thread can reach
                    // the node, and threads that loaded it earlier are
                    // pinned, so the collector frees it only after they
                    // have all unpinned.
                    unsafe {
                        let value = std::ptr::read(&*node.value);
                        guard.defer_destroy(head);
                        return Some(value);
                    }
                }
                Err(error) => head = error.current,
            }
        }
    }
}

impl<T> Drop for Stack<T> {
    fn drop(&mut self) {
        // SAFETY: `&mut self` means no other thread can use the stack, and
        // popped nodes are no longer in the list, so nothing else can reach
        // these nodes: they may be freed at once, without pinning.
        unsafe {
            let guard = epoch::unprotected();
            let mut current = self.head.load(Ordering::Relaxed, guard);
            while let Some(node) = current.as_ref() {
                let next = node.next.load(Ordering::Relaxed, guard);
                let mut owned = current.into_owned();
                ManuallyDrop::drop(&mut owned.value);
                drop(owned);
                current = next;
            }
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/lock_free/epoch_stack.rs"]
mod tests;
