//! The benchmark behind the table in "Use SIMD for data-parallel work"
//! (Part X).
//!
//! The root mean square of 64 Ki audio samples (`f32`), three ways:
//!
//! - `one_chain`: `xs.iter().map(|x| x * x).sum()`, one chain of dependent
//!   float additions, which the compiler may not reorder: one sample per
//!   step;
//! - `eight_lanes`: eight partial sums over `as_chunks::<8>()`, which the
//!   compiler turns into packed multiplies and additions by itself (the
//!   exercise `perf-simd-rms`);
//! - `wide_f32x8`: the same with the `wide` crate's portable `f32x8` and
//!   two accumulators, written out by hand.
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench simd_rms -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn one_chain(xs: &[f32]) -> f32 {
    if xs.is_empty() {
        return 0.0;
    }
    let squares: f32 = xs.iter().map(|x| x * x).sum();
    (squares / xs.len() as f32).sqrt()
}

fn eight_lanes(xs: &[f32]) -> f32 {
    if xs.is_empty() {
        return 0.0;
    }
    let (chunks, tail) = xs.as_chunks::<8>();
    let mut lanes = [0.0f32; 8];
    for chunk in chunks {
        for (lane, &x) in lanes.iter_mut().zip(chunk) {
            *lane += x * x;
        }
    }
    let squares = lanes.iter().sum::<f32>() + tail.iter().map(|x| x * x).sum::<f32>();
    (squares / xs.len() as f32).sqrt()
}

fn wide_f32x8(xs: &[f32]) -> f32 {
    use wide::f32x8;
    if xs.is_empty() {
        return 0.0;
    }
    let (pairs, rest) = xs.as_chunks::<16>();
    let mut acc = [f32x8::ZERO; 2];
    for pair in pairs {
        let (a, b) = pair.split_at(8);
        let a = f32x8::new(a.try_into().expect("8 of 16"));
        let b = f32x8::new(b.try_into().expect("8 of 16"));
        acc[0] += a * a;
        acc[1] += b * b;
    }
    let squares = (acc[0] + acc[1]).reduce_add() + rest.iter().map(|x| x * x).sum::<f32>();
    (squares / xs.len() as f32).sqrt()
}

fn rms(c: &mut Criterion) {
    let samples: Vec<f32> = (0..64 * 1024)
        .map(|i| ((i * 7919) % 2001) as f32 / 1000.0 - 1.0)
        .collect();
    let expected = one_chain(&samples);
    for f in [eight_lanes, wide_f32x8] {
        let got = f(&samples);
        assert!(
            (got - expected).abs() <= 1e-4 * expected,
            "{got} vs {expected}"
        );
    }
    let mut group = c.benchmark_group("rms_64k_samples");
    group.throughput(Throughput::Bytes(std::mem::size_of_val(&samples[..]) as u64));
    group.bench_function("one_chain", |b| b.iter(|| one_chain(black_box(&samples))));
    group.bench_function("eight_lanes", |b| {
        b.iter(|| eight_lanes(black_box(&samples)))
    });
    group.bench_function("wide_f32x8", |b| b.iter(|| wide_f32x8(black_box(&samples))));
    group.finish();
}

criterion_group!(benches, rms);
criterion_main!(benches);
