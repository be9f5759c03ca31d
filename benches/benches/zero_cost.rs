//! The benchmark behind the table in "Zero-cost abstractions" (Part II).
//!
//! One computation, the sum of the squares of a slice of `u32` (widened to
//! `u64`), written four ways:
//!
//! - `iterator`: an iterator chain, `iter().map(..).sum()`;
//! - `index_loop`: a hand-written loop over `0..xs.len()` with `xs[i]`;
//! - `index_loop_unknown_bound`: the same loop, but the bound is a separate
//!   argument `n` that the optimizer cannot relate to the slice's length.
//!   rustc 1.95 still removes the check from the loop: it compares `n - 1`
//!   with the length once, before the first iteration, and panics there if
//!   the loop would run past the end (the chapter says so; check with
//!   `--emit asm` after a compiler upgrade);
//! - `dyn_fn_per_element`: the iterator chain again, but the squaring is a
//!   `&dyn Fn(u32) -> u64` called once per element.
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench zero_cost -- --warm-up-time 2 --measurement-time 5`,
//! and its debug-build comparison from the same command with `--profile dev`
//! (before the `--`) and the filter `'sum_of_squares/(iterator|index_loop)/10000$'`
//! (after it).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn sum_squares_iterator(xs: &[u32]) -> u64 {
    xs.iter().map(|&x| u64::from(x) * u64::from(x)).sum()
}

// The index loops are written by hand on purpose; they are what the iterator
// chain is compared with.
#[allow(clippy::needless_range_loop)]
fn sum_squares_index_loop(xs: &[u32]) -> u64 {
    let mut total = 0;
    for i in 0..xs.len() {
        let x = u64::from(xs[i]);
        total += x * x;
    }
    total
}

#[allow(clippy::needless_range_loop)]
fn sum_squares_index_loop_unknown_bound(xs: &[u32], n: usize) -> u64 {
    let mut total = 0;
    for i in 0..n {
        let x = u64::from(xs[i]);
        total += x * x;
    }
    total
}

fn sum_squares_dyn(xs: &[u32], square: &dyn Fn(u32) -> u64) -> u64 {
    xs.iter().map(|&x| square(x)).sum()
}

fn square(x: u32) -> u64 {
    u64::from(x) * u64::from(x)
}

fn input(len: usize) -> Vec<u32> {
    // Deterministic values below 1000, so the sum cannot overflow a `u64`.
    (0..len as u32).map(|i| (i * 7 + 3) % 1000).collect()
}

fn sum_of_squares(c: &mut Criterion) {
    let mut group = c.benchmark_group("sum_of_squares");
    for len in [10_000, 1_000_000] {
        let xs = input(len);
        let expected = sum_squares_iterator(&xs);
        assert_eq!(sum_squares_index_loop(&xs), expected);
        assert_eq!(
            sum_squares_index_loop_unknown_bound(&xs, xs.len()),
            expected
        );
        assert_eq!(sum_squares_dyn(&xs, &square), expected);

        group.throughput(Throughput::Elements(len as u64));
        group.bench_with_input(BenchmarkId::new("iterator", len), &xs, |b, xs| {
            b.iter(|| sum_squares_iterator(black_box(xs)))
        });
        group.bench_with_input(BenchmarkId::new("index_loop", len), &xs, |b, xs| {
            b.iter(|| sum_squares_index_loop(black_box(xs)))
        });
        group.bench_with_input(
            BenchmarkId::new("index_loop_unknown_bound", len),
            &xs,
            |b, xs| b.iter(|| sum_squares_index_loop_unknown_bound(black_box(xs), black_box(len))),
        );
        group.bench_with_input(BenchmarkId::new("dyn_fn_per_element", len), &xs, |b, xs| {
            // `black_box` hides which closure this is, as it would be hidden
            // in a program that picks it at run time.
            let f: &dyn Fn(u32) -> u64 = black_box(&square);
            b.iter(|| sum_squares_dyn(black_box(xs), f))
        });
    }
    group.finish();
}

criterion_group!(benches, sum_of_squares);
criterion_main!(benches);
