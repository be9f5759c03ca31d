//! The benchmark behind the table in "Parallel iterators with Rayon"
//! (Part III).
//!
//! Two computations, each written sequentially (`iter`) and in parallel
//! (`par_iter` on Rayon's global pool, one thread per logical CPU):
//!
//! - `collatz`: for every `n` in `1..=100_000`, count the steps of the
//!   Collatz sequence from `n` down to 1, and add the counts up. Each item
//!   costs about a hundred loop iterations of pure arithmetic: CPU-bound
//!   work that splits well.
//! - `sum`: add up a `Vec<u64>` of 1,000, 100,000 and 10,000,000 elements.
//!   Each item costs one addition, so the work is either too small to be
//!   worth sending to other threads or limited by memory bandwidth.
//!
//! Run it with
//! `cargo bench -p course-benches --bench rayon_speedup -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use rayon::prelude::*;

/// The number of Collatz steps from `n` down to 1.
fn collatz_steps(mut n: u64) -> u64 {
    let mut steps = 0;
    while n != 1 {
        n = if n.is_multiple_of(2) {
            n / 2
        } else {
            3 * n + 1
        };
        steps += 1;
    }
    steps
}

fn collatz_sequential(limit: u64) -> u64 {
    (1..=limit).map(collatz_steps).sum()
}

fn collatz_parallel(limit: u64) -> u64 {
    (1..=limit).into_par_iter().map(collatz_steps).sum()
}

fn sum_sequential(xs: &[u64]) -> u64 {
    xs.iter().sum()
}

fn sum_parallel(xs: &[u64]) -> u64 {
    xs.par_iter().sum()
}

fn collatz(c: &mut Criterion) {
    let limit = 100_000;
    assert_eq!(collatz_sequential(limit), collatz_parallel(limit));

    let mut group = c.benchmark_group("collatz");
    group.sample_size(20);
    group.throughput(Throughput::Elements(limit));
    group.bench_with_input(
        BenchmarkId::new("sequential", limit),
        &limit,
        |b, &limit| b.iter(|| collatz_sequential(black_box(limit))),
    );
    group.bench_with_input(BenchmarkId::new("parallel", limit), &limit, |b, &limit| {
        b.iter(|| collatz_parallel(black_box(limit)))
    });
    group.finish();
}

fn sum(c: &mut Criterion) {
    let mut group = c.benchmark_group("sum");
    group.sample_size(20);
    for len in [1_000, 100_000, 10_000_000] {
        let xs: Vec<u64> = (0..len as u64).map(|i| i % 1_000).collect();
        assert_eq!(sum_sequential(&xs), sum_parallel(&xs));

        group.throughput(Throughput::Elements(len as u64));
        group.bench_with_input(BenchmarkId::new("sequential", len), &xs, |b, xs| {
            b.iter(|| sum_sequential(black_box(xs)))
        });
        group.bench_with_input(BenchmarkId::new("parallel", len), &xs, |b, xs| {
            b.iter(|| sum_parallel(black_box(xs)))
        });
    }
    group.finish();
}

criterion_group!(benches, collatz, sum);
criterion_main!(benches);
