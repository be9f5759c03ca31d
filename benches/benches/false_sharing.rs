//! The numbers behind Part III, chapter 6 ("Lock-free data structures"),
//! section "False sharing".
//!
//! Two threads each add 1 to a counter 1,000,000 times with
//! `fetch_add(1, Relaxed)`. What changes is where the counters live:
//!
//! - `same_counter`: both threads on one `AtomicU64` (true sharing: the
//!   threads really do need the same data);
//! - `adjacent`: each thread on its own counter, the two counters side by
//!   side in one array, so on one 64-byte cache line (false sharing);
//! - `align64`: each counter in a `#[repr(align(64))]` wrapper, so on a
//!   line of its own;
//! - `cache_padded`: each counter in crossbeam-utils' `CachePadded`, which
//!   aligns to 128 bytes on x86-64.
//!
//! Each iteration spawns the two threads (in a `thread::scope`) and joins
//! them; spawning costs tens of microseconds, small next to the increments.
//! Run: `cargo bench -p course-benches --bench false_sharing`.

use criterion::{criterion_group, criterion_main, Criterion};
use crossbeam_utils::CachePadded;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::thread;

const INCREMENTS: u64 = 1_000_000;

/// A counter alone on a 64-byte cache line.
#[repr(align(64))]
struct Align64(AtomicU64);

/// Runs two threads; thread `i` adds 1 to `counter(i)` `INCREMENTS` times.
fn two_threads(counter: impl Fn(usize) -> &'static AtomicU64 + Sync) {
    thread::scope(|s| {
        for i in 0..2 {
            let counter = &counter;
            s.spawn(move || {
                let c = counter(i);
                for _ in 0..INCREMENTS {
                    c.fetch_add(1, Relaxed);
                }
            });
        }
    });
}

fn false_sharing(c: &mut Criterion) {
    // Leaked so that the threads can borrow them as `'static`.
    let same: &'static AtomicU64 = Box::leak(Box::new(AtomicU64::new(0)));
    let adjacent: &'static [AtomicU64; 2] =
        Box::leak(Box::new([AtomicU64::new(0), AtomicU64::new(0)]));
    let align64: &'static [Align64; 2] = Box::leak(Box::new([
        Align64(AtomicU64::new(0)),
        Align64(AtomicU64::new(0)),
    ]));
    let padded: &'static [CachePadded<AtomicU64>; 2] = Box::leak(Box::new([
        CachePadded::new(AtomicU64::new(0)),
        CachePadded::new(AtomicU64::new(0)),
    ]));

    let mut group = c.benchmark_group("false_sharing");
    group.sample_size(20);
    group.bench_function("same_counter", |b| b.iter(|| two_threads(|_| same)));
    group.bench_function("adjacent", |b| b.iter(|| two_threads(|i| &adjacent[i])));
    group.bench_function("align64", |b| b.iter(|| two_threads(|i| &align64[i].0)));
    group.bench_function("cache_padded", |b| b.iter(|| two_threads(|i| &*padded[i])));
    group.finish();
}

criterion_group!(benches, false_sharing);
criterion_main!(benches);
