//! The benchmark behind the table in "Compute at compile time" (Part X).
//!
//! The CRC-32 of a 64-byte message, two ways:
//!
//! - `table_per_call`: the 256-entry table is computed at run time on
//!   every call, then used;
//! - `const_table`: the table is a `const`, computed by the compiler.
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench compile_time_table -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

const POLY: u32 = 0xEDB8_8320;

const fn crc32_table(poly: u32) -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut crc = n as u32;
        let mut round = 0;
        while round < 8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ poly
            } else {
                crc >> 1
            };
            round += 1;
        }
        table[n] = crc;
        n += 1;
    }
    table
}

const TABLE: [u32; 256] = crc32_table(POLY);

fn crc32_with(table: &[u32; 256], data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFF_u32;
    for &byte in data {
        crc = table[((crc ^ u32::from(byte)) & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

fn crc(c: &mut Criterion) {
    let message = [0x5Au8; 64];
    let mut group = c.benchmark_group("crc32_of_64_bytes");
    group.bench_function("table_per_call", |b| {
        b.iter(|| {
            // A polynomial the optimizer cannot see, so that the table is
            // really computed at run time on every call.
            let table = crc32_table(black_box(POLY));
            crc32_with(&table, black_box(&message))
        })
    });
    group.bench_function("const_table", |b| {
        b.iter(|| crc32_with(&TABLE, black_box(&message)))
    });
    group.finish();
}

criterion_group!(benches, crc);
criterion_main!(benches);
