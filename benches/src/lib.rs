//! The benchmarks behind the book's speed claims live in `benches/`; run them
//! with `cargo bench -p course-benches`. Each chapter that quotes a number
//! names the benchmark it came from. This library itself is intentionally
//! empty.
