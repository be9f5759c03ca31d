//! Tests for SLIP framing. The library is `no_std`; the tests run on the
//! host with `std`.

use course_slip::{encode, Decoder, FrameError, Overflow, END, ESC, ESC_END, ESC_ESC};

/// Feeds `bytes` one at a time and collects what the decoder returns.
fn decode_all<const N: usize>(
    decoder: &mut Decoder<N>,
    bytes: &[u8],
) -> Vec<Result<Vec<u8>, FrameError>> {
    bytes
        .iter()
        .filter_map(|&b| decoder.feed(b))
        .map(|frame| frame.map(|payload| payload.to_vec()))
        .collect()
}

#[test]
fn plain_bytes_are_framed_by_end() {
    let frame = encode::<16>(b"hi");
    assert_eq!(
        frame.as_deref(),
        Ok(&[END, b'h', b'i', END][..]),
        "encode(b\"hi\") should be END h i END"
    );
}

#[test]
fn end_and_esc_in_the_payload_are_escaped() {
    let frame = encode::<16>(&[1, END, 2, ESC, 3]);
    let expected = [END, 1, ESC, ESC_END, 2, ESC, ESC_ESC, 3, END];
    assert_eq!(
        frame.as_deref(),
        Ok(&expected[..]),
        "END becomes ESC ESC_END and ESC becomes ESC ESC_ESC"
    );
}

#[test]
fn an_empty_payload_is_two_ends() {
    assert_eq!(
        encode::<2>(&[]).as_deref(),
        Ok(&[END, END][..]),
        "encode(&[]) should be END END"
    );
}

#[test]
fn encoding_into_a_buffer_too_small_is_an_error() {
    assert_eq!(
        encode::<3>(b"ab"),
        Err(Overflow),
        "END a b END needs 4 bytes, not 3"
    );
    assert_eq!(
        encode::<3>(&[END]),
        Err(Overflow),
        "END ESC ESC_END END needs 4 bytes, not 3"
    );
    assert!(
        encode::<4>(&[END]).is_ok(),
        "END ESC ESC_END END fits in 4 bytes"
    );
}

#[test]
fn a_frame_decodes_to_its_payload() {
    let mut decoder = Decoder::<16>::new();
    let frame = encode::<32>(&[1, END, ESC, 2]).unwrap();
    let got = decode_all(&mut decoder, &frame);
    assert_eq!(got, [Ok(vec![1, END, ESC, 2])], "decoding {frame:?}");
}

#[test]
fn only_the_closing_end_returns_the_frame() {
    let mut decoder = Decoder::<16>::new();
    for &byte in &[END, 7, 8] {
        assert_eq!(
            decoder.feed(byte),
            None,
            "feed({byte:#x}) inside a frame should return None"
        );
    }
    let got = decoder.feed(END).map(|frame| frame.map(|p| p.to_vec()));
    assert_eq!(
        got,
        Some(Ok(vec![7, 8])),
        "the closing END should return the payload"
    );
}

#[test]
fn frames_back_to_back_and_empty_frames() {
    let mut decoder = Decoder::<16>::new();
    let bytes = [END, END, 1, END, END, END, 2, 3, END];
    let got = decode_all(&mut decoder, &bytes);
    assert_eq!(
        got,
        [Ok(vec![1]), Ok(vec![2, 3])],
        "empty frames between END bytes should be skipped"
    );
}

#[test]
fn a_frame_that_fills_the_buffer_exactly_is_fine() {
    let mut decoder = Decoder::<4>::new();
    let got = decode_all(&mut decoder, &[END, 1, 2, 3, ESC, ESC_END, END]);
    assert_eq!(
        got,
        [Ok(vec![1, 2, 3, END])],
        "a 4-byte payload fits a Decoder<4>"
    );
}

#[test]
fn a_frame_too_long_is_reported_once_and_the_next_one_is_fine() {
    let mut decoder = Decoder::<4>::new();
    let mut bytes = vec![END, 1, 2, 3, 4, 5, 6, 7, END];
    bytes.extend([9, 9, END]);
    let got = decode_all(&mut decoder, &bytes);
    assert_eq!(
        got,
        [Err(FrameError::TooLong), Ok(vec![9, 9])],
        "a 7-byte payload in a Decoder<4> is TooLong, reported at its END; the next frame decodes"
    );
}

#[test]
fn a_bad_escape_drops_the_frame() {
    let mut decoder = Decoder::<16>::new();
    let bytes = [END, 1, ESC, 0x42, ESC, ESC_END, 2, END, 5, END];
    let got = decode_all(&mut decoder, &bytes);
    assert_eq!(
        got,
        [Err(FrameError::BadEscape), Ok(vec![5])],
        "ESC followed by 0x42 is a BadEscape; the rest of that frame is dropped"
    );
}

#[test]
fn a_frame_ending_inside_an_escape_is_bad() {
    let mut decoder = Decoder::<16>::new();
    let got = decode_all(&mut decoder, &[END, 1, ESC, END, 3, END]);
    assert_eq!(
        got,
        [Err(FrameError::BadEscape), Ok(vec![3])],
        "ESC END is not a valid escape: BadEscape, then the next frame"
    );
}

#[test]
fn round_trip_of_every_byte_value() {
    let payload: Vec<u8> = (0..=255).collect();
    let frame = encode::<600>(&payload).expect("256 bytes, escaped, fit in 600");
    assert_eq!(
        frame.len(),
        256 + 2 + 2,
        "two bytes need escaping, plus the two ENDs"
    );
    let mut decoder = Decoder::<256>::new();
    let got = decode_all(&mut decoder, &frame);
    assert_eq!(
        got,
        [Ok(payload)],
        "every byte value should survive a round trip"
    );
}
