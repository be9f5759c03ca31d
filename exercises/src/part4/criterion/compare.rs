//! Two functions add up a line of comma-separated numbers: `sum_split`
//! with `split` and `parse`, `sum_digits` with a hand-written loop over the
//! bytes. Which is faster, and by how much per byte? Write the benchmark
//! that answers it, as you would in `benches/`: the function
//! `compare_sums`, which a `criterion_group!` would list as a target.
//!
//! It must define one benchmark group named `sum_csv`, and in it, for each
//! of the sizes in `SIZES` (numbers per line):
//!
//! - the input `line(n)`, built once, outside the measured closure;
//! - the group's throughput in bytes of that input
//!   (`Throughput::Bytes`), so that the report reads in GiB/s and the two
//!   sizes can be compared;
//! - two benchmarks, `BenchmarkId::new("split", n)` and
//!   `BenchmarkId::new("digits", n)`, each timing its function on the
//!   input, with the input (and the result) passed through
//!   `std::hint::black_box` so the optimizer cannot precompute or discard
//!   them.
//!
//! The tests run `compare_sums` with a `Criterion` set to measure for a
//! few milliseconds, into a temporary folder, and read what criterion
//! recorded there: the group, the benchmark names, the sizes and the
//! throughput. They never look at the times.

use criterion::Criterion;

/// The sizes to measure: numbers per line.
pub const SIZES: [usize; 2] = [100, 10_000];

/// A line of `n` comma-separated numbers, the same for the same `n`.
pub fn line(n: usize) -> String {
    let mut x: u64 = 0x2545_f491;
    let numbers: Vec<String> = (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 1_000_000).to_string()
        })
        .collect();
    numbers.join(",")
}

/// The sum of the numbers of `line`, with `split` and `parse`.
pub fn sum_split(line: &str) -> u64 {
    line.split(',')
        .filter(|field| !field.is_empty())
        .map(|field| field.parse::<u64>().expect("a number"))
        .sum()
}

/// The sum of the numbers of `line`, one byte at a time.
pub fn sum_digits(line: &str) -> u64 {
    let (mut total, mut current) = (0u64, 0u64);
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

/// The benchmark group `sum_csv`: `split` against `digits` for each size.
pub fn compare_sums(c: &mut Criterion) {
    todo!(
        "benchmark sum_split and sum_digits on {SIZES:?} numbers ({:p})",
        c
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/criterion/compare.rs"]
mod tests;
