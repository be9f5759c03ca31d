//! Each type below either crosses threads or must not, and its fields,
//! marker fields and `unsafe impl`s decide which. Some of them get it wrong.
//! The tests ask the compiler, for each type, whether it is `Send` and
//! whether it is `Sync`, and compare with what the type's documentation
//! promises:
//!
//! - `PixelBuf` owns its bytes, as a `Vec<u8>` does: `Send` and `Sync`.
//! - `Snapshot` is read-only data behind an `Arc`: `Send` and `Sync`.
//! - `HitCounter` shares an `Rc` with its clones: neither.
//! - `ThreadToken` proves that its holder runs on the thread that created
//!   it: neither, or the proof would not hold.
//!
//! Fix the declarations (add or remove marker fields and `unsafe impl`s)
//! and keep every method working as it does now. Every `unsafe impl` you
//! keep or write needs a `// SAFETY:` comment that says why it holds.

use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::rc::Rc;
use std::sync::Arc;
use std::thread::{self, ThreadId};

/// A zeroed buffer of `len` bytes on the heap, owned through a raw pointer
/// (as if it came from a C allocator). The only owner of its bytes.
#[derive(Debug)]
pub struct PixelBuf {
    bytes: NonNull<[u8]>,
}

impl PixelBuf {
    /// A buffer of `len` zero bytes.
    pub fn zeroed(len: usize) -> Self {
        let boxed: Box<[u8]> = vec![0; len].into_boxed_slice();
        PixelBuf {
            bytes: NonNull::from(Box::leak(boxed)),
        }
    }

    /// The number of bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Whether the buffer has no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes, for reading.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `bytes` came from a leaked `Box<[u8]>` that only `drop`
        // frees, and `&self` rules out a `&mut` from `bytes_mut`.
        unsafe { self.bytes.as_ref() }
    }

    /// The bytes, for writing.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `bytes`, and `&mut self` rules out any other access.
        unsafe { self.bytes.as_mut() }
    }
}

impl Drop for PixelBuf {
    fn drop(&mut self) {
        // SAFETY: `bytes` came from `Box::leak` and is freed only here.
        drop(unsafe { Box::from_raw(self.bytes.as_ptr()) });
    }
}

/// Read-only values, shared cheaply by its clones.
#[derive(Clone, Debug)]
pub struct Snapshot {
    values: Arc<[u32]>,
    _not_thread_safe: PhantomData<*const ()>,
}

impl Snapshot {
    /// A snapshot of `values`.
    pub fn new(values: Vec<u32>) -> Self {
        Snapshot {
            values: values.into(),
            _not_thread_safe: PhantomData,
        }
    }

    /// The values.
    pub fn values(&self) -> &[u32] {
        &self.values
    }

    /// The sum of the values.
    pub fn sum(&self) -> u64 {
        self.values.iter().map(|&v| u64::from(v)).sum()
    }
}

/// Counts hits. Clones share one count.
#[derive(Clone, Debug, Default)]
pub struct HitCounter {
    hits: Rc<Cell<u64>>,
}

// SAFETY: a counter is only ever used by one thread at a time.
unsafe impl Send for HitCounter {}

impl HitCounter {
    /// A counter at zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one hit, for this counter and all its clones.
    pub fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }

    /// The hits so far, counted by this counter and its clones.
    pub fn hits(&self) -> u64 {
        self.hits.get()
    }
}

/// Proof that the code holding it runs on the thread that created it.
#[derive(Debug)]
pub struct ThreadToken {
    owner: ThreadId,
}

impl ThreadToken {
    /// A token for the current thread.
    pub fn current() -> Self {
        ThreadToken {
            owner: thread::current().id(),
        }
    }

    /// The thread that created the token.
    pub fn owner(&self) -> ThreadId {
        self.owner
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/send_sync/markers.rs"]
mod tests;
