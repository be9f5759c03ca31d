use super::*;

fn key_bytes() -> [u8; 32] {
    std::array::from_fn(|i| (i as u8).wrapping_mul(37).wrapping_add(11))
}

#[test]
fn takes_a_32_byte_key() {
    let mut buf = key_bytes().to_vec();
    let key = take_key(&mut buf).expect("a 32-byte buffer holds a key");
    assert_eq!(key.expose_secret(), &key_bytes(), "the key's bytes");
}

#[test]
fn wipes_the_buffer_after_taking_the_key() {
    let mut buf = key_bytes().to_vec();
    let _key = take_key(&mut buf).expect("a 32-byte buffer holds a key");
    assert_eq!(buf, [0u8; 32], "the buffer should be all zeros afterwards");
}

#[test]
fn rejects_and_wipes_a_buffer_of_the_wrong_length() {
    for len in [0usize, 31, 33, 64] {
        let mut buf: Vec<u8> = (1..=len).map(|i| i as u8).collect();
        let result = take_key(&mut buf).map(|_| ());
        assert_eq!(
            result,
            Err(KeyError::WrongLength(len)),
            "a buffer of {len} bytes"
        );
        assert!(
            buf.iter().all(|&b| b == 0),
            "a rejected buffer of {len} bytes should be wiped too, got {buf:?}"
        );
        assert_eq!(buf.len(), len, "zeroing a slice keeps its length");
    }
}

#[test]
fn the_fingerprint_is_the_start_of_the_sha256() {
    let mut buf = key_bytes().to_vec();
    let key = take_key(&mut buf).expect("a 32-byte buffer holds a key");
    let digest = Sha256::digest(key_bytes());
    let expected: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        fingerprint(&key),
        expected,
        "the first 8 hex digits of SHA-256(key)"
    );
    assert_eq!(fingerprint(&key).len(), 8);
}

#[test]
fn debug_output_does_not_show_the_key() {
    let mut buf = [0xabu8; 32];
    let key = take_key(&mut buf).expect("a 32-byte buffer holds a key");
    let printed = format!("{key:?}");
    assert!(
        !printed.contains("171") && !printed.contains("ab"),
        "the key's bytes appear in {printed}"
    );
}
