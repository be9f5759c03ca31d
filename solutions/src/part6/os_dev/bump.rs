//! Write a bump allocator: the simplest allocator a kernel can start with.
//! `BumpAllocator<N>` owns an arena of `N` bytes and hands out memory from
//! the front of it, moving `next` (the offset of the first free byte) up
//! with every allocation.
//!
//! - `alloc` returns a pointer aligned to `layout.align()`, inside the
//!   arena, that does not overlap any live allocation. Align the *address*
//!   (`arena_start() + next`), not the offset: the arena is only 16-byte
//!   aligned.
//! - When the request does not fit in what is left, `alloc` returns a null
//!   pointer and changes nothing. No arithmetic may overflow, whatever the
//!   layout: use `checked_add`.
//! - `dealloc` cannot give one block back, but it counts: when the last live
//!   allocation is freed, the whole arena is free again (`next` goes back
//!   to 0).
//! - `used` returns `next`, and `allocations` the number of live
//!   allocations.
//!
//! The allocator is for one thread (its counters are `Cell`s, so it is not
//! `Sync`); a kernel would wrap it in a lock. The tests call `alloc` and
//! `dealloc` directly. Under Miri: `cargo +nightly miri test -p exercises-bump`.

#![no_std]

use core::alloc::{GlobalAlloc, Layout};
use core::cell::{Cell, UnsafeCell};
use core::ops::Range;
use core::ptr;

/// The memory a [`BumpAllocator`] hands out, 16-byte aligned.
#[repr(C, align(16))]
struct Arena<const N: usize>(UnsafeCell<[u8; N]>);

/// An allocator that only moves forward, over an arena of `N` bytes.
// `repr(C)` keeps the arena first, so the tests can place it at an address
// that is 16-byte but not 32-byte aligned.
#[repr(C)]
pub struct BumpAllocator<const N: usize> {
    arena: Arena<N>,
    /// The offset in the arena of the first byte never handed out.
    next: Cell<usize>,
    /// How many allocations are live.
    allocations: Cell<usize>,
}

impl<const N: usize> BumpAllocator<N> {
    /// An allocator with all `N` bytes free.
    pub const fn new() -> Self {
        Self {
            arena: Arena(UnsafeCell::new([0; N])),
            next: Cell::new(0),
            allocations: Cell::new(0),
        }
    }

    /// The address of the arena's first byte.
    pub fn arena_start(&self) -> usize {
        self.arena.0.get() as usize
    }

    /// The addresses of the arena's bytes.
    pub fn arena(&self) -> Range<usize> {
        self.arena_start()..self.arena_start() + N
    }

    /// The offset of the first free byte: how many bytes are handed out or
    /// lost to alignment.
    pub fn used(&self) -> usize {
        self.next.get()
    }

    /// How many allocations are live.
    pub fn allocations(&self) -> usize {
        self.allocations.get()
    }
}

impl<const N: usize> Default for BumpAllocator<N> {
    fn default() -> Self {
        Self::new()
    }
}

/// Rounds `addr` up to a multiple of `align` (a power of two), or `None` on
/// overflow.
fn align_up(addr: usize, align: usize) -> Option<usize> {
    Some(addr.checked_add(align - 1)? & !(align - 1))
}

// SAFETY: `alloc` returns either null or a block of at least `layout.size()`
// bytes, aligned to `layout.align()`, inside the arena and disjoint from every
// live block (`next` only moves forward while any block is live, and goes back
// to 0 only when none is).
unsafe impl<const N: usize> GlobalAlloc for BumpAllocator<N> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let start = self.arena_start();
        let Some(begin) = start
            .checked_add(self.next.get())
            .and_then(|at| align_up(at, layout.align()))
        else {
            return ptr::null_mut();
        };
        let Some(end) = begin.checked_add(layout.size()) else {
            return ptr::null_mut();
        };
        if end > start + N {
            return ptr::null_mut();
        }
        self.next.set(end - start);
        self.allocations.set(self.allocations.get() + 1);
        // SAFETY: `begin - start <= N`, so the result stays inside the arena
        // (or one past its end, for a zero-sized tail), and it keeps the
        // arena's provenance.
        unsafe { self.arena.0.get().cast::<u8>().add(begin - start) }
    }

    unsafe fn dealloc(&self, _ptr: *mut u8, _layout: Layout) {
        let live = self.allocations.get() - 1;
        self.allocations.set(live);
        if live == 0 {
            self.next.set(0);
        }
    }
}
