//! `PageStats` counts page views through `&self`, and `replay` feeds it a
//! log of views from several threads at once, all sharing one `&PageStats`.
//! This file does not compile: `Cell` and `RefCell` cannot be shared
//! between threads. Make it compile by giving each field a thread-safe
//! type (an atomic for the total, a lock for the map), without changing
//! what any public function takes, returns or does.
//!
//! The tests replay fixed logs on several threads and check every count, so
//! no view may be lost. Threads that record at the very same moment are rare
//! in a test, so once the ordinary tests pass, `cargo course check` also runs
//! a loom model of two threads recording at once, which tries every
//! interleaving. That is why the thread-safe types come from the `sync`
//! module below (loom's under `--cfg loom`): import them from there.

use std::collections::HashMap;
use std::thread;
use sync::{AtomicU64, Mutex, Ordering};

/// The thread-safe types to choose from: the standard library's, or, under
/// `--cfg loom`, loom's versions of them, so that loom can try every
/// interleaving of the threads. Import from here, not from `std::sync`.
#[allow(unused_imports)]
mod sync {
    #[cfg(loom)]
    pub use loom::sync::{
        atomic::{AtomicU64, AtomicUsize, Ordering},
        Mutex, RwLock,
    };
    #[cfg(not(loom))]
    pub use std::sync::{
        atomic::{AtomicU64, AtomicUsize, Ordering},
        Mutex, RwLock,
    };
}

/// Page-view counters, updated through `&self`.
#[derive(Default)]
pub struct PageStats {
    total: AtomicU64,
    per_page: Mutex<HashMap<String, u64>>,
}

impl PageStats {
    /// Returns counters that are all zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Counts one view of `page`.
    pub fn record(&self, page: &str) {
        // One indivisible read-modify-write: no increment can be lost.
        self.total.fetch_add(1, Ordering::Relaxed);
        let mut per_page = self.per_page.lock().unwrap();
        *per_page.entry(page.to_string()).or_insert(0) += 1;
    }

    /// Returns how many views were recorded, for all pages together.
    pub fn total(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }

    /// Returns how many views `page` had (0 for a page never seen).
    pub fn views(&self, page: &str) -> u64 {
        self.per_page
            .lock()
            .unwrap()
            .get(page)
            .copied()
            .unwrap_or(0)
    }

    /// Returns the names of the pages seen so far, sorted.
    pub fn pages(&self) -> Vec<String> {
        let mut pages: Vec<String> = self.per_page.lock().unwrap().keys().cloned().collect();
        pages.sort();
        pages
    }
}

/// Records every view in `log` into `stats`, using `threads` threads (0 is
/// treated as 1). Each thread records one contiguous part of the log.
pub fn replay(stats: &PageStats, log: &[&str], threads: usize) {
    let part_len = log.len().div_ceil(threads.max(1)).max(1);
    thread::scope(|s| {
        for part in log.chunks(part_len) {
            s.spawn(move || {
                for page in part {
                    stats.record(page);
                }
            });
        }
    });
}
