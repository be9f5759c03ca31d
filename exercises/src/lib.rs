//! The course's exercises.
//!
//! Every exercise is a file under `src/partN/...` that is compiled as a test
//! target of its own (see `Cargo.toml`), together with its tests from
//! `exercise-tests/`. Edit the file, then run `cargo course check ID`.
//! This library itself is intentionally empty.

// Written by `cargo course sync`; rustfmt would reformat it and make it stale.
#[rustfmt::skip]
mod dependencies;
