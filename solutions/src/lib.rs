//! Reference solutions to the course's exercises.
//!
//! Each file under `src/partN/...` mirrors the exercise of the same path and
//! is checked by the same tests (from `exercise-tests/`). `cargo course
//! verify` proves that every solution passes and every stub fails.
//! This library itself is intentionally empty.

// Written by `cargo course sync`; rustfmt would reformat it and make it stale.
#[rustfmt::skip]
mod dependencies;
