use super::*;
use std::io::{Cursor, ErrorKind};

fn frame(payload: &[u8]) -> Vec<u8> {
    let mut bytes = (payload.len() as u32).to_be_bytes().to_vec();
    bytes.extend_from_slice(payload);
    bytes
}

#[test]
fn reads_a_frame() {
    let mut input = Cursor::new(frame(b"hello"));
    let payload = read_frame(&mut input, 1024).expect("a 5-byte frame with max_len 1024");
    assert_eq!(payload, b"hello");
}

#[test]
fn reads_an_empty_frame_and_one_of_exactly_max_len() {
    let mut input = Cursor::new([frame(b""), frame(&[7; 16])].concat());
    assert_eq!(read_frame(&mut input, 16).expect("an empty frame"), b"");
    assert_eq!(
        read_frame(&mut input, 16).expect("a frame of exactly max_len bytes"),
        [7; 16]
    );
}

#[test]
fn leaves_the_next_frame_in_the_reader() {
    let mut input = Cursor::new([frame(b"one"), frame(b"two")].concat());
    assert_eq!(
        read_frame(&mut input, 100).expect("the first frame"),
        b"one"
    );
    assert_eq!(
        read_frame(&mut input, 100).expect("the second frame"),
        b"two",
        "the second frame should be readable after the first"
    );
}

#[test]
fn rejects_a_huge_length_before_allocating() {
    // 4 GiB declared, 3 bytes sent.
    let mut input = Cursor::new([u32::MAX.to_be_bytes().as_slice(), b"abc"].concat());
    let (result, stats) = course_alloc::measure(|| read_frame(&mut input, 1024));
    assert!(
        matches!(result, Err(FrameError::TooLarge { declared: u32::MAX })),
        "a frame declaring {} bytes with max_len 1024 should be TooLarge, got {result:?}",
        u32::MAX
    );
    assert!(
        stats.bytes_requested < 1024,
        "rejecting a too-large frame should allocate almost nothing, but asked for {} bytes",
        stats.bytes_requested
    );
    assert_eq!(
        input.position(),
        4,
        "only the 4-byte length should have been read"
    );
}

#[test]
fn one_byte_over_the_limit_is_too_large() {
    let mut input = Cursor::new(frame(&[1; 17]));
    let result = read_frame(&mut input, 16);
    assert!(
        matches!(result, Err(FrameError::TooLarge { declared: 17 })),
        "a 17-byte frame with max_len 16 should be TooLarge {{ declared: 17 }}, got {result:?}"
    );
}

#[test]
fn a_short_payload_is_an_unexpected_eof() {
    let mut input = Cursor::new([10u32.to_be_bytes().as_slice(), b"short"].concat());
    match read_frame(&mut input, 100) {
        Err(FrameError::Io(e)) => assert_eq!(
            e.kind(),
            ErrorKind::UnexpectedEof,
            "a frame declaring 10 bytes with 5 sent"
        ),
        other => panic!("a frame declaring 10 bytes with 5 sent should be Err(Io(UnexpectedEof)), got {other:?}"),
    }
}

#[test]
fn a_short_length_is_an_unexpected_eof() {
    let mut input = Cursor::new(vec![0u8, 0]);
    match read_frame(&mut input, 100) {
        Err(FrameError::Io(e)) => assert_eq!(e.kind(), ErrorKind::UnexpectedEof),
        other => panic!(
            "2 bytes instead of a 4-byte length should be Err(Io(UnexpectedEof)), got {other:?}"
        ),
    }
}
