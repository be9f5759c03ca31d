use super::*;

fn scalar(haystack: &[u8], needle: u8) -> usize {
    haystack.iter().filter(|&&b| b == needle).count()
}

#[test]
fn small_example() {
    assert_eq!(count(b"a,b,,c", b','), 3, "\"a,b,,c\" has 3 commas");
    assert_eq!(count(b"", b','), 0, "nothing has no commas");
}

#[test]
fn equals_the_scalar_count_for_every_length_and_alignment() {
    let mut rng = fastrand::Rng::with_seed(17);
    // A small alphabet, so that matches are frequent; 0x80 and 0xFF test
    // the sign bit of the lanes.
    let alphabet = [b'a', b'\n', 0x00, 0x80, 0xFF];
    let buffer: Vec<u8> = (0..300)
        .map(|_| alphabet[rng.usize(..alphabet.len())])
        .collect();
    for len in 0..=200 {
        for start in [0, 1, 7, 15] {
            let haystack = &buffer[start..start + len];
            for needle in alphabet {
                let expected = scalar(haystack, needle);
                let got = count(haystack, needle);
                assert_eq!(
                    got, expected,
                    "count of {needle:#04x} in {len} bytes (from offset {start}) should be {expected}, but it is {got}"
                );
            }
        }
    }
}

#[test]
fn every_byte_everywhere() {
    let haystack = vec![b'x'; 40];
    for pos in 0..40 {
        let mut h = haystack.clone();
        h[pos] = b'y';
        assert_eq!(count(&h, b'y'), 1, "one 'y' at position {pos} of 40 bytes");
        assert_eq!(count(&h, b'x'), 39, "39 'x' around a 'y' at position {pos}");
    }
}

#[cfg(target_arch = "x86_64")]
#[test]
fn compiled_code_uses_a_movemask() {
    let file =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/part4/simd/count_byte.rs");
    let asm = course_asm::Probe::new(file)
        .item(
            "#[unsafe(no_mangle)] pub fn probe(h: &[u8], n: u8) -> usize { exercise::count(h, n) }",
        )
        .compile()
        .unwrap_or_else(|e| panic!("{e}"));
    let code = asm
        .code_of("probe")
        .expect("the probe function is in the assembly");
    assert!(
        code.mentions("pcmpeqb") && code.mentions("pmovmskb"),
        "the compiled count should compare 16 bytes at once (pcmpeqb) and gather the results with _mm_movemask_epi8 (pmovmskb):\n{code}"
    );
}
