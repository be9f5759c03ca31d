//! Build `SpinLock<T>`, a lock that waits by spinning instead of sleeping,
//! with a guard that unlocks it when dropped, like `Mutex` and `MutexGuard`.
//!
//! - `lock()` spins until it changes `locked` from `false` to `true`, then
//!   returns a guard. Call `spin_loop()` on each turn of the waiting loop.
//! - `try_lock()` makes one attempt and never waits: `Some(guard)` if the
//!   lock was free, `None` if a guard is alive.
//! - Dropping the guard unlocks, also when a panic drops it. A spin lock has
//!   no poisoning: after a panic, the next `lock()` simply succeeds.
//! - `is_locked()` tells whether a guard is alive right now.
//! - Whatever one holder wrote through its guard, the next holder sees.
//!   Choose the weakest ordering for each atomic operation that guarantees
//!   this, and say in a comment why it is enough.
//!
//! The `unsafe` parts, reaching the value through the `UnsafeCell` and the
//! promise that `SpinLock<T>` may be shared between threads, are written for
//! you. They are sound only if `lock` and `try_lock` never let two guards
//! exist at once.
//!
//! The tests check mutual exclusion with four threads, but a race inside
//! `lock` shows up only when threads really run at the same moment, and on
//! an x86 processor no test on real threads can tell one ordering from
//! another. So once they pass, `cargo course check` runs the loom model
//! checker (see the lock-free chapter), which tries every interleaving and
//! also the stale reads that too weak an ordering allows. That is why the
//! atomics and `spin_loop` come from `loom` under `--cfg loom`: leave the
//! imports as they are.

use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};

#[cfg(loom)]
use loom::{
    hint::spin_loop,
    sync::atomic::{AtomicBool, Ordering},
};
#[cfg(not(loom))]
use std::{
    hint::spin_loop,
    sync::atomic::{AtomicBool, Ordering},
};

/// A lock that protects a `T` and waits by spinning.
pub struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: only the thread holding the one guard can reach the value, so a
// `&SpinLock<T>` may be shared as long as `T` may move between threads.
unsafe impl<T: Send> Sync for SpinLock<T> {}

/// Access to the value of a locked `SpinLock`; dropping it unlocks.
pub struct SpinGuard<'a, T> {
    lock: &'a SpinLock<T>,
}

// SAFETY: a `&SpinGuard` only gives out `&T`, so sharing one between
// threads is safe exactly when `T` is `Sync`. (Without this line the guard
// would be `Sync` whenever `T` is `Send`, which is too weak.)
unsafe impl<T: Sync> Sync for SpinGuard<'_, T> {}

impl<T> SpinLock<T> {
    /// Returns an unlocked lock that holds `value`. (`const`, so that a
    /// `static` can hold a lock, except under loom, whose atomics cannot be
    /// made in a constant.)
    #[cfg(not(loom))]
    pub const fn new(value: T) -> Self {
        SpinLock {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    /// Returns an unlocked lock that holds `value`.
    #[cfg(loom)]
    pub fn new(value: T) -> Self {
        SpinLock {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    /// Spins until the lock is free, takes it, and returns its guard.
    pub fn lock(&self) -> SpinGuard<'_, T> {
        todo!("spin until `locked` goes from false to true, then return a guard")
    }

    /// Takes the lock if it is free, without waiting.
    pub fn try_lock(&self) -> Option<SpinGuard<'_, T>> {
        todo!("one attempt to change `locked` from false to true")
    }

    /// Returns `true` if a guard is alive right now.
    pub fn is_locked(&self) -> bool {
        todo!("read `locked`")
    }

    /// Consumes the lock and returns the value.
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T> Deref for SpinGuard<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: this guard is the only one, so nobody changes the value.
        unsafe { &*self.lock.value.get() }
    }
}

impl<T> DerefMut for SpinGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: this guard is the only one, and `&mut self` makes this
        // the only reference made through it.
        unsafe { &mut *self.lock.value.get() }
    }
}

impl<T> Drop for SpinGuard<'_, T> {
    fn drop(&mut self) {
        todo!("unlock, publishing the changes made through this guard")
    }
}
