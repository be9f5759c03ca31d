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
    // Small values as well as any: duplicates are likely only in a small range.
    let strategy = proptest::collection::vec(prop_oneof![any::<i32>(), -5..5i32], 0..50);
    let result = runner().run(&strategy, |input| {
        let output = sort(input.clone());
        for pair in output.windows(2) {
            prop_assert!(
                pair[0] <= pair[1],
                "not ascending: {:?} in {:?}",
                pair,
                output
            );
        }
        let mut expected = input;
        expected.sort();
        let mut got = output;
        got.sort();
        prop_assert_eq!(got, expected, "not the same elements as the input");
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/properties/sort_props.rs"]
mod tests;
