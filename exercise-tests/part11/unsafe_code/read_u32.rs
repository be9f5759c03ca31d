use super::*;

const BYTES: [u8; 7] = [0x78, 0x56, 0x34, 0x12, 0xff, 0x00, 0x01];

#[test]
fn reads_little_endian_values() {
    assert_eq!(
        read_u32_le(&BYTES, 0),
        Some(0x1234_5678),
        "the 4 bytes at offset 0"
    );
    assert_eq!(
        read_u32_le(&BYTES, 3),
        Some(0x0100_ff12),
        "the 4 bytes at offset 3 (unaligned)"
    );
}

#[test]
fn out_of_bounds_is_none() {
    assert_eq!(read_u32_le(&BYTES, 4), None, "only 3 bytes from offset 4");
    assert_eq!(read_u32_le(&BYTES, 7), None, "offset at the end");
    assert_eq!(read_u32_le(&[], 0), None, "an empty slice");
}

#[test]
fn huge_offsets_are_none_without_overflow() {
    for offset in [usize::MAX, usize::MAX - 3, usize::MAX - 2] {
        assert_eq!(read_u32_le(&BYTES, offset), None, "offset {offset}");
    }
}
