//! The run times in Part IV, chapter 3's table of release-profile
//! settings: the word report of `course_benches::words` on a generated text
//! of 200,000 words.
//!
//! The benchmark itself never changes; the profile it is built with does.
//! `scripts/profiles.sh` builds and runs it once per setting (with
//! `cargo bench --config 'profile.bench.lto = "fat"'` and so on, each in a
//! target folder of its own) and measures the size of the `words` binary
//! built with the same setting.

use std::hint::black_box;

use course_benches::words;
use criterion::{criterion_group, criterion_main, Criterion};

fn word_report(c: &mut Criterion) {
    let text = words::generate_text(200_000);
    let mut group = c.benchmark_group("profiles");
    group.sample_size(30);
    group.bench_function("word_report", |b| {
        b.iter(|| words::report(black_box(&text), 5))
    });
    group.finish();
}

criterion_group!(benches, word_report);
criterion_main!(benches);
