//! Tests for the bump allocator. They call `alloc` and `dealloc` directly:
//! installing it as the test binary's global allocator would hand the test
//! harness itself an arena of a few kilobytes.

use course_bump::BumpAllocator;
use std::alloc::{GlobalAlloc, Layout};

const SIZE: usize = 4096;

/// An allocator whose arena starts 16 bytes after a 4096-byte boundary:
/// aligned to 16, but not to 32 or more, so that aligning the offset instead
/// of the address gives a wrong answer every time.
#[repr(C, align(4096))]
struct Placed {
    _pad: [u8; 16],
    heap: BumpAllocator<SIZE>,
}

impl std::ops::Deref for Placed {
    type Target = BumpAllocator<SIZE>;
    fn deref(&self) -> &Self::Target {
        &self.heap
    }
}

fn heap() -> Box<Placed> {
    let placed = Box::new(Placed {
        _pad: [0; 16],
        heap: BumpAllocator::new(),
    });
    assert_eq!(
        placed.arena_start() % 4096,
        16,
        "the test expects the arena at offset 0 of BumpAllocator (keep `#[repr(C)]` and the field order)"
    );
    placed
}

fn layout(size: usize, align: usize) -> Layout {
    Layout::from_size_align(size, align).unwrap()
}

/// Allocates and checks that the block is non-null, aligned and inside the
/// arena.
fn alloc_ok(heap: &BumpAllocator<SIZE>, size: usize, align: usize) -> *mut u8 {
    // SAFETY: every layout the tests use has a non-zero size.
    let ptr = unsafe { heap.alloc(layout(size, align)) };
    assert!(
        !ptr.is_null(),
        "alloc({size} bytes, align {align}) returned null with {} of {SIZE} bytes used",
        heap.used()
    );
    let addr = ptr as usize;
    assert_eq!(
        addr % align,
        0,
        "alloc({size} bytes, align {align}) returned {addr:#x}, which is not a multiple of {align}"
    );
    let arena = heap.arena();
    assert!(
        arena.start <= addr && addr + size <= arena.end,
        "alloc({size} bytes, align {align}) returned {addr:#x}..{:#x}, outside the arena {:#x}..{:#x}",
        addr + size,
        arena.start,
        arena.end
    );
    ptr
}

#[test]
fn a_first_allocation_starts_at_the_arena() {
    let heap = heap();
    let ptr = alloc_ok(&heap, 10, 1);
    assert_eq!(
        ptr as usize,
        heap.arena_start(),
        "the first allocation of a fresh arena should start at its first byte"
    );
    assert_eq!(
        heap.used(),
        10,
        "after allocating 10 bytes, used() should be 10"
    );
    assert_eq!(heap.allocations(), 1, "one allocation should be live");
}

#[test]
fn every_block_is_aligned_to_its_layout() {
    let heap = heap();
    // An odd-sized block first, so that the next address is unaligned.
    alloc_ok(&heap, 3, 1);
    for align in [2, 4, 8, 16, 32, 64, 128, 256] {
        alloc_ok(&heap, 5, align);
    }
}

#[test]
fn blocks_do_not_overlap_and_keep_their_contents() {
    let heap = heap();
    let sizes = [1usize, 7, 16, 33, 8, 100, 2];
    let blocks: Vec<(*mut u8, usize)> = sizes
        .iter()
        .enumerate()
        .map(|(i, &size)| (alloc_ok(&heap, size, 1 << (i % 4)), size))
        .collect();
    for (i, &(ptr, size)) in blocks.iter().enumerate() {
        // SAFETY: `ptr` is a live block of `size` bytes.
        unsafe { ptr.write_bytes(i as u8 + 1, size) };
    }
    for (i, &(ptr, size)) in blocks.iter().enumerate() {
        // SAFETY: as above; nothing else writes these bytes.
        let bytes = unsafe { std::slice::from_raw_parts(ptr, size) };
        assert!(
            bytes.iter().all(|&b| b == i as u8 + 1),
            "block {i} ({size} bytes) was overwritten by another block: {bytes:?}"
        );
    }
}

#[test]
fn the_whole_arena_can_be_handed_out() {
    let heap = heap();
    alloc_ok(&heap, SIZE, 16);
    assert_eq!(heap.used(), SIZE, "the arena should be full");
    // SAFETY: a valid, non-zero layout.
    let more = unsafe { heap.alloc(layout(1, 1)) };
    assert!(
        more.is_null(),
        "a full arena should return null, got {more:?}"
    );
}

#[test]
fn out_of_memory_returns_null_and_changes_nothing() {
    let heap = heap();
    alloc_ok(&heap, 1000, 8);
    let (used, live) = (heap.used(), heap.allocations());
    // SAFETY: a valid, non-zero layout.
    let too_big = unsafe { heap.alloc(layout(SIZE, 8)) };
    assert!(
        too_big.is_null(),
        "a request larger than what is left should return null"
    );
    assert_eq!(
        (heap.used(), heap.allocations()),
        (used, live),
        "a failed alloc should leave used() and allocations() as they were"
    );
    // What is left can still be used.
    alloc_ok(&heap, SIZE - 1000, 8);
}

#[test]
fn alignment_that_pushes_past_the_end_returns_null() {
    let heap = heap();
    alloc_ok(&heap, SIZE - 8, 1);
    // 8 bytes are left, but the next 4096-aligned address is past the end.
    // SAFETY: a valid, non-zero layout.
    let ptr = unsafe { heap.alloc(layout(1, 4096)) };
    assert!(
        ptr.is_null(),
        "a block whose aligned start is past the arena's end should be null, got {ptr:?}"
    );
}

#[test]
fn huge_layouts_return_null_instead_of_wrapping_around() {
    let heap = heap();
    alloc_ok(&heap, 1, 1);
    let huge = Layout::from_size_align(isize::MAX as usize - 4095, 4096).unwrap();
    // SAFETY: a valid, non-zero layout.
    let ptr = unsafe { heap.alloc(huge) };
    assert!(
        ptr.is_null(),
        "an allocation of isize::MAX - 4095 bytes should return null (use checked_add), got {ptr:?}"
    );
    assert_eq!(heap.allocations(), 1, "the failed alloc should not count");
}

#[test]
fn freeing_the_last_live_block_makes_the_arena_reusable() {
    let heap = heap();
    let a = alloc_ok(&heap, 100, 8);
    let b = alloc_ok(&heap, 200, 8);
    // SAFETY: `a` and `b` were allocated with these layouts and are freed once.
    unsafe { heap.dealloc(a, layout(100, 8)) };
    assert_eq!(heap.allocations(), 1, "one block should still be live");
    assert_eq!(
        heap.used(),
        304,
        "while `b` is live, nothing may be reused: used() should stay 304"
    );
    // SAFETY: as above.
    unsafe { heap.dealloc(b, layout(200, 8)) };
    assert_eq!(heap.allocations(), 0, "no block should be live");
    assert_eq!(
        heap.used(),
        0,
        "with no live block, the whole arena is free again"
    );
    let c = alloc_ok(&heap, SIZE, 16);
    assert_eq!(
        c, a,
        "after everything is freed, allocation starts over at the front"
    );
}

#[test]
fn realloc_keeps_the_contents() {
    let heap = heap();
    let old = alloc_ok(&heap, 4, 4);
    // SAFETY: `old` is a live block of 4 bytes.
    unsafe { old.copy_from_nonoverlapping([1u8, 2, 3, 4].as_ptr(), 4) };
    // SAFETY: `old` was allocated with this layout; the new size is non-zero.
    let new = unsafe { heap.realloc(old, layout(4, 4), 64) };
    assert!(!new.is_null(), "realloc to 64 bytes should succeed");
    // SAFETY: `new` is a live block of at least 4 bytes.
    let bytes = unsafe { std::slice::from_raw_parts(new, 4) };
    assert_eq!(bytes, [1, 2, 3, 4], "realloc should copy the old contents");
    assert_eq!(
        heap.allocations(),
        1,
        "after realloc, one block should be live"
    );
}
