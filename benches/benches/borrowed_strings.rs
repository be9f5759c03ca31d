//! The benchmark behind the table in "Prefer &str to String" (Part X).
//!
//! Parsing 1,000 log lines into their four parts, and counting the
//! warnings, two ways:
//!
//! - `owned`: each part copied into a `String` (four allocations a line);
//! - `borrowed`: each part a `&str` slice of the line (no allocation).
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench borrowed_strings -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

struct Owned {
    _timestamp: String,
    level: String,
    _target: String,
    _message: String,
}

struct Borrowed<'a> {
    _timestamp: &'a str,
    level: &'a str,
    _target: &'a str,
    _message: &'a str,
}

fn split(line: &str) -> Option<(&str, &str, &str, &str)> {
    let (timestamp, rest) = line.split_once(' ')?;
    let (level, rest) = rest.split_once(' ')?;
    let (target, message) = rest.split_once(": ")?;
    Some((timestamp, level, target, message))
}

fn parse_owned(line: &str) -> Option<Owned> {
    let (t, l, g, m) = split(line)?;
    Some(Owned {
        _timestamp: t.to_string(),
        level: l.to_string(),
        _target: g.to_string(),
        _message: m.to_string(),
    })
}

fn parse_borrowed(line: &str) -> Option<Borrowed<'_>> {
    let (t, l, g, m) = split(line)?;
    Some(Borrowed {
        _timestamp: t,
        level: l,
        _target: g,
        _message: m,
    })
}

fn lines() -> Vec<String> {
    let levels = ["INFO", "DEBUG", "WARN", "INFO", "ERROR"];
    (0..1000)
        .map(|i| {
            format!(
                "2026-12-06T03:{:02}:{:02}Z {} app::module{}: request {i} handled in {} ms",
                i / 60 % 60,
                i % 60,
                levels[i % levels.len()],
                i % 7,
                i * 13 % 900
            )
        })
        .collect()
}

fn parse(c: &mut Criterion) {
    let lines = lines();
    let mut group = c.benchmark_group("parse_1000_log_lines");
    group.throughput(Throughput::Elements(lines.len() as u64));
    group.bench_function("owned", |b| {
        b.iter(|| {
            black_box(&lines)
                .iter()
                .filter_map(|line| parse_owned(line))
                .filter(|parsed| parsed.level == "WARN")
                .count()
        })
    });
    group.bench_function("borrowed", |b| {
        b.iter(|| {
            black_box(&lines)
                .iter()
                .filter_map(|line| parse_borrowed(line))
                .filter(|parsed| parsed.level == "WARN")
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
