//! Tests for the free-list allocator. They call `alloc` and `dealloc`
//! directly on an allocator of their own, never as the global allocator.

use course_freelist::{FreeListAllocator, Stats};
use std::alloc::{GlobalAlloc, Layout};

const SIZE: usize = 8192;

type Heap = FreeListAllocator<SIZE>;

/// An allocator whose arena starts 16 bytes after a 4096-byte boundary, so
/// that aligning offsets instead of addresses gives wrong answers every time.
#[repr(C, align(4096))]
struct Placed {
    _pad: [u8; 16],
    heap: Heap,
}

fn heap() -> Box<Placed> {
    let placed = Box::new(Placed {
        _pad: [0; 16],
        heap: Heap::new(),
    });
    assert_eq!(
        placed.heap.arena().start % 4096,
        16,
        "the test expects the arena at offset 0 of FreeListAllocator (keep `#[repr(C)]` and the field order)"
    );
    placed
}

fn layout(size: usize, align: usize) -> Layout {
    Layout::from_size_align(size, align).unwrap()
}

fn stats(free_bytes: usize, free_blocks: usize, largest: usize) -> Stats {
    Stats {
        free_bytes,
        free_blocks,
        largest,
    }
}

/// Allocates and checks that the block is non-null, aligned and inside the
/// arena.
fn alloc_ok(heap: &Heap, size: usize, align: usize) -> *mut u8 {
    // SAFETY: a valid layout; the tests never install this allocator globally.
    let ptr = unsafe { heap.alloc(layout(size, align)) };
    assert!(
        !ptr.is_null(),
        "alloc({size} bytes, align {align}) returned null; free list: {:?}",
        heap.stats()
    );
    let addr = ptr as usize;
    assert_eq!(
        addr % align,
        0,
        "alloc({size} bytes, align {align}) returned {addr:#x}, not a multiple of {align}"
    );
    let arena = heap.arena();
    assert!(
        arena.start <= addr && addr + size <= arena.end,
        "alloc({size} bytes, align {align}) returned {addr:#x}, outside the arena {arena:#x?}"
    );
    ptr
}

fn free(heap: &Heap, ptr: *mut u8, size: usize, align: usize) {
    // SAFETY: every test frees each block once, with the layout it was
    // allocated with.
    unsafe { heap.dealloc(ptr, layout(size, align)) };
}

#[test]
fn a_fresh_arena_is_one_free_block() {
    let placed = heap();
    assert_eq!(
        placed.heap.stats(),
        stats(SIZE, 1, SIZE),
        "before any allocation, the whole arena should be one free block"
    );
}

#[test]
fn an_allocation_splits_the_block() {
    let placed = heap();
    let heap = &placed.heap;
    let ptr = alloc_ok(heap, 10, 1);
    assert_eq!(
        ptr as usize,
        heap.arena().start,
        "first fit: the first block should start at the arena's first byte"
    );
    assert_eq!(
        heap.stats(),
        stats(SIZE - 16, 1, SIZE - 16),
        "10 bytes take a 16-byte block; the rest should stay one free block"
    );
}

#[test]
fn blocks_are_aligned_and_do_not_overlap() {
    let placed = heap();
    let heap = &placed.heap;
    let requests = [
        (3, 1),
        (40, 8),
        (1, 64),
        (100, 16),
        (7, 256),
        (32, 32),
        (1, 1024),
    ];
    let blocks: Vec<(*mut u8, usize)> = requests
        .iter()
        .map(|&(size, align)| (alloc_ok(heap, size, align), size))
        .collect();
    for (i, &(ptr, size)) in blocks.iter().enumerate() {
        // SAFETY: a live block of `size` bytes.
        unsafe { ptr.write_bytes(i as u8 + 1, size) };
    }
    for (i, &(ptr, size)) in blocks.iter().enumerate() {
        // SAFETY: as above.
        let bytes = unsafe { std::slice::from_raw_parts(ptr, size) };
        assert!(
            bytes.iter().all(|&b| b == i as u8 + 1),
            "block {i} ({size} bytes) was overwritten by another block: {bytes:?}"
        );
    }
    let used: usize = requests
        .iter()
        .map(|&(size, _)| size.div_ceil(16) * 16)
        .sum();
    assert_eq!(
        heap.stats().free_bytes,
        SIZE - used,
        "the padding cut off before aligned blocks should stay on the free list"
    );
}

#[test]
fn a_freed_block_is_handed_out_again() {
    let placed = heap();
    let heap = &placed.heap;
    let a = alloc_ok(heap, 64, 8);
    let _b = alloc_ok(heap, 64, 8);
    free(heap, a, 64, 8);
    let c = alloc_ok(heap, 48, 8);
    assert_eq!(
        c, a,
        "first fit: a 48-byte request should reuse the freed 64-byte block at the front"
    );
}

#[test]
fn out_of_memory_returns_null_and_changes_nothing() {
    let placed = heap();
    let heap = &placed.heap;
    let _a = alloc_ok(heap, 1000, 8);
    let before = heap.stats();
    // SAFETY: a valid layout.
    let ptr = unsafe { heap.alloc(layout(SIZE, 8)) };
    assert!(
        ptr.is_null(),
        "a request larger than any free block should be null"
    );
    assert_eq!(
        heap.stats(),
        before,
        "a failed alloc should not change the free list"
    );
    // What is left can still be used, to the last byte.
    alloc_ok(heap, SIZE - 1008, 16);
    assert_eq!(heap.stats(), stats(0, 0, 0), "the arena should now be full");
}

#[test]
fn fragmentation_then_merging() {
    let placed = heap();
    let heap = &placed.heap;
    let blocks: Vec<*mut u8> = (0..8).map(|_| alloc_ok(heap, 1024, 16)).collect();
    assert_eq!(
        heap.stats(),
        stats(0, 0, 0),
        "eight 1 KiB blocks fill 8 KiB"
    );
    for &ptr in blocks.iter().step_by(2) {
        free(heap, ptr, 1024, 16);
    }
    assert_eq!(
        heap.stats(),
        stats(4096, 4, 1024),
        "every other block freed: 4 KiB free, but in four separate pieces"
    );
    // SAFETY: a valid layout.
    let ptr = unsafe { heap.alloc(layout(2048, 16)) };
    assert!(
        ptr.is_null(),
        "4 KiB are free, but no piece holds 2 KiB: the request should be null"
    );
    for &ptr in blocks.iter().skip(1).step_by(2) {
        free(heap, ptr, 1024, 16);
    }
    assert_eq!(
        heap.stats(),
        stats(SIZE, 1, SIZE),
        "with every block freed, neighbours should have merged back into one block"
    );
    alloc_ok(heap, SIZE, 16);
}

#[test]
fn merging_works_in_any_order() {
    let orders: [[usize; 5]; 4] = [
        [0, 1, 2, 3, 4],
        [4, 3, 2, 1, 0],
        [1, 3, 0, 4, 2],
        [2, 0, 4, 1, 3],
    ];
    for order in orders {
        let placed = heap();
        let heap = &placed.heap;
        let sizes = [16, 48, 160, 32, 64];
        let blocks: Vec<*mut u8> = sizes.iter().map(|&s| alloc_ok(heap, s, 16)).collect();
        for &i in &order {
            free(heap, blocks[i], sizes[i], 16);
        }
        assert_eq!(
            heap.stats(),
            stats(SIZE, 1, SIZE),
            "after freeing every block in the order {order:?}, the arena should be one free block"
        );
    }
}

#[test]
fn a_long_mixed_workload_loses_nothing() {
    let placed = heap();
    let heap = &placed.heap;
    // A fixed pseudo-random sequence (a linear congruential generator).
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    let mut live: Vec<(*mut u8, usize, usize)> = Vec::new();
    for step in 0..300 {
        if live.len() < 12 && next() % 3 != 0 {
            let size = 1 + next() % 300;
            let align = 1 << (next() % 7);
            // SAFETY: a valid layout.
            let ptr = unsafe { heap.alloc(layout(size, align)) };
            if !ptr.is_null() {
                let addr = ptr as usize;
                assert_eq!(
                    addr % align,
                    0,
                    "step {step}: {addr:#x} is not {align}-aligned"
                );
                for &(other, other_size, _) in &live {
                    let o = other as usize;
                    assert!(
                        addr + size <= o || o + other_size <= addr,
                        "step {step}: {addr:#x}+{size} overlaps a live block at {o:#x}+{other_size}"
                    );
                }
                live.push((ptr, size, align));
            }
        } else if !live.is_empty() {
            let (ptr, size, align) = live.swap_remove(next() % live.len());
            free(heap, ptr, size, align);
        }
        let held: usize = live
            .iter()
            .map(|&(_, size, _)| size.max(1).div_ceil(16) * 16)
            .sum();
        assert_eq!(
            heap.stats().free_bytes + held,
            SIZE,
            "step {step}: free bytes plus live blocks should add up to the arena"
        );
    }
    for (ptr, size, align) in live.drain(..) {
        free(heap, ptr, size, align);
    }
    assert_eq!(
        heap.stats(),
        stats(SIZE, 1, SIZE),
        "everything freed: one block again"
    );
}

#[test]
fn realloc_keeps_the_contents() {
    let placed = heap();
    let heap = &placed.heap;
    let old = alloc_ok(heap, 4, 4);
    // SAFETY: a live block of 4 bytes.
    unsafe { old.copy_from_nonoverlapping([1u8, 2, 3, 4].as_ptr(), 4) };
    // SAFETY: `old` was allocated with this layout; the new size is non-zero.
    let new = unsafe { heap.realloc(old, layout(4, 4), 100) };
    assert!(!new.is_null(), "realloc to 100 bytes should succeed");
    // SAFETY: `new` is a live block of at least 4 bytes.
    let bytes = unsafe { std::slice::from_raw_parts(new, 4) };
    assert_eq!(bytes, [1, 2, 3, 4], "realloc should copy the old contents");
    free(heap, new, 100, 4);
    assert_eq!(
        heap.stats(),
        stats(SIZE, 1, SIZE),
        "everything freed: one block again"
    );
}

#[test]
fn two_threads_share_one_allocator() {
    let placed = heap();
    let heap = &placed.heap;
    std::thread::scope(|s| {
        for t in 0..2u8 {
            s.spawn(move || {
                for _ in 0..50 {
                    let ptr = alloc_ok(heap, 40, 8);
                    // SAFETY: a live block of 40 bytes that this thread owns.
                    unsafe { ptr.write_bytes(t, 40) };
                    // SAFETY: as above.
                    let bytes = unsafe { std::slice::from_raw_parts(ptr, 40) };
                    assert!(
                        bytes.iter().all(|&b| b == t),
                        "another thread wrote into this thread's block"
                    );
                    free(heap, ptr, 40, 8);
                }
            });
        }
    });
    assert_eq!(
        heap.stats(),
        stats(SIZE, 1, SIZE),
        "everything freed: one block again"
    );
}
