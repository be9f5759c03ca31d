//! The benchmark behind the table in "Constant-time comparison" (Part XI).
//!
//! A secret (`expected`) is compared with a guess that differs from it in
//! its first byte, in its last byte, or not at all, three ways:
//!
//! - `std_eq`: `==` on byte slices (a `memcmp` that stops at the first
//!   difference);
//! - `early_exit_loop`: the same, written as a byte loop that returns at
//!   the first difference, as a hand-written check often is;
//! - `subtle_ct_eq`: `subtle::ConstantTimeEq::ct_eq`, which reads every
//!   byte whatever the inputs.
//!
//! The time of the first two depends on where the first difference is,
//! which is what a timing attack measures. The chapter's table comes from
//! `cargo bench -p course-benches --bench constant_time -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use subtle::ConstantTimeEq;

fn early_exit_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return false;
        }
    }
    true
}

fn compare(c: &mut Criterion) {
    for len in [32usize, 1024] {
        let expected: Vec<u8> = (0..len).map(|i| (i * 7 + 3) as u8).collect();
        let mut first = expected.clone();
        first[0] ^= 1;
        let mut last = expected.clone();
        last[len - 1] ^= 1;
        let equal = expected.clone();
        let mut group = c.benchmark_group(format!("compare_{len}_bytes"));
        for (name, guess) in [
            ("first_differs", &first),
            ("last_differs", &last),
            ("equal", &equal),
        ] {
            group.bench_with_input(BenchmarkId::new("std_eq", name), guess, |b, guess| {
                b.iter(|| black_box(&expected[..]) == black_box(&guess[..]))
            });
            group.bench_with_input(
                BenchmarkId::new("early_exit_loop", name),
                guess,
                |b, guess| b.iter(|| early_exit_eq(black_box(&expected), black_box(guess))),
            );
            group.bench_with_input(BenchmarkId::new("subtle_ct_eq", name), guess, |b, guess| {
                b.iter(|| bool::from(black_box(&expected[..]).ct_eq(black_box(&guess[..]))))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, compare);
criterion_main!(benches);
