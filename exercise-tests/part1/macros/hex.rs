//! Tests for `hex!`: the macro is used on real literals here, and the misuse
//! cases in `hex_ui/` must fail to compile with exactly the errors in their
//! `.stderr` files.

use course_hex::hex;

// The expansion must be usable where only constant expressions are allowed.
const ELF_MAGIC: [u8; 4] = hex!("7f454c46");

#[test]
fn two_digits_make_one_byte() {
    assert_eq!(hex!("00"), [0x00], "hex!(\"00\")");
    assert_eq!(hex!("ff"), [0xff], "hex!(\"ff\")");
    assert_eq!(
        hex!("0123456789abcdef"),
        [0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef],
        "hex!(\"0123456789abcdef\")"
    );
}

#[test]
fn upper_and_lower_case_digits() {
    assert_eq!(
        hex!("DEADbeef"),
        [0xde, 0xad, 0xbe, 0xef],
        "hex!(\"DEADbeef\")"
    );
    assert_eq!(hex!("aB"), [0xab], "hex!(\"aB\")");
}

#[test]
fn whitespace_is_ignored() {
    assert_eq!(
        hex!("de ad be ef"),
        [0xde, 0xad, 0xbe, 0xef],
        "hex!(\"de ad be ef\")"
    );
    assert_eq!(
        hex!(" 0a\t0b\n0c "),
        [0x0a, 0x0b, 0x0c],
        "tabs, newlines and spaces at either end"
    );
}

#[test]
fn the_expansion_is_a_u8_array_without_annotations() {
    // No type annotation: the literal alone must make these `[u8; N]`.
    let bytes = hex!("0102");
    let size = std::mem::size_of_val(&bytes);
    assert_eq!(size, 2, "hex!(\"0102\") should be a [u8; 2], 2 bytes");
    let max = hex!("ff");
    assert_eq!(
        max[0].checked_add(1),
        None,
        "hex!(\"ff\")[0] should be a u8 (255), so adding 1 overflows"
    );
}

#[test]
fn an_empty_string_is_an_empty_array() {
    let empty = hex!("");
    assert_eq!(
        std::mem::size_of_val(&empty),
        0,
        "hex!(\"\") should be an empty array"
    );
    let empty: [u8; 0] = empty;
    assert!(empty.is_empty(), "hex!(\"\") has no bytes");
    assert_eq!(hex!("  "), [0u8; 0], "only whitespace: no bytes");
}

#[test]
fn works_in_a_const() {
    assert_eq!(
        ELF_MAGIC, *b"\x7fELF",
        "const ELF_MAGIC: [u8; 4] = hex!(\"7f454c46\")"
    );
}

#[test]
fn misuse_is_a_clear_compile_error() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("../../exercise-tests/part1/macros/hex_ui/*.rs");
}
