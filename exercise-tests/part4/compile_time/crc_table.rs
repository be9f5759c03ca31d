use super::*;

/// The table computed bit by bit at run time, the slow way.
fn reference_entry(n: u32) -> u32 {
    (0..8).fold(n, |crc, _| {
        if crc & 1 == 1 {
            (crc >> 1) ^ 0xEDB8_8320
        } else {
            crc >> 1
        }
    })
}

#[test]
fn every_entry_of_the_table() {
    for n in 0..256u32 {
        assert_eq!(
            CRC_TABLE[n as usize],
            reference_entry(n),
            "CRC_TABLE[{n}] should be {:#010x}",
            reference_entry(n)
        );
    }
}

#[test]
fn the_check_value() {
    assert_eq!(
        crc32(b"123456789"),
        0xCBF4_3926,
        "the CRC-32 of \"123456789\" is 0xcbf43926 (the standard check value)"
    );
    assert_eq!(crc32(b""), 0, "the CRC-32 of nothing is 0");
}

#[test]
fn the_table_is_usable_in_a_const() {
    // Only a `const fn` can be called here.
    const TABLE: [u32; 256] = crc32_table();
    assert_eq!(
        TABLE[1], 0x7707_3096,
        "entry 1 of the table should be 0x77073096"
    );
}
