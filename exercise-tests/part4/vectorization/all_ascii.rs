use super::*;
use std::path::Path;

#[test]
fn finds_a_non_ascii_byte_at_every_position_of_every_length() {
    for len in 0..=200usize {
        let mut bytes: Vec<u8> = (0..len).map(|i| b' ' + (i % 95) as u8).collect();
        assert!(
            is_ascii_text(&bytes),
            "{len} ASCII bytes should be ASCII text"
        );
        for at in 0..len {
            for bad in [0x80, 0xC3, 0xFF] {
                bytes[at] = bad;
                assert!(
                    !is_ascii_text(&bytes),
                    "{len} bytes with {bad:#04x} at position {at} should not be ASCII text"
                );
            }
            bytes[at] = b'x';
        }
    }
}

#[test]
fn edge_values() {
    assert!(is_ascii_text(&[]), "an empty buffer should be ASCII text");
    assert!(is_ascii_text(&[0x7F; 40]), "0x7F is ASCII");
    assert!(is_ascii_text(&[0; 40]), "0 is ASCII");
}

#[test]
fn compiled_code_tests_many_bytes_at_once() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/part4/vectorization/all_ascii.rs");
    let asm = course_asm::Probe::new(file)
        .item("#[unsafe(no_mangle)] pub fn probe(bytes: &[u8]) -> bool { exercise::is_ascii_text(bytes) }")
        .compile()
        .unwrap_or_else(|e| panic!("{e}"));
    let code = asm
        .code_of("probe")
        .expect("the probe function is in the assembly");
    assert!(
        !code.packed_arithmetic().is_empty(),
        "the compiled is_ascii_text has no SIMD instruction (such as pmovmskb or por on xmm registers): it still tests one byte at a time:\n{code}"
    );
}
