use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs the properties against a pair: `Err` with the panic message if they
/// caught a bug.
fn run_properties(encode: Encode, decode: Decode) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| hex_properties(encode, decode))).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(a panic without a message)".to_string())
    })
}

fn require_passing_the_correct_pair() {
    if let Err(message) = run_properties(to_hex, from_hex) {
        panic!(
            "your properties failed for the correct `to_hex`/`from_hex`: {message}\n\
             A property must hold for correct code."
        );
    }
}

fn require_caught(encode: Encode, decode: Decode, what: &str) {
    require_passing_the_correct_pair();
    assert!(
        run_properties(encode, decode).is_err(),
        "your properties hold for a broken pair: {what}. Which property would it break?"
    );
}

#[test]
fn hold_for_the_correct_pair() {
    require_passing_the_correct_pair();
}

#[test]
fn catch_an_encoder_without_zero_padding() {
    require_caught(
        |bytes| bytes.iter().map(|b| format!("{b:x}")).collect(),
        from_hex,
        "the encoder writes 0x0a as \"a\" instead of \"0a\"",
    );
}

#[test]
fn catch_a_decoder_that_drops_the_last_byte() {
    require_caught(
        to_hex,
        |text| {
            let mut bytes = from_hex(text)?;
            bytes.pop();
            Some(bytes)
        },
        "the decoder loses the last byte",
    );
}

#[test]
fn catch_an_upper_case_encoder() {
    // The round trip holds: `from_hex` accepts upper case.
    require_caught(
        |bytes| bytes.iter().map(|b| format!("{b:02X}")).collect(),
        from_hex,
        "the encoder writes upper-case digits (the round trip still works: check the format)",
    );
}

#[test]
fn catch_a_decoder_that_ignores_a_trailing_digit() {
    // The round trip holds: `encode` never produces odd lengths.
    require_caught(
        to_hex,
        |text| from_hex(&text[..text.len() - text.len() % 2]),
        "the decoder accepts odd-length text and ignores the last digit (the round trip still works: check what is rejected)",
    );
}

#[test]
fn catch_an_encoder_that_skips_zero_bytes() {
    require_caught(
        |bytes| {
            bytes
                .iter()
                .filter(|&&b| b != 0)
                .map(|b| format!("{b:02x}"))
                .collect()
        },
        from_hex,
        "the encoder leaves out zero bytes",
    );
}
