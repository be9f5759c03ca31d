use super::*;

fn check(data: &[u8], expected: u32, what: &str) {
    let got = adler32(data);
    assert_eq!(
        got, expected,
        "adler32({what}) should be {expected:#010x}, got {got:#010x}"
    );
}

#[test]
fn empty_input_gives_one() {
    check(b"", 1, "b\"\"");
}

#[test]
fn one_byte() {
    // a = 1 + 0x61 = 0x62, b = 0 + 0x62.
    check(b"a", 0x0062_0062, "b\"a\"");
}

#[test]
fn known_values() {
    check(b"abc", 0x024d_0127, "b\"abc\"");
    check(b"Wikipedia", 0x11e6_0398, "b\"Wikipedia\"");
}

#[test]
fn sums_wrap_at_65521_without_overflowing() {
    // Both sums pass 65521 many times over; without the modulo they overflow
    // (a panic in a debug build) or give the wrong checksum.
    check(&[0xff; 1_000_000], 0x3843_e1be, "a million 0xff bytes");
}

#[test]
fn every_byte_value_counts() {
    let data: Vec<u8> = (0..=255u8).cycle().take(256 * 4000).collect();
    check(&data, 0x4d9b_a4b9, "the bytes 0..=255, 4000 times");
}
