//! Write `sort_properties`: a property test for any function that claims to
//! sort a `Vec<i32>`. Instead of listing inputs and outputs, state what
//! must hold for *every* input, and let proptest generate the inputs:
//!
//! 1. the output is in ascending order (each element `<=` the next);
//! 2. the output holds exactly the input's elements, duplicates included
//!    (the same length, and the same elements once both are sorted the
//!    trusted way, with `slice::sort`).
//!
//! Use the given `runner()` and report a failure by panicking with the
//! runner's error, which includes the smallest failing input proptest
//! found. The course runs your properties against `std`'s sort (they must
//! hold) and against several broken sorts (they must fail for each).

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};

/// A sorting function to check.
pub type Sort = fn(Vec<i32>) -> Vec<i32>;

/// A runner with a fixed seed, so every run checks the same cases, and no
/// regression files (given).
pub fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x5EED),
        ..Config::default()
    })
}

/// Checks that `sort` sorts; panics with the smallest counterexample.
pub fn sort_properties(sort: Sort) {
    let strategy = proptest::collection::vec(any::<i32>(), 0..50);
    let _ = (sort, strategy, runner);
    todo!("run both properties with runner().run(&strategy, |input| ...)")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/properties/sort_props.rs"]
mod tests;
