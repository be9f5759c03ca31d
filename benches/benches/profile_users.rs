//! The benchmark behind the table in "Profile before optimizing" (Part X):
//! counting the distinct users of a 200,000-line access log (5,000 users),
//! before (`vec_contains`) and after (`hash_set`) the fix the profile
//! pointed to.
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench profile_users -- --warm-up-time 1 --measurement-time 5`.

use std::hint::black_box;

use course_benches::access_log::{distinct_users, distinct_users_slow, generate};
use criterion::{criterion_group, criterion_main, Criterion};

fn users(c: &mut Criterion) {
    let log = generate(200_000, 5_000);
    assert_eq!(distinct_users_slow(&log), distinct_users(&log));
    let mut group = c.benchmark_group("distinct_users_200k_lines");
    group.sample_size(10);
    group.bench_function("vec_contains", |b| {
        b.iter(|| distinct_users_slow(black_box(&log)))
    });
    group.bench_function("hash_set", |b| b.iter(|| distinct_users(black_box(&log))));
    group.finish();
}

criterion_group!(benches, users);
criterion_main!(benches);
