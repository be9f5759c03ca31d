//! The numbers behind Part IV, chapter 2 ("SIMD operations").
//!
//! Two groups:
//!
//! - `sum_f32`: the sum of a slice of `f32`, four ways. `scalar` is the plain
//!   loop (`for x in xs { total += x }`), which the compiler may not
//!   vectorize because reordering float additions changes the result;
//!   `avx2` uses `std::arch` intrinsics behind `is_x86_feature_detected!`,
//!   with four 8-lane accumulators; `wide` uses the `wide` crate's `f32x8`
//!   with four accumulators, compiled for the default x86-64 target (SSE2
//!   only, so each `f32x8` is two 4-lane halves); `lanes_autovec` is plain
//!   Rust with eight accumulators in an array, which the compiler turns into
//!   SSE2 code by itself (Part IV, chapter 7).
//! - `find_byte`: the position of the first `0xFF` in a buffer of zeros with
//!   the `0xFF` at the very end: `iter().position` against SSE2 (part of
//!   every x86-64 processor) and AVX2 (detected at run time).
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench simd -- --warm-up-time 2 --measurement-time 5`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn sum_scalar(xs: &[f32]) -> f32 {
    let mut total = 0.0;
    for &x in xs {
        total += x;
    }
    total
}

fn sum_lanes(xs: &[f32]) -> f32 {
    let mut lanes = [0.0f32; 8];
    let (chunks, tail) = xs.as_chunks::<8>();
    for chunk in chunks {
        for i in 0..8 {
            lanes[i] += chunk[i];
        }
    }
    lanes.iter().sum::<f32>() + tail.iter().sum::<f32>()
}

fn sum_wide(xs: &[f32]) -> f32 {
    use wide::f32x8;
    let mut acc = [f32x8::ZERO; 4];
    let (chunks, tail) = xs.as_chunks::<32>();
    for chunk in chunks {
        for (k, acc) in acc.iter_mut().enumerate() {
            let lanes: [f32; 8] = chunk[8 * k..8 * k + 8].try_into().unwrap();
            *acc += f32x8::new(lanes);
        }
    }
    ((acc[0] + acc[1]) + (acc[2] + acc[3])).reduce_add() + sum_scalar(tail)
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::x86_64::*;

    /// Four 8-lane accumulators: four independent chains of additions, so
    /// the processor can start a new one every cycle.
    #[target_feature(enable = "avx2")]
    pub fn sum_avx2(xs: &[f32]) -> f32 {
        let (chunks, tail) = xs.as_chunks::<32>();
        let mut acc = [_mm256_setzero_ps(); 4];
        for chunk in chunks {
            for (k, acc) in acc.iter_mut().enumerate() {
                // SAFETY: `chunk` has 32 elements, so `8 * k .. 8 * k + 8` is
                // in bounds; `loadu` accepts any alignment.
                let v = unsafe { _mm256_loadu_ps(chunk.as_ptr().add(8 * k)) };
                *acc = _mm256_add_ps(*acc, v);
            }
        }
        let acc = _mm256_add_ps(_mm256_add_ps(acc[0], acc[1]), _mm256_add_ps(acc[2], acc[3]));
        let mut lanes = [0.0f32; 8];
        // SAFETY: `lanes` has room for 8 floats.
        unsafe { _mm256_storeu_ps(lanes.as_mut_ptr(), acc) };
        lanes.iter().sum::<f32>() + super::sum_scalar(tail)
    }

    pub fn find_sse2(haystack: &[u8], needle: u8) -> Option<usize> {
        // SAFETY: every x86-64 processor has SSE2 (the x86_64 targets enable
        // it), so no run-time check is needed.
        unsafe { find_sse2_impl(haystack, needle) }
    }

    #[target_feature(enable = "sse2")]
    fn find_sse2_impl(haystack: &[u8], needle: u8) -> Option<usize> {
        let (chunks, tail) = haystack.as_chunks::<16>();
        let wanted = _mm_set1_epi8(needle as i8);
        for (i, chunk) in chunks.iter().enumerate() {
            // SAFETY: 16 readable bytes; `loadu` accepts any alignment.
            let bytes = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
            let mask = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, wanted));
            if mask != 0 {
                return Some(16 * i + mask.trailing_zeros() as usize);
            }
        }
        let start = haystack.len() - tail.len();
        tail.iter()
            .position(|&b| b == needle)
            .map(|pos| start + pos)
    }

    #[target_feature(enable = "avx2")]
    pub fn find_avx2(haystack: &[u8], needle: u8) -> Option<usize> {
        let (chunks, tail) = haystack.as_chunks::<32>();
        let wanted = _mm256_set1_epi8(needle as i8);
        for (i, chunk) in chunks.iter().enumerate() {
            // SAFETY: 32 readable bytes; `loadu` accepts any alignment.
            let bytes = unsafe { _mm256_loadu_si256(chunk.as_ptr().cast()) };
            let mask = _mm256_movemask_epi8(_mm256_cmpeq_epi8(bytes, wanted));
            if mask != 0 {
                return Some(32 * i + mask.trailing_zeros() as usize);
            }
        }
        let start = haystack.len() - tail.len();
        tail.iter()
            .position(|&b| b == needle)
            .map(|pos| start + pos)
    }
}

fn sum_f32(c: &mut Criterion) {
    let mut group = c.benchmark_group("sum_f32");
    for len in [4_096usize, 1 << 20] {
        // Small integers: every partial sum is exact, whatever the order.
        let xs: Vec<f32> = (0..len).map(|i| (i % 7) as f32).collect();
        let expected = sum_scalar(&xs);
        assert_eq!(sum_lanes(&xs), expected);
        assert_eq!(sum_wide(&xs), expected);
        group.throughput(Throughput::Bytes((len * 4) as u64));
        group.bench_with_input(BenchmarkId::new("scalar", len), &xs, |b, xs| {
            b.iter(|| sum_scalar(black_box(xs)))
        });
        #[cfg(target_arch = "x86_64")]
        if is_x86_feature_detected!("avx2") {
            // SAFETY: AVX2 was detected just above.
            assert_eq!(unsafe { x86::sum_avx2(&xs) }, expected);
            group.bench_with_input(BenchmarkId::new("avx2", len), &xs, |b, xs| {
                // SAFETY: AVX2 was detected.
                b.iter(|| unsafe { x86::sum_avx2(black_box(xs)) })
            });
        }
        group.bench_with_input(BenchmarkId::new("wide", len), &xs, |b, xs| {
            b.iter(|| sum_wide(black_box(xs)))
        });
        group.bench_with_input(BenchmarkId::new("lanes_autovec", len), &xs, |b, xs| {
            b.iter(|| sum_lanes(black_box(xs)))
        });
    }
    group.finish();
}

fn find_byte(c: &mut Criterion) {
    let mut group = c.benchmark_group("find_byte");
    let len = 64 * 1024;
    let mut haystack = vec![0u8; len];
    haystack[len - 1] = 0xFF;
    group.throughput(Throughput::Bytes(len as u64));
    group.bench_function("position", |b| {
        b.iter(|| black_box(&haystack).iter().position(|&x| x == 0xFF))
    });
    #[cfg(target_arch = "x86_64")]
    {
        assert_eq!(x86::find_sse2(&haystack, 0xFF), Some(len - 1));
        group.bench_function("sse2", |b| {
            b.iter(|| x86::find_sse2(black_box(&haystack), 0xFF))
        });
        if is_x86_feature_detected!("avx2") {
            // SAFETY: AVX2 was detected just above.
            assert_eq!(unsafe { x86::find_avx2(&haystack, 0xFF) }, Some(len - 1));
            group.bench_function("avx2", |b| {
                // SAFETY: AVX2 was detected.
                b.iter(|| unsafe { x86::find_avx2(black_box(&haystack), 0xFF) })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, sum_f32, find_byte);
criterion_main!(benches);
