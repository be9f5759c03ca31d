//! The number behind Part IV, chapter 1 ("Zero-cost abstractions in
//! practice"), section on `#[inline]`: the same iterator chain over 10,000
//! `u32`, once with a small helper the optimizer may inline, once with the
//! same helper marked `#[inline(never)]`. The call itself is cheap; what
//! it costs is that a loop with a call in it cannot be vectorized.
//!
//! `cargo bench -p course-benches --bench inlining -- --warm-up-time 2 --measurement-time 5`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[inline]
fn mix_inline(x: u32) -> u32 {
    x.wrapping_mul(0x9E37_79B9) ^ (x >> 7)
}

#[inline(never)]
fn mix_never(x: u32) -> u32 {
    x.wrapping_mul(0x9E37_79B9) ^ (x >> 7)
}

fn sum_inline(xs: &[u32]) -> u32 {
    xs.iter().fold(0, |acc, &x| acc.wrapping_add(mix_inline(x)))
}

fn sum_never(xs: &[u32]) -> u32 {
    xs.iter().fold(0, |acc, &x| acc.wrapping_add(mix_never(x)))
}

fn inlining(c: &mut Criterion) {
    let xs: Vec<u32> = (0..10_000).collect();
    assert_eq!(sum_inline(&xs), sum_never(&xs));
    let mut group = c.benchmark_group("inlining");
    group.throughput(Throughput::Elements(xs.len() as u64));
    group.bench_function("inlined", |b| b.iter(|| sum_inline(black_box(&xs))));
    group.bench_function("inline_never", |b| b.iter(|| sum_never(black_box(&xs))));
    group.finish();
}

criterion_group!(benches, inlining);
criterion_main!(benches);
