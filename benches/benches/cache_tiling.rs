//! The numbers behind Part IV, chapter 8 ("Cache optimization").
//!
//! - `transpose`: an `n × n` matrix of `u32`, row-major, copied transposed
//!   into another. `naive` reads rows and writes columns, so every write
//!   lands on a different cache line; `tiled_T` walks `T × T` tiles, so the
//!   `T` lines of the destination a tile writes stay in the cache while the
//!   tile is written. `n = 4096` (64 MiB per matrix, far more than the 2 MiB
//!   L2 of a core) also has a power-of-two row length, so the lines of one
//!   column fall into the same few cache sets; `n = 4000` has the same size
//!   without that effect.
//! - `histogram`: two threads each count the bytes of their half of a 4 MiB
//!   buffer into 4 buckets (`byte % 4`), each into a histogram of its own.
//!   `adjacent`: the two histograms (`[u64; 4]`, 32 bytes) side by side, in
//!   one 64-byte-aligned struct, so on one cache line; `cache_padded`: each in a
//!   `crossbeam_utils::CachePadded`; `local`: each thread counts in a local
//!   array and writes its histogram once at the end.
//! - `search`: 1,024 lookups in a sorted array of 4 Mi `u32` (16 MiB):
//!   `binary_search` on the sorted order against a search over the same
//!   values in Eytzinger (breadth-first) order, where the next probes of a
//!   search sit next to each other in memory and can be prefetched.
//!
//! `cargo bench -p course-benches --bench cache_tiling -- --warm-up-time 2 --measurement-time 5`.

use std::hint::black_box;
use std::thread;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use crossbeam_utils::CachePadded;

fn transpose_naive(src: &[u32], dst: &mut [u32], n: usize) {
    for r in 0..n {
        for c in 0..n {
            dst[c * n + r] = src[r * n + c];
        }
    }
}

fn transpose_tiled(src: &[u32], dst: &mut [u32], n: usize, tile: usize) {
    for r0 in (0..n).step_by(tile) {
        for c0 in (0..n).step_by(tile) {
            for r in r0..(r0 + tile).min(n) {
                for c in c0..(c0 + tile).min(n) {
                    dst[c * n + r] = src[r * n + c];
                }
            }
        }
    }
}

fn transpose(c: &mut Criterion) {
    let mut group = c.benchmark_group("transpose");
    group.sample_size(10);
    for n in [4_000usize, 4_096] {
        let src: Vec<u32> = (0..(n * n) as u32).collect();
        let mut expected = vec![0; n * n];
        transpose_naive(&src, &mut expected, n);
        let mut dst = vec![0; n * n];
        transpose_tiled(&src, &mut dst, n, 16);
        assert!(
            dst == expected,
            "tiled transpose differs from the naive one"
        );
        group.bench_with_input(BenchmarkId::new("naive", n), &n, |b, &n| {
            b.iter(|| transpose_naive(black_box(&src), black_box(&mut dst), n))
        });
        for tile in [8, 16, 32, 64] {
            let name = format!("tiled_{tile}");
            group.bench_with_input(BenchmarkId::new(name, n), &n, |b, &n| {
                b.iter(|| transpose_tiled(black_box(&src), black_box(&mut dst), n, tile))
            });
        }
    }
    group.finish();
}

/// Two histograms on one 64-byte cache line.
#[repr(C, align(64))]
struct OneLine([[u64; 4]; 2]);

/// Counts `data` into `counts` directly, one memory update per byte.
fn count_into(data: &[u8], counts: &mut [u64; 4]) {
    for &b in data {
        counts[usize::from(b % 4)] += 1;
    }
}

fn histogram(c: &mut Criterion) {
    let data: Vec<u8> = (0..4u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect();
    let (left, right) = data.split_at(data.len() / 2);
    let mut group = c.benchmark_group("histogram");
    group.sample_size(20);
    group.bench_function("adjacent", |b| {
        b.iter(|| {
            let mut line = Box::new(OneLine([[0u64; 4]; 2]));
            let (h0, h1) = line.0.split_at_mut(1);
            thread::scope(|s| {
                s.spawn(|| count_into(black_box(left), &mut h0[0]));
                s.spawn(|| count_into(black_box(right), &mut h1[0]));
            });
            line
        })
    });
    group.bench_function("cache_padded", |b| {
        b.iter(|| {
            let mut hists = vec![CachePadded::new([0u64; 4]); 2];
            let (h0, h1) = hists.split_at_mut(1);
            thread::scope(|s| {
                s.spawn(|| count_into(black_box(left), &mut h0[0]));
                s.spawn(|| count_into(black_box(right), &mut h1[0]));
            });
            hists
        })
    });
    group.bench_function("local", |b| {
        b.iter(|| {
            let mut hists = vec![[0u64; 4]; 2];
            let (h0, h1) = hists.split_at_mut(1);
            thread::scope(|s| {
                s.spawn(|| {
                    let mut local = [0u64; 4];
                    count_into(black_box(left), &mut local);
                    h0[0] = local;
                });
                s.spawn(|| {
                    let mut local = [0u64; 4];
                    count_into(black_box(right), &mut local);
                    h1[0] = local;
                });
            });
            hists
        })
    });
    group.finish();
}

/// `sorted` in Eytzinger order: the root first, then each level of the
/// implicit binary search tree (children of `k` at `2k + 1` and `2k + 2`).
fn eytzinger(sorted: &[u32]) -> Vec<u32> {
    fn fill(sorted: &[u32], out: &mut [u32], next: &mut usize, k: usize) {
        if k < out.len() {
            fill(sorted, out, next, 2 * k + 1);
            out[k] = sorted[*next];
            *next += 1;
            fill(sorted, out, next, 2 * k + 2);
        }
    }
    let mut out = vec![0; sorted.len()];
    fill(sorted, &mut out, &mut 0, 0);
    out
}

/// Whether `x` is in the Eytzinger-ordered `tree`.
fn eytzinger_contains(tree: &[u32], x: u32) -> bool {
    let mut k = 0;
    while k < tree.len() {
        let v = tree[k];
        if v == x {
            return true;
        }
        k = 2 * k + 1 + usize::from(v < x);
    }
    false
}

fn search(c: &mut Criterion) {
    let n = 1usize << 22;
    let sorted: Vec<u32> = (0..n as u32).map(|i| i * 2).collect();
    let tree = eytzinger(&sorted);
    let queries: Vec<u32> = (0..1024u32)
        .map(|i| i.wrapping_mul(2_654_435_761) % (2 * n as u32))
        .collect();
    for &q in &queries {
        assert_eq!(
            sorted.binary_search(&q).is_ok(),
            eytzinger_contains(&tree, q)
        );
    }
    let mut group = c.benchmark_group("search");
    group.bench_function("binary_search", |b| {
        b.iter(|| {
            queries
                .iter()
                .filter(|&&q| black_box(&sorted).binary_search(&q).is_ok())
                .count()
        })
    });
    group.bench_function("eytzinger", |b| {
        b.iter(|| {
            queries
                .iter()
                .filter(|&&q| eytzinger_contains(black_box(&tree), q))
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, transpose, histogram, search);
criterion_main!(benches);
