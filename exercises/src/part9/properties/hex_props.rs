//! `to_hex` and `from_hex` convert bytes to lowercase hexadecimal and back.
//! They are correct. Write `hex_properties`, property tests for any such
//! pair of functions, that panic (with the runner's error) when one of
//! these fails for some input:
//!
//! 1. round trip: `decode(&encode(bytes)) == Some(bytes)` for any bytes;
//! 2. format: `encode(bytes)` is exactly two characters per byte, each in
//!    `0-9` or `a-f`;
//! 3. rejection: `decode(text)` is `None` for any text of odd length.
//!
//! Use the given `runner()`, once per property. The course runs your
//! properties against `to_hex`/`from_hex` (they must hold) and against
//! broken pairs (each must be caught). Some of the broken pairs pass the
//! round trip: only the other properties catch them.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};

/// An encoder to check.
pub type Encode = fn(&[u8]) -> String;
/// A decoder to check.
pub type Decode = fn(&str) -> Option<Vec<u8>>;

/// Lowercase hex, two digits per byte (given; correct).
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bytes of `text`, or `None` if it is not hex of even length (given;
/// correct). Upper-case digits are accepted.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// A runner with a fixed seed and no regression files (given).
pub fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x5EED),
        ..Config::default()
    })
}

/// Checks `encode` and `decode`; panics with the smallest counterexample.
pub fn hex_properties(encode: Encode, decode: Decode) {
    let _ = (encode, decode);
    todo!("three properties, each run with runner().run(&strategy, |input| ...)")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/properties/hex_props.rs"]
mod tests;
