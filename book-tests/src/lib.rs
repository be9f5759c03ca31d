//! Runs every Rust code block of the book's chapters as a doctest.
//!
//! `mdbook test` cannot give code blocks the workspace's crates (it passes
//! rustdoc only `-L` paths), so `build.rs` includes each chapter under `src/`
//! as the documentation of an empty module, and `cargo test -p book-tests
//! --doc` runs its blocks with this package's real dependencies. rustdoc and
//! mdBook share the code-block attributes (`compile_fail`, `should_panic`,
//! hidden `# ` lines). Chapters are found automatically; nothing to list.

// Chapter code must stay warning-free on newer toolchains too: a doctest that
// uses an API deprecated there (as `fetch_update` is since Rust 1.99) fails.
#![doc(test(attr(deny(deprecated))))]

include!(concat!(env!("OUT_DIR"), "/chapters.rs"));
