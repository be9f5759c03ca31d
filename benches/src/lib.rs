//! The benchmarks behind the book's speed claims live in `benches/`; run them
//! with `cargo bench -p course-benches`. Each chapter that quotes a number
//! names the benchmark it came from.
//!
//! The library holds the programs that are measured in more than one way:
//! built under several release profiles (`words`, Part IV ch. 3), or trained
//! and optimized with a profile (`vm`, Part IV ch. 4), or profiled with `perf`
//! (`access_log`, Part X). The binaries in
//! `src/bin/` run them outside criterion.

pub mod access_log;
pub mod vm;
pub mod words;
