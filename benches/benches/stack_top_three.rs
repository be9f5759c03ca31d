//! The benchmark behind the table in "Prefer the stack to the heap" (Part X).
//!
//! The three largest of 10,000 `u32`s, two ways:
//!
//! - `heap_sorted_vec`: copy into a `Vec`, sort it, take three (one
//!   allocation of 40 KB per call);
//! - `stack_array`: one pass keeping the top three in a `[Option<u32>; 3]`
//!   on the stack (no allocation).
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench stack_top_three -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

fn heap_sorted_vec(values: &[u32]) -> [Option<u32>; 3] {
    let mut sorted = values.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    [
        sorted.first().copied(),
        sorted.get(1).copied(),
        sorted.get(2).copied(),
    ]
}

fn stack_array(values: &[u32]) -> [Option<u32>; 3] {
    let mut top = [None; 3];
    for &value in values {
        let mut carried = Some(value);
        for slot in &mut top {
            if carried > *slot {
                std::mem::swap(slot, &mut carried);
            }
        }
    }
    top
}

fn top_three(c: &mut Criterion) {
    let values: Vec<u32> = (0..10_000u32)
        .map(|i| i.wrapping_mul(2_654_435_761) % 100_000)
        .collect();
    assert_eq!(heap_sorted_vec(&values), stack_array(&values));
    let mut group = c.benchmark_group("top_three_of_10000");
    group.bench_function("heap_sorted_vec", |b| {
        b.iter(|| heap_sorted_vec(black_box(&values)))
    });
    group.bench_function("stack_array", |b| {
        b.iter(|| stack_array(black_box(&values)))
    });
    group.finish();
}

criterion_group!(benches, top_three);
criterion_main!(benches);
