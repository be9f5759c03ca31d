use super::*;

/// The reference: the table computed at run time, bit by bit.
fn reference_entry(n: u32) -> u32 {
    (0..8).fold(n, |crc, _| {
        if crc & 1 == 1 {
            (crc >> 1) ^ POLY
        } else {
            crc >> 1
        }
    })
}

#[test]
fn the_table_equals_the_reference() {
    for n in 0..256u32 {
        assert_eq!(TABLE[n as usize], reference_entry(n), "TABLE[{n}]");
    }
}

#[test]
fn the_table_is_usable_in_a_const_context() {
    // Evaluated by the compiler: a wrong entry fails here, at run time of the test,
    // with the values compared below.
    const ENTRY_1: u32 = crc32_table()[1];
    const ENTRY_255: u32 = crc32_table()[255];
    assert_eq!(
        ENTRY_1, 0x7707_3096,
        "the well-known second entry of the CRC-32 table"
    );
    assert_eq!(
        ENTRY_255, 0x2D02_EF8D,
        "the well-known last entry of the CRC-32 table"
    );
}

#[test]
fn known_checksums() {
    assert_eq!(crc32(b""), 0, "the CRC-32 of nothing");
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926, "the standard check value");
    assert_eq!(
        crc32(b"The quick brown fox jumps over the lazy dog"),
        0x414F_A339,
        "the CRC-32 of the pangram"
    );
}
