use super::*;

fn check(text: &str, expected: Result<u32, ColorError>) {
    let got = parse_color(text);
    assert_eq!(got, expected, "parse_color({text:?})");
}

#[test]
fn long_form() {
    check("#ff8000", Ok(0xff8000));
    check("#000000", Ok(0));
    check("#FFFFFF", Ok(0xffffff));
    check("#1a2B3c", Ok(0x1a2b3c));
}

#[test]
fn short_form_doubles_each_digit() {
    check("#f80", Ok(0xff8800));
    check("#Abc", Ok(0xaabbcc));
    check("#000", Ok(0));
}

#[test]
fn missing_hash() {
    check("ff8000", Err(ColorError::MissingHash));
    check("", Err(ColorError::MissingHash));
    check(" #fff", Err(ColorError::MissingHash));
}

#[test]
fn wrong_length_counts_characters() {
    check("#", Err(ColorError::Length(0)));
    check("#ff80", Err(ColorError::Length(4)));
    check("#ff80001", Err(ColorError::Length(7)));
    // Two characters, four bytes.
    check("#éé", Err(ColorError::Length(2)));
}

#[test]
fn not_hex_names_the_first_bad_digit() {
    check("#ff80g0", Err(ColorError::NotHex { ch: 'g', index: 4 }));
    check("#xyz", Err(ColorError::NotHex { ch: 'x', index: 0 }));
    check("#12 456", Err(ColorError::NotHex { ch: ' ', index: 2 }));
}

#[test]
fn signs_are_not_digits() {
    // `u8::from_str_radix("+f", 16)` is `Ok(15)`: a digit pair parser that
    // uses it accepts this.
    check("#+f+f+f", Err(ColorError::NotHex { ch: '+', index: 0 }));
    check("#-1-1-1", Err(ColorError::NotHex { ch: '-', index: 0 }));
}

#[test]
fn characters_outside_ascii_are_errors_not_panics() {
    // Slicing this text at byte offsets (`&digits[0..2]`) panics.
    check("#ééé", Err(ColorError::NotHex { ch: 'é', index: 0 }));
    check("#12345é", Err(ColorError::NotHex { ch: 'é', index: 5 }));
    check(
        "#1€3",
        Err(ColorError::NotHex {
            ch: '€', index: 1
        }),
    );
}

#[test]
fn messages_tell_javascript_what_went_wrong() {
    // These become `e.message` in JavaScript.
    let cases = [
        (ColorError::MissingHash, "a color starts with `#`"),
        (
            ColorError::Length(4),
            "a color has 3 or 6 hex digits after `#`, not 4",
        ),
        (
            ColorError::NotHex { ch: 'g', index: 4 },
            "'g' (digit 4) is not a hex digit",
        ),
    ];
    for (error, message) in cases {
        assert_eq!(error.to_string(), message, "the message of {error:?}");
    }
}
