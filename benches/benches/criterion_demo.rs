//! The example benchmark of Part IV, chapter 5 ("Benchmarking with
//! criterion"), which the chapter builds up step by step: two ways to add
//! up a line of comma-separated numbers, compared in one group, at three
//! input sizes, with the throughput in bytes.
//!
//! `cargo bench -p course-benches --bench criterion_demo -- --warm-up-time 2 --measurement-time 5`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

/// Splits on `,` and parses each field with `str::parse`.
fn sum_split(line: &str) -> u64 {
    line.split(',')
        .filter_map(|field| field.parse::<u64>().ok())
        .sum()
}

/// Walks the bytes once, building each number digit by digit.
fn sum_bytes(line: &str) -> u64 {
    let mut total = 0;
    let mut current = 0u64;
    for &b in line.as_bytes() {
        if b == b',' {
            total += current;
            current = 0;
        } else {
            current = current * 10 + u64::from(b - b'0');
        }
    }
    total + current
}

fn make_line(numbers: usize) -> String {
    (0..numbers)
        .map(|i| (i * 7919 % 100_000).to_string())
        .collect::<Vec<_>>()
        .join(",")
}

fn parse_sum(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_sum");
    for numbers in [16, 1_024, 65_536] {
        let line = make_line(numbers);
        assert_eq!(sum_split(&line), sum_bytes(&line));
        group.throughput(Throughput::Bytes(line.len() as u64));
        group.bench_with_input(BenchmarkId::new("split", numbers), &line, |b, line| {
            b.iter(|| sum_split(black_box(line)))
        });
        group.bench_with_input(BenchmarkId::new("bytes", numbers), &line, |b, line| {
            b.iter(|| sum_bytes(black_box(line)))
        });
    }
    group.finish();
}

criterion_group!(benches, parse_sum);
criterion_main!(benches);
