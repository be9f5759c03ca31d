use super::*;

fn check_upper(text: &str, expected: &str) {
    let got = to_upper(text);
    assert_eq!(
        got,
        Ok(expected.to_string()),
        "to_upper({text:?}) should be Ok({expected:?})"
    );
}

fn check_port(text: &str, expected: Result<u16, FfiError>) {
    let got = parse_port(text);
    assert_eq!(got, expected, "parse_port({text:?}) should be {expected:?}");
}

fn invalid(text: &str) -> Result<u16, FfiError> {
    Err(FfiError::InvalidPort {
        text: text.to_string(),
    })
}

#[test]
fn upper_cases_ascii_letters() {
    check_upper("hello", "HELLO");
    check_upper("Rust 1.95!", "RUST 1.95!");
    check_upper("x", "X");
}

#[test]
fn upper_of_empty_is_empty() {
    check_upper("", "");
}

#[test]
fn upper_keeps_non_ascii_characters() {
    check_upper("café", "CAFé");
    check_upper("grüße", "GRüßE");
    check_upper("所有権", "所有権");
}

#[test]
fn upper_of_long_input() {
    let text = "abc".repeat(40_000);
    let got = to_upper(&text).expect("120_000 letters without NUL are fine");
    assert_eq!(
        got.len(),
        120_000,
        "to_upper kept {} of 120000 bytes",
        got.len()
    );
    assert_eq!(
        got,
        "ABC".repeat(40_000),
        "to_upper(\"abc\" * 40_000) should be \"ABC\" * 40_000"
    );
}

#[test]
fn upper_rejects_interior_nul() {
    assert_eq!(
        to_upper("ab\0c"),
        Err(FfiError::InteriorNul { position: 2 }),
        "to_upper(\"ab\\0c\") should report the NUL at offset 2"
    );
}

#[test]
fn parses_ports() {
    check_port("80", Ok(80));
    check_port("8080", Ok(8080));
    check_port("0", Ok(0));
    check_port("65535", Ok(65535));
}

#[test]
fn rejects_what_is_not_a_port() {
    for text in ["", "http", "-1", "65536", "99999999999", " 80", "8o"] {
        check_port(text, invalid(text));
    }
}

#[test]
fn port_with_interior_nul_is_an_error() {
    check_port("80\0", Err(FfiError::InteriorNul { position: 2 }));
}

#[test]
fn port_error_message_names_the_text() {
    let err = parse_port("http").expect_err("parse_port(\"http\") should be an Err(InvalidPort)");
    assert_eq!(
        err.to_string(),
        "\"http\" is not a port number",
        "the error message for \"http\""
    );
}
