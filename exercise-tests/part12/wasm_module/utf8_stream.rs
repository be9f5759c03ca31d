use super::*;

/// ASCII, a 2-byte, a 3-byte and a 4-byte character.
const TEXT: &str = "a é € 🦀!";

#[test]
fn whole_text_in_one_push() {
    let mut stream = Utf8Stream::new();
    assert_eq!(
        stream.push(TEXT.as_bytes()),
        Ok(TEXT.to_string()),
        "push of {TEXT:?} in one call"
    );
    assert_eq!(stream.pending(), 0, "pending after whole characters");
    assert_eq!(stream.finish(), Ok(()), "finish() after whole characters");
}

#[test]
fn a_character_split_in_two_is_carried() {
    let mut stream = Utf8Stream::new();
    assert_eq!(
        stream.push(&[b'x', 0xC3]),
        Ok("x".to_string()),
        "push([b'x', 0xC3]): 'x' and the first byte of 'é'"
    );
    assert_eq!(stream.pending(), 1, "pending after the first byte of 'é'");
    assert_eq!(
        stream.push(&[0xA9]),
        Ok("é".to_string()),
        "push([0xA9]) completes 'é'"
    );
    assert_eq!(stream.pending(), 0, "pending after 'é' is complete");
}

#[test]
fn every_split_gives_the_same_text() {
    let bytes = TEXT.as_bytes();
    for first in 0..=bytes.len() {
        for second in first..=bytes.len() {
            let mut stream = Utf8Stream::new();
            let mut text = String::new();
            for chunk in [&bytes[..first], &bytes[first..second], &bytes[second..]] {
                match stream.push(chunk) {
                    Ok(part) => text.push_str(&part),
                    Err(e) => panic!(
                        "{TEXT:?} split at {first} and {second}: push({chunk:?}) failed with {e:?}"
                    ),
                }
            }
            assert_eq!(text, TEXT, "{TEXT:?} split at {first} and {second}");
            assert_eq!(
                stream.finish(),
                Ok(()),
                "finish() after {TEXT:?} split at {first} and {second}"
            );
        }
    }
}

#[test]
fn byte_by_byte() {
    let mut stream = Utf8Stream::new();
    let mut text = String::new();
    let mut pending = Vec::new();
    for &byte in "🦀".as_bytes() {
        text.push_str(&stream.push(&[byte]).expect("a valid byte of '🦀'"));
        pending.push(stream.pending());
    }
    assert_eq!(text, "🦀", "'🦀' pushed one byte at a time");
    assert_eq!(
        pending,
        [1, 2, 3, 0],
        "pending after each of the 4 bytes of '🦀'"
    );
}

#[test]
fn an_invalid_byte_is_an_error_with_its_position() {
    let mut stream = Utf8Stream::new();
    assert_eq!(
        stream.push(b"ab\xFFcd"),
        Err(Utf8StreamError::Invalid { at: 2 }),
        "push(b\"ab\\xFFcd\")"
    );
}

#[test]
fn positions_count_from_the_start_of_the_stream() {
    let mut stream = Utf8Stream::new();
    assert_eq!(
        stream.push(b"hello "),
        Ok("hello ".to_string()),
        "push(b\"hello \")"
    );
    assert_eq!(
        stream.push(b"w\xC0rld"),
        Err(Utf8StreamError::Invalid { at: 7 }),
        "push(b\"w\\xC0rld\") after 6 bytes: 0xC0 is at 6 + 1"
    );
}

#[test]
fn a_bad_sequence_split_between_pushes_points_at_its_start() {
    let mut stream = Utf8Stream::new();
    assert_eq!(stream.push(b"ab"), Ok("ab".to_string()), "push(b\"ab\")");
    assert_eq!(
        stream.push(&[0xE2, 0x82]),
        Ok(String::new()),
        "push([0xE2, 0x82]): the start of a 3-byte character"
    );
    assert_eq!(
        stream.push(b"A"),
        Err(Utf8StreamError::Invalid { at: 2 }),
        "push(b\"A\") where the third byte of the character should be: \
         the bad sequence starts at 2"
    );
}

#[test]
fn the_stream_starts_over_after_an_error() {
    let mut stream = Utf8Stream::new();
    assert!(
        stream.push(b"12\xFF").is_err(),
        "push(b\"12\\xFF\") should fail"
    );
    assert_eq!(stream.pending(), 0, "pending after an error");
    assert_eq!(
        stream.push(b"ok\xFF"),
        Err(Utf8StreamError::Invalid { at: 2 }),
        "after an error positions count from 0 again"
    );
}

#[test]
fn finish_inside_a_character_is_an_error() {
    let mut stream = Utf8Stream::new();
    assert_eq!(
        stream.push(&"€".as_bytes()[..2]),
        Ok(String::new()),
        "push of the first 2 bytes of '€'"
    );
    assert_eq!(
        stream.finish(),
        Err(Utf8StreamError::Truncated { left: 2 }),
        "finish() with 2 bytes of '€' carried"
    );
    assert_eq!(stream.pending(), 0, "pending after finish()");
    assert_eq!(
        stream.push(b"\xFF"),
        Err(Utf8StreamError::Invalid { at: 0 }),
        "after finish() positions count from 0 again"
    );
}

#[test]
fn messages_tell_javascript_what_went_wrong() {
    let cases = [
        (
            Utf8StreamError::Invalid { at: 7 },
            "the bytes at position 7 are not UTF-8",
        ),
        (
            Utf8StreamError::Truncated { left: 2 },
            "the text ended inside a character: 2 byte(s) of it arrived",
        ),
    ];
    for (error, message) in cases {
        assert_eq!(error.to_string(), message, "the message of {error:?}");
    }
}
