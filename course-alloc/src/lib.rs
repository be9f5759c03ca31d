//! A counting global allocator, for tests that assert how often code touches
//! the heap.
//!
//! Linking this crate installs [`CountingAllocator`] as the program's global
//! allocator: it forwards every request to the system allocator and counts it
//! in counters that belong to the calling thread. [`measure`] runs a closure
//! and reports what that closure did on the current thread:
//!
//! ```
//! let (v, stats) = course_alloc::measure(|| vec![1, 2, 3]);
//! assert_eq!(v.len(), 3);
//! assert_eq!(stats.allocations, 1);
//!
//! let (_, stats) = course_alloc::measure(|| [1, 2, 3].iter().sum::<i32>());
//! assert!(stats.is_zero(), "summing an array allocates nothing: {stats:?}");
//! ```
//!
//! The counters are per thread because the test harness runs tests on
//! several threads at once: a global counter would also count the
//! allocations of whichever tests happen to run at the same time. The flip
//! side: allocations made by threads the closure spawns are not counted.
//! For those, [`process_snapshot`] counts every thread of the process; a
//! test that uses it must allow for what the other tests of its binary
//! allocate meanwhile, with a margin larger than all of that together.
//!
//! A program has exactly one global allocator, so a binary that links this
//! crate cannot declare its own `#[global_allocator]`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// The global allocator this crate installs: the system allocator plus
/// per-thread counters.
pub struct CountingAllocator;

#[global_allocator]
static GLOBAL: CountingAllocator = CountingAllocator;

/// What a piece of code asked of the heap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AllocStats {
    /// New blocks requested (`alloc` and `alloc_zeroed`).
    pub allocations: u64,
    /// Blocks resized (`realloc`), as when a `Vec` or `String` grows.
    pub reallocations: u64,
    /// Blocks freed.
    pub deallocations: u64,
    /// Bytes requested by new blocks plus the new sizes of resized blocks.
    pub bytes_requested: u64,
}

impl AllocStats {
    /// True when the code neither allocated, resized nor freed anything.
    pub fn is_zero(&self) -> bool {
        *self == AllocStats::default()
    }

    /// New blocks plus resizes: every call that may have had to find memory.
    pub fn allocating_calls(&self) -> u64 {
        self.allocations + self.reallocations
    }

    fn since(self, earlier: AllocStats) -> AllocStats {
        AllocStats {
            allocations: self.allocations - earlier.allocations,
            reallocations: self.reallocations - earlier.reallocations,
            deallocations: self.deallocations - earlier.deallocations,
            bytes_requested: self.bytes_requested - earlier.bytes_requested,
        }
    }
}

/// Runs `f` and returns its result with the heap activity it caused on the
/// current thread.
///
/// Dropping the result happens after the measurement, so a returned `Vec`
/// counts one allocation and no deallocation.
pub fn measure<R>(f: impl FnOnce() -> R) -> (R, AllocStats) {
    let before = snapshot();
    let result = f();
    let after = snapshot();
    (result, after.since(before))
}

/// The current thread's counters since it started.
pub fn snapshot() -> AllocStats {
    COUNTERS
        .try_with(|c| AllocStats {
            allocations: c.allocations.get(),
            reallocations: c.reallocations.get(),
            deallocations: c.deallocations.get(),
            bytes_requested: c.bytes_requested.get(),
        })
        .unwrap_or_default()
}

/// The counters of every thread of the process together, since it started.
///
/// Unlike [`snapshot`], this sees the allocations of spawned threads, and
/// also those of any other test running at the same time.
pub fn process_snapshot() -> AllocStats {
    AllocStats {
        allocations: PROCESS.allocations.load(Ordering::Relaxed),
        reallocations: PROCESS.reallocations.load(Ordering::Relaxed),
        deallocations: PROCESS.deallocations.load(Ordering::Relaxed),
        bytes_requested: PROCESS.bytes_requested.load(Ordering::Relaxed),
    }
}

/// The process-wide counters. `Relaxed` suffices: each is a tally on its
/// own, read after the threads that bumped it were joined (which orders
/// their bumps before the read).
struct ProcessCounters {
    allocations: AtomicU64,
    reallocations: AtomicU64,
    deallocations: AtomicU64,
    bytes_requested: AtomicU64,
}

static PROCESS: ProcessCounters = ProcessCounters {
    allocations: AtomicU64::new(0),
    reallocations: AtomicU64::new(0),
    deallocations: AtomicU64::new(0),
    bytes_requested: AtomicU64::new(0),
};

/// Per-thread counters. `Cell<u64>` has no destructor and the initialiser is
/// `const`, so reading them never allocates (which would recurse into the
/// allocator).
struct Counters {
    allocations: Cell<u64>,
    reallocations: Cell<u64>,
    deallocations: Cell<u64>,
    bytes_requested: Cell<u64>,
}

thread_local! {
    static COUNTERS: Counters = const {
        Counters {
            allocations: Cell::new(0),
            reallocations: Cell::new(0),
            deallocations: Cell::new(0),
            bytes_requested: Cell::new(0),
        }
    };
}

fn bump(field: impl Fn(&Counters) -> &Cell<u64>, by: u64) {
    // `try_with` fails only while the thread is being torn down; an
    // allocation then is simply not counted.
    let _ = COUNTERS.try_with(|c| {
        let cell = field(c);
        cell.set(cell.get() + by);
    });
}

// SAFETY: every method forwards to `System`, which upholds the `GlobalAlloc`
// contract; the counting touches only thread-local cells and static atomics,
// and never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        bump(|c| &c.allocations, 1);
        bump(|c| &c.bytes_requested, layout.size() as u64);
        PROCESS.allocations.fetch_add(1, Ordering::Relaxed);
        PROCESS
            .bytes_requested
            .fetch_add(layout.size() as u64, Ordering::Relaxed);
        // SAFETY: the caller upholds `alloc`'s contract; we pass it through.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        bump(|c| &c.allocations, 1);
        bump(|c| &c.bytes_requested, layout.size() as u64);
        PROCESS.allocations.fetch_add(1, Ordering::Relaxed);
        PROCESS
            .bytes_requested
            .fetch_add(layout.size() as u64, Ordering::Relaxed);
        // SAFETY: as for `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        bump(|c| &c.deallocations, 1);
        PROCESS.deallocations.fetch_add(1, Ordering::Relaxed);
        // SAFETY: `ptr` came from this allocator, hence from `System`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        bump(|c| &c.reallocations, 1);
        bump(|c| &c.bytes_requested, new_size as u64);
        PROCESS.reallocations.fetch_add(1, Ordering::Relaxed);
        PROCESS
            .bytes_requested
            .fetch_add(new_size as u64, Ordering::Relaxed);
        // SAFETY: `ptr` came from `System` with `layout`; the caller upholds
        // the rest of `realloc`'s contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_process_counters_see_other_threads() {
        const MIB: usize = 1 << 20;
        let before = process_snapshot();
        std::thread::spawn(|| drop(vec![0u8; MIB])).join().unwrap();
        let after = process_snapshot().since(before);
        assert!(
            after.bytes_requested >= MIB as u64 && after.deallocations >= 1,
            "the spawned thread's 1 MiB should be counted: {after:?}"
        );
    }

    #[test]
    fn counts_a_vec_growing() {
        let (v, stats) = measure(|| {
            let mut v = Vec::new();
            for i in 0..100u32 {
                v.push(i);
            }
            v
        });
        assert_eq!(v.len(), 100);
        assert_eq!(stats.allocations, 1, "the first push allocates: {stats:?}");
        assert!(
            stats.reallocations >= 1,
            "growing to 100 resizes: {stats:?}"
        );
        assert_eq!(stats.deallocations, 0, "nothing was freed: {stats:?}");
    }

    #[test]
    fn with_capacity_allocates_once_and_never_resizes() {
        let (_, stats) = measure(|| {
            let mut v = Vec::with_capacity(100);
            v.extend(0..100u32);
            v
        });
        assert_eq!(stats.allocating_calls(), 1, "{stats:?}");
        assert_eq!(stats.bytes_requested, 400, "100 u32s: {stats:?}");
    }

    #[test]
    fn counts_frees() {
        let (_, stats) = measure(|| drop(String::from("hello")));
        assert_eq!(
            (stats.allocations, stats.deallocations),
            (1, 1),
            "{stats:?}"
        );
    }

    #[test]
    fn pure_code_is_zero() {
        let (n, stats) = measure(|| (1..=10u64).product::<u64>());
        assert_eq!(n, 3_628_800);
        assert!(stats.is_zero(), "{stats:?}");
    }

    #[test]
    fn other_threads_are_not_counted() {
        const MIB: usize = 1 << 20;
        let (_, stats) = measure(|| {
            std::thread::scope(|s| {
                s.spawn(|| vec![0u8; MIB]).join().unwrap();
            })
        });
        // Spawning allocates a little on this thread (the thread's handle),
        // but the 1 MiB vector belongs to the other thread.
        assert!(
            stats.bytes_requested < MIB as u64,
            "the spawned thread's 1 MiB should not be counted here: {stats:?}"
        );
    }
}
