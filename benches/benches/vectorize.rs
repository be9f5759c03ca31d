//! The numbers behind Part IV, chapter 7 ("Vectorization strategies").
//!
//! Group `dot_u32`: the wrapping dot product of the first `n` elements of
//! two `u32` slices, three ways:
//!
//! - `checked`: `for i in 0..n { x[i] * y[i] }`. `n` is a separate argument,
//!   so every `x[i]` and `y[i]` keeps its bounds check, and rustc 1.95
//!   compiles the loop to scalar code (one element per iteration);
//! - `hoisted`: the same loop after `assert!(n <= x.len() && n <= y.len())`,
//!   which lets the optimizer drop the checks and vectorize;
//! - `zip`: `x[..n].iter().zip(&y[..n])`, which has no indices at all.
//!
//! Group `sum_f32`: one float accumulator (`iter().sum()`, a chain of
//! dependent additions the compiler must keep in order) against eight
//! accumulators over `chunks_exact(8)`, which it vectorizes.
//!
//! Group `all_ascii`: whether 64 KiB of ASCII text has a byte of 128 or
//! more. `early_exit` returns at the first such byte, which rustc 1.95 does
//! not vectorize; `chunks_16` ORs 16 bytes together and tests the result
//! once per chunk, which it compiles to one SSE2 `pmovmskb` per chunk.
//!
//! `cargo bench -p course-benches --bench vectorize -- --warm-up-time 2 --measurement-time 5`.
//! The chapter also shows the assembly of `checked` and `hoisted`:
//! `cargo rustc -p course-benches --release --bench vectorize -- --emit asm`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

// The index loops are the point of the comparison.
#[allow(clippy::needless_range_loop)]
#[inline(never)]
fn dot_checked(n: usize, x: &[u32], y: &[u32]) -> u32 {
    let mut total = 0u32;
    for i in 0..n {
        total = total.wrapping_add(x[i].wrapping_mul(y[i]));
    }
    total
}

#[allow(clippy::needless_range_loop)]
#[inline(never)]
fn dot_hoisted(n: usize, x: &[u32], y: &[u32]) -> u32 {
    assert!(n <= x.len() && n <= y.len());
    let mut total = 0u32;
    for i in 0..n {
        total = total.wrapping_add(x[i].wrapping_mul(y[i]));
    }
    total
}

#[inline(never)]
fn dot_zip(n: usize, x: &[u32], y: &[u32]) -> u32 {
    x[..n]
        .iter()
        .zip(&y[..n])
        .fold(0u32, |total, (a, b)| total.wrapping_add(a.wrapping_mul(*b)))
}

#[inline(never)]
fn sum_one_accumulator(xs: &[f32]) -> f32 {
    xs.iter().sum()
}

#[inline(never)]
fn sum_eight_accumulators(xs: &[f32]) -> f32 {
    let mut lanes = [0.0f32; 8];
    let chunks = xs.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        for i in 0..8 {
            lanes[i] += chunk[i];
        }
    }
    lanes.iter().sum::<f32>() + tail.iter().sum::<f32>()
}

#[inline(never)]
fn all_ascii_early_exit(bytes: &[u8]) -> bool {
    for &b in bytes {
        if b >= 128 {
            return false;
        }
    }
    true
}

#[inline(never)]
fn all_ascii_chunks(bytes: &[u8]) -> bool {
    let chunks = bytes.chunks_exact(16);
    let tail = chunks.remainder();
    for chunk in chunks {
        if chunk.iter().fold(0, |acc, &b| acc | b) >= 128 {
            return false;
        }
    }
    tail.iter().all(|&b| b < 128)
}

fn all_ascii(c: &mut Criterion) {
    let text: Vec<u8> = (0..64 * 1024).map(|i| b'a' + (i % 26) as u8).collect();
    assert!(all_ascii_early_exit(&text) && all_ascii_chunks(&text));
    let mut group = c.benchmark_group("all_ascii");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("early_exit", |b| {
        b.iter(|| all_ascii_early_exit(black_box(&text)))
    });
    group.bench_function("chunks_16", |b| {
        b.iter(|| all_ascii_chunks(black_box(&text)))
    });
    group.finish();
}

fn dot_u32(c: &mut Criterion) {
    let mut group = c.benchmark_group("dot_u32");
    for n in [4_096usize, 1 << 20] {
        let x: Vec<u32> = (0..n as u32)
            .map(|i| i.wrapping_mul(2_654_435_761))
            .collect();
        let y: Vec<u32> = (0..n as u32).map(|i| i ^ 0x5555).collect();
        let expected = dot_checked(n, &x, &y);
        assert_eq!(dot_hoisted(n, &x, &y), expected);
        assert_eq!(dot_zip(n, &x, &y), expected);
        group.throughput(Throughput::Bytes((n * 8) as u64));
        group.bench_with_input(BenchmarkId::new("checked", n), &n, |b, &n| {
            b.iter(|| dot_checked(black_box(n), black_box(&x), black_box(&y)))
        });
        group.bench_with_input(BenchmarkId::new("hoisted", n), &n, |b, &n| {
            b.iter(|| dot_hoisted(black_box(n), black_box(&x), black_box(&y)))
        });
        group.bench_with_input(BenchmarkId::new("zip", n), &n, |b, &n| {
            b.iter(|| dot_zip(black_box(n), black_box(&x), black_box(&y)))
        });
    }
    group.finish();
}

fn sum_f32(c: &mut Criterion) {
    let mut group = c.benchmark_group("sum_f32");
    for n in [4_096usize, 1 << 20] {
        let xs: Vec<f32> = (0..n).map(|i| (i % 7) as f32).collect();
        assert_eq!(sum_one_accumulator(&xs), sum_eight_accumulators(&xs));
        group.throughput(Throughput::Bytes((n * 4) as u64));
        group.bench_with_input(BenchmarkId::new("one_accumulator", n), &xs, |b, xs| {
            b.iter(|| sum_one_accumulator(black_box(xs)))
        });
        group.bench_with_input(BenchmarkId::new("eight_accumulators", n), &xs, |b, xs| {
            b.iter(|| sum_eight_accumulators(black_box(xs)))
        });
    }
    group.finish();
}

criterion_group!(benches, dot_u32, sum_f32, all_ascii);
criterion_main!(benches);
