//! The numbers behind Part IV, chapter 6 ("Memory-layout optimization"):
//! summing one field of 4 Mi records, where only the size of the records
//! changes.
//!
//! - `padded_24`: `#[repr(C)] { flag: u8, value: u64, kind: u8 }`, 24 bytes
//!   (7 + 7 bytes of padding); `reordered_16`: the same fields in the order
//!   `value, flag, kind`, 16 bytes;
//! - `option_u32`: `Option<u32>`, 8 bytes; `option_nonzero_u32`:
//!   `Option<NonZeroU32>`, 4 bytes.
//!
//! `cargo bench -p course-benches --bench layout -- --warm-up-time 2 --measurement-time 5`.

use std::hint::black_box;
use std::num::NonZeroU32;

use criterion::{criterion_group, criterion_main, Criterion};

#[repr(C)]
#[derive(Clone, Copy)]
struct Padded {
    flag: u8,
    value: u64,
    kind: u8,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Reordered {
    value: u64,
    flag: u8,
    kind: u8,
}

const N: usize = 4 << 20;

fn records(c: &mut Criterion) {
    assert_eq!(std::mem::size_of::<Padded>(), 24);
    assert_eq!(std::mem::size_of::<Reordered>(), 16);
    let padded: Vec<Padded> = (0..N as u64)
        .map(|i| Padded {
            flag: i as u8,
            value: i,
            kind: 1,
        })
        .collect();
    let reordered: Vec<Reordered> = (0..N as u64)
        .map(|i| Reordered {
            value: i,
            flag: i as u8,
            kind: 1,
        })
        .collect();
    let mut group = c.benchmark_group("records");
    group.bench_function("padded_24", |b| {
        b.iter(|| black_box(&padded).iter().map(|r| r.value).sum::<u64>())
    });
    group.bench_function("reordered_16", |b| {
        b.iter(|| black_box(&reordered).iter().map(|r| r.value).sum::<u64>())
    });
    group.finish();
}

fn options(c: &mut Criterion) {
    assert_eq!(std::mem::size_of::<Option<u32>>(), 8);
    assert_eq!(std::mem::size_of::<Option<NonZeroU32>>(), 4);
    let plain: Vec<Option<u32>> = (0..N as u32).map(|i| (i % 8 != 0).then_some(i)).collect();
    let nonzero: Vec<Option<NonZeroU32>> = (0..N as u32)
        .map(|i| if i % 8 != 0 { NonZeroU32::new(i) } else { None })
        .collect();
    let mut group = c.benchmark_group("options");
    group.bench_function("option_u32", |b| {
        b.iter(|| {
            black_box(&plain)
                .iter()
                .flatten()
                .map(|&v| u64::from(v))
                .sum::<u64>()
        })
    });
    group.bench_function("option_nonzero_u32", |b| {
        b.iter(|| {
            black_box(&nonzero)
                .iter()
                .flatten()
                .map(|v| u64::from(v.get()))
                .sum::<u64>()
        })
    });
    group.finish();
}

criterion_group!(benches, records, options);
criterion_main!(benches);
