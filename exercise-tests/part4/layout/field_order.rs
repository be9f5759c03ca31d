use super::*;
use std::mem::{align_of, offset_of, size_of};

#[test]
fn the_header_takes_16_bytes() {
    assert_eq!(
        size_of::<Header>(),
        16,
        "a Header should take 16 bytes (8 + 4 + 1 + 1 + 1 of data, padded to a multiple of 8), but it takes {}",
        size_of::<Header>()
    );
    assert_eq!(
        align_of::<Header>(),
        8,
        "a Header should be aligned like its u64 field, to 8 bytes, but it is aligned to {}",
        align_of::<Header>()
    );
}

#[test]
fn the_fields_do_not_overlap_and_keep_their_values() {
    let header = Header {
        compressed: true,
        id: 0x0102_0304_0506_0708,
        kind: 7,
        len: 1_000_000,
        urgent: false,
    };
    let copy = header;
    assert_eq!(
        copy.id, 0x0102_0304_0506_0708,
        "the id should survive a copy"
    );
    assert_eq!(copy.len, 1_000_000, "the length should survive a copy");
    assert!(
        copy.compressed && !copy.urgent && copy.kind == 7,
        "the small fields should survive a copy: {copy:?}"
    );
    let mut spans = [
        (offset_of!(Header, id), 8),
        (offset_of!(Header, len), 4),
        (offset_of!(Header, kind), 1),
        (offset_of!(Header, compressed), 1),
        (offset_of!(Header, urgent), 1),
    ];
    spans.sort();
    for pair in spans.windows(2) {
        assert!(
            pair[0].0 + pair[0].1 <= pair[1].0,
            "fields at offsets {} and {} overlap",
            pair[0].0,
            pair[1].0
        );
    }
}

#[test]
fn the_header_keeps_repr_c() {
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/part4/layout/field_order.rs");
    let source = std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
    let declaration = source
        .find("pub struct Header")
        .expect("the file declares `pub struct Header`");
    assert!(
        source[..declaration].lines().any(|line| line.trim() == "#[repr(C)]"),
        "Header must stay #[repr(C)] (an attribute line of its own above it): the C library needs a defined field order"
    );
}
