//! The numbers behind Part IV, chapter 7 ("Vectorization strategies").
//!
//! Group `dot_u32`: the wrapping dot product of the first `n` elements of
//! two `u32` slices, three ways:
//!
//! - `checked`: `for i in 0..n { x[i] * y[i] }`, where `n` is a separate
//!   argument, so the indexing keeps its bounds checks. rustc 1.95
//!   vectorizes it anyway: it runs the SIMD loop up to the smaller of `n`
//!   and the two lengths, and leaves the checks to a scalar loop after it;
//! - `hoisted`: the same loop after `assert!(n <= x.len() && n <= y.len())`;
//! - `zip`: `x[..n].iter().zip(&y[..n])`, which has no indices at all.
//!
//! Group `correlate_i32`: `sum(x[i] * k[n - 1 - i])`, the kernel read
//! backwards, as in a convolution. Here the checked loop stays scalar:
//!
//! - `checked`: the index loop; `k[n - 1 - i]` keeps a bounds check per
//!   element and rustc 1.95 does not vectorize the loop;
//! - `asserted`: the same after `assert!(k.len() >= n)`, which is *not*
//!   enough: the check stays and so does the scalar loop;
//! - `resliced`: the same after `let k = &k[..n]`: now the optimizer knows
//!   `k.len() == n`, drops the check and vectorizes;
//! - `zip_rev`: `x.iter().zip(k[..n].iter().rev())`.
//!
//! Group `sum_f32`: one float accumulator (`iter().sum()`, a chain of
//! dependent additions the compiler must keep in order) against eight
//! accumulators over `as_chunks::<8>()`, which it vectorizes.
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
    let (chunks, tail) = xs.as_chunks::<8>();
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
    let (chunks, tail) = bytes.as_chunks::<16>();
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

#[allow(clippy::needless_range_loop)]
#[inline(never)]
fn correlate_checked(x: &[i32], k: &[i32]) -> i32 {
    let n = x.len();
    let mut total = 0i32;
    for i in 0..n {
        total = total.wrapping_add(x[i].wrapping_mul(k[n - 1 - i]));
    }
    total
}

#[allow(clippy::needless_range_loop)]
#[inline(never)]
fn correlate_asserted(x: &[i32], k: &[i32]) -> i32 {
    let n = x.len();
    assert!(k.len() >= n);
    let mut total = 0i32;
    for i in 0..n {
        total = total.wrapping_add(x[i].wrapping_mul(k[n - 1 - i]));
    }
    total
}

#[allow(clippy::needless_range_loop)]
#[inline(never)]
fn correlate_resliced(x: &[i32], k: &[i32]) -> i32 {
    let n = x.len();
    let k = &k[..n];
    let mut total = 0i32;
    for i in 0..n {
        total = total.wrapping_add(x[i].wrapping_mul(k[n - 1 - i]));
    }
    total
}

#[inline(never)]
fn correlate_zip_rev(x: &[i32], k: &[i32]) -> i32 {
    x.iter()
        .zip(k[..x.len()].iter().rev())
        .fold(0i32, |total, (a, b)| total.wrapping_add(a.wrapping_mul(*b)))
}

fn correlate_i32(c: &mut Criterion) {
    let mut group = c.benchmark_group("correlate_i32");
    for n in [4_096usize, 1 << 20] {
        let x: Vec<i32> = (0..n as i32)
            .map(|i| i.wrapping_mul(-1_640_531_535))
            .collect();
        let k: Vec<i32> = (0..n as i32).map(|i| i ^ 0x5555).collect();
        let expected = correlate_checked(&x, &k);
        assert_eq!(correlate_asserted(&x, &k), expected);
        assert_eq!(correlate_resliced(&x, &k), expected);
        assert_eq!(correlate_zip_rev(&x, &k), expected);
        group.throughput(Throughput::Bytes((n * 8) as u64));
        group.bench_with_input(BenchmarkId::new("checked", n), &n, |b, _| {
            b.iter(|| correlate_checked(black_box(&x), black_box(&k)))
        });
        group.bench_with_input(BenchmarkId::new("asserted", n), &n, |b, _| {
            b.iter(|| correlate_asserted(black_box(&x), black_box(&k)))
        });
        group.bench_with_input(BenchmarkId::new("resliced", n), &n, |b, _| {
            b.iter(|| correlate_resliced(black_box(&x), black_box(&k)))
        });
        group.bench_with_input(BenchmarkId::new("zip_rev", n), &n, |b, _| {
            b.iter(|| correlate_zip_rev(black_box(&x), black_box(&k)))
        });
    }
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

criterion_group!(benches, correlate_i32, dot_u32, sum_f32, all_ascii);
criterion_main!(benches);
