//! The benchmark behind the table in "Minimize allocations on hot paths"
//! (Part X).
//!
//! Writing 1,000 metric lines (`name{host="web1",code="200"} 42.5`) two ways:
//!
//! - `format_per_line`: `format!` builds each line as a new `String`,
//!   which is then appended to the output and dropped;
//! - `reused_buffer`: each line is appended to one output buffer, which is
//!   cleared (keeping its capacity) before each run.
//!
//! The chapter's table comes from
//! `cargo bench -p course-benches --bench hot_path_buffer -- --warm-up-time 1 --measurement-time 3`.

use std::fmt::Write as _;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};

fn format_per_line(out: &mut String, i: usize) {
    let line = format!(
        "http_requests{{host=\"web{}\",code=\"200\"}} {}\n",
        i % 8,
        i as f64 * 0.5
    );
    out.push_str(&line);
}

fn reused_buffer(out: &mut String, i: usize) {
    let _ = writeln!(
        out,
        "http_requests{{host=\"web{}\",code=\"200\"}} {}",
        i % 8,
        i as f64 * 0.5
    );
}

fn write_lines(c: &mut Criterion) {
    let mut group = c.benchmark_group("write_1000_metric_lines");
    let mut out = String::new();
    group.bench_function("format_per_line", |b| {
        b.iter(|| {
            out.clear();
            for i in 0..1000 {
                format_per_line(&mut out, black_box(i));
            }
            out.len()
        })
    });
    group.bench_function("reused_buffer", |b| {
        b.iter(|| {
            out.clear();
            for i in 0..1000 {
                reused_buffer(&mut out, black_box(i));
            }
            out.len()
        })
    });
    group.finish();
}

criterion_group!(benches, write_lines);
criterion_main!(benches);
