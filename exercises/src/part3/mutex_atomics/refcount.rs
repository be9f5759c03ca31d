//! Finish `Handle<T>`, a shared, read-only handle to a value on the heap: a
//! small `Arc` without weak references. Every clone shares one value and
//! one count of the handles alive; the handle whose drop takes the count to
//! zero frees the value.
//!
//! - `Clone` adds one to the count and returns a handle to the same value.
//! - `Drop` takes one off the count. The handle that takes it from 1 to 0
//!   calls `self.free()`, which is written for you; no other handle may.
//! - Everything any thread did with the value before dropping its handle
//!   (through interior mutability, such as an atomic inside `T`) happens
//!   before the value is dropped, whichever thread frees it.
//! - Use the weakest orderings that guarantee this, and pay for them only
//!   where they are needed: every drop decrements, but only the last one
//!   frees. An atomic *fence* lets the last drop alone acquire. Say in a
//!   comment why each ordering is enough.
//!
//! The rest is written for you: `new`, `count`, `Deref`, `free`, and the
//! promise that a `Handle<T>` may cross threads when `T` is `Send + Sync`.
//! Once the ordinary tests pass, `cargo course check` runs loom models that
//! drop handles on two threads in every order, which fail if the thread that
//! frees the value can miss what the other did with it. That is why the
//! atomics and `fence` come from `loom` under `--cfg loom`: leave the
//! imports as they are.

#![allow(unused_imports, dead_code)] // course:hide

use std::ops::Deref;
use std::ptr::NonNull;

#[cfg(loom)]
use loom::sync::atomic::{fence, AtomicUsize, Ordering};
#[cfg(not(loom))]
use std::sync::atomic::{fence, AtomicUsize, Ordering};

/// What every handle to one value points to.
struct Inner<T> {
    /// How many handles are alive.
    count: AtomicUsize,
    value: T,
}

/// A shared handle to a `T` on the heap; the last handle dropped frees it.
pub struct Handle<T> {
    inner: NonNull<Inner<T>>,
}

// SAFETY: handles on several threads share one `T` (so `T: Sync`), and
// whichever thread drops the last handle drops the `T` (so `T: Send`), as
// for `Arc<T>`. The count is atomic.
unsafe impl<T: Send + Sync> Send for Handle<T> {}
// SAFETY: a `&Handle<T>` can be cloned into a `Handle<T>`, so the same
// bounds apply.
unsafe impl<T: Send + Sync> Sync for Handle<T> {}

impl<T> Handle<T> {
    /// Puts `value` on the heap, with one handle to it.
    pub fn new(value: T) -> Self {
        let inner = Box::new(Inner {
            count: AtomicUsize::new(1),
            value,
        });
        Handle {
            inner: NonNull::from(Box::leak(inner)),
        }
    }

    /// Returns how many handles to this value are alive right now.
    pub fn count(this: &Self) -> usize {
        // Relaxed: a snapshot that nothing else is read by.
        this.inner().count.load(Ordering::Relaxed)
    }

    fn inner(&self) -> &Inner<T> {
        // SAFETY: while this handle is alive the count is at least 1, so
        // `Inner` has not been freed.
        unsafe { self.inner.as_ref() }
    }

    /// Drops the value and frees its memory.
    ///
    /// # Safety
    ///
    /// Call it only from the drop of the last handle, after the count has
    /// reached 0, and only once, once every other thread's use of the value
    /// happens before this call.
    unsafe fn free(&mut self) {
        // SAFETY: `inner` came from `Box::leak` in `new`, and the caller
        // promises that no other handle is left to use it.
        drop(unsafe { Box::from_raw(self.inner.as_ptr()) });
    }
}

impl<T> Deref for Handle<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T> Clone for Handle<T> {
    fn clone(&self) -> Self {
        todo!("add one to the count and return a handle to the same value")
    }
}

impl<T> Drop for Handle<T> {
    fn drop(&mut self) {
        // Until you write this, every value leaks: safe, but wrong.
    }
}
