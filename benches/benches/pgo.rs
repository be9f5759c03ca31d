//! The benchmark of Part IV, chapter 4 ("Profile-guided optimization"):
//! the stack-machine interpreter of `course_benches::vm` counting the primes
//! below 5,000.
//!
//! Run as it is, it measures the ordinary release build. `scripts/pgo.sh`
//! runs it twice more: built with `-Cprofile-generate` for nothing but
//! the training binary (`pgo-train`, which runs *other* programs), and then
//! built with `-Cprofile-use` and the merged profile. The chapter's table
//! compares the ordinary and the profile-optimized run.

use std::hint::black_box;

use course_benches::vm;
use criterion::{criterion_group, criterion_main, Criterion};

fn interpreter(c: &mut Criterion) {
    let program = vm::count_primes(5_000, 50);
    let (count, printed) = vm::run(&program).expect("a valid program");
    assert_eq!(count, 669, "there are 669 primes below 5,000");
    assert_eq!(printed.lines().count(), 13);
    let mut group = c.benchmark_group("pgo");
    group.bench_function("primes_below_5000", |b| {
        b.iter(|| vm::run(black_box(&program)))
    });
    group.finish();
}

criterion_group!(benches, interpreter);
criterion_main!(benches);
