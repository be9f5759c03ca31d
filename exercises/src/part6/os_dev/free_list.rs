//! Write a free-list allocator: freed memory goes back on a list and is
//! handed out again, and neighbouring free blocks merge so that the arena
//! does not crumble into pieces too small to use.
//!
//! The arena is `N` bytes (a multiple of 16), 16-byte aligned. Every block,
//! free or handed out, starts at a multiple of 16 and is a multiple of 16
//! bytes long: `block_size(layout)` rounds the request up (a zero-sized
//! request still takes 16 bytes). A free block keeps its header in its own
//! first 16 bytes: its size and the offset of the next free block. The list
//! is sorted by offset, which makes merging a look at the two neighbours.
//! Handed-out blocks have no header; `dealloc` gets the size from the layout.
//!
//! - `alloc`: first fit. Walk the list for the first block that can hold
//!   `block_size(layout)` bytes at an address aligned to `layout.align()`.
//!   Cut what is left before the aligned start and after the end into free
//!   blocks of their own (both are multiples of 16). No fit: return null and
//!   change nothing.
//! - `dealloc`: put the block back in order and merge it with the free block
//!   that ends where it starts and the one that starts where it ends.
//! - `stats` (given) walks the list; the tests use it to see fragmentation.
//!
//! The state is behind a spin lock (given: `with_state`), so the allocator
//! is `Sync` and could be a `#[global_allocator]`; the tests call it
//! directly. The header helpers `read_block` and `write_block` are given too.
//! Under Miri: `cargo +nightly miri test -p exercises-freelist`.

#![no_std]
#![allow(dead_code, unused_imports)] // course:hide

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::hint;
use core::ops::Range;
use core::ptr;
use core::sync::atomic::{AtomicBool, Ordering};

/// Every block's size and offset is a multiple of this.
pub const BLOCK: usize = 16;

/// Marks the end of the free list.
const NONE: usize = usize::MAX;

/// The header a free block keeps in its first 16 bytes.
#[derive(Debug, Clone, Copy)]
#[repr(C)]
struct FreeBlock {
    /// The block's length in bytes, header included.
    size: usize,
    /// The offset of the next free block, or `NONE`.
    next: usize,
}

/// The memory the allocator hands out.
#[repr(C, align(16))]
struct Arena<const N: usize>(UnsafeCell<[u8; N]>);

/// What the free list looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Bytes in free blocks.
    pub free_bytes: usize,
    /// How many free blocks there are.
    pub free_blocks: usize,
    /// The size of the largest free block.
    pub largest: usize,
}

/// The list's head, behind the lock.
struct State {
    /// The offset of the first free block, or `NONE`.
    head: usize,
    /// Whether the whole arena has been made one free block yet.
    initialized: bool,
}

/// A first-fit allocator over an arena of `N` bytes.
// `repr(C)` keeps the arena first, so the tests can place it at an address
// that is 16-byte but not 32-byte aligned.
#[repr(C)]
pub struct FreeListAllocator<const N: usize> {
    arena: Arena<N>,
    locked: AtomicBool,
    state: UnsafeCell<State>,
}

// SAFETY: `state` and the headers in the arena are only touched inside
// `with_state`, which holds the spin lock; handed-out blocks belong to their
// callers.
unsafe impl<const N: usize> Sync for FreeListAllocator<N> {}

impl<const N: usize> FreeListAllocator<N> {
    /// An allocator with all `N` bytes free.
    pub const fn new() -> Self {
        assert!(
            N >= BLOCK && N.is_multiple_of(BLOCK),
            "the arena must be a non-zero multiple of 16 bytes"
        );
        Self {
            arena: Arena(UnsafeCell::new([0; N])),
            locked: AtomicBool::new(false),
            state: UnsafeCell::new(State {
                head: NONE,
                initialized: false,
            }),
        }
    }

    /// The addresses of the arena's bytes.
    pub fn arena(&self) -> Range<usize> {
        let start = self.base() as usize;
        start..start + N
    }

    /// The arena's first byte.
    fn base(&self) -> *mut u8 {
        self.arena.0.get().cast()
    }

    /// Runs `f` with the list's state, under the lock.
    fn with_state<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            hint::spin_loop();
        }
        // SAFETY: the lock is held, so this is the only reference to the state.
        let state = unsafe { &mut *self.state.get() };
        if !state.initialized {
            state.initialized = true;
            state.head = 0;
            // SAFETY: offset 0 is a multiple of 16 inside the arena, and no
            // block has been handed out yet.
            unsafe {
                self.write_block(
                    0,
                    FreeBlock {
                        size: N,
                        next: NONE,
                    },
                )
            };
        }
        let result = f(state);
        self.locked.store(false, Ordering::Release);
        result
    }

    /// Reads the header of the free block at `offset`.
    ///
    /// # Safety
    /// A free block's header must be at `offset`.
    unsafe fn read_block(&self, offset: usize) -> FreeBlock {
        // SAFETY: the caller promises a header there; offsets are multiples of
        // 16 from a 16-aligned base, so the read is aligned and in bounds.
        unsafe { self.base().add(offset).cast::<FreeBlock>().read() }
    }

    /// Writes a free block's header at `offset`.
    ///
    /// # Safety
    /// `offset..offset + 16` must be free memory (no caller owns it), and
    /// `offset` a multiple of 16 inside the arena.
    unsafe fn write_block(&self, offset: usize, block: FreeBlock) {
        // SAFETY: as promised by the caller; aligned as in `read_block`.
        unsafe { self.base().add(offset).cast::<FreeBlock>().write(block) }
    }

    /// Walks the free list.
    pub fn stats(&self) -> Stats {
        self.with_state(|state| {
            let mut stats = Stats {
                free_bytes: 0,
                free_blocks: 0,
                largest: 0,
            };
            let mut at = state.head;
            while at != NONE {
                // SAFETY: every offset on the list holds a free block's header.
                let block = unsafe { self.read_block(at) };
                stats.free_bytes += block.size;
                stats.free_blocks += 1;
                stats.largest = stats.largest.max(block.size);
                at = block.next;
            }
            stats
        })
    }

    /// Points the link that led to a block (the head when `prev` is `NONE`,
    /// otherwise the header at `prev`) at `next`.
    ///
    /// # Safety
    /// `prev` is `NONE` or the offset of a free block.
    unsafe fn link(&self, state: &mut State, prev: usize, next: usize) {
        if prev == NONE {
            state.head = next;
        } else {
            // SAFETY: the caller promises a free block at `prev`.
            unsafe {
                let mut block = self.read_block(prev);
                block.next = next;
                self.write_block(prev, block);
            }
        }
    }
}

impl<const N: usize> Default for FreeListAllocator<N> {
    fn default() -> Self {
        Self::new()
    }
}

/// The bytes a block for `layout` takes: the size rounded up to a multiple
/// of 16, and at least 16.
pub fn block_size(layout: Layout) -> Option<usize> {
    let size = layout.size().max(1).checked_add(BLOCK - 1)?;
    Some(size & !(BLOCK - 1))
}

// SAFETY: (to keep true) blocks on the free list and blocks handed out never
// overlap, every block is inside the arena, and each is aligned as its layout
// asks.
unsafe impl<const N: usize> GlobalAlloc for FreeListAllocator<N> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        todo!("first fit for {layout:?}, or null")
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        todo!("put {ptr:?} ({layout:?}) back on the list and merge it")
    }
}
