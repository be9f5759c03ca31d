use super::*;

#[test]
fn returns_the_first_field() {
    assert_eq!(
        first_field(b"ada,36,london"),
        Ok("ada"),
        "first_field(\"ada,36,london\")"
    );
    assert_eq!(
        first_field(b"no commas"),
        Ok("no commas"),
        "a line without a comma"
    );
    assert_eq!(first_field(b",x"), Ok(""), "an empty first field");
    assert_eq!(first_field(b""), Ok(""), "an empty line");
}

#[test]
fn accepts_multibyte_text() {
    assert_eq!(
        first_field("Zoë,1".as_bytes()),
        Ok("Zoë"),
        "UTF-8 with a two-byte character"
    );
}

#[test]
fn rejects_invalid_utf8_in_the_first_field() {
    let result = first_field(b"caf\xe9,1");
    let error = result.expect_err("0xE9 alone is not UTF-8 (it is Latin-1 for \u{e9})");
    assert_eq!(
        error.valid_up_to(),
        3,
        "the error should point at the byte after \"caf\""
    );
    assert!(first_field(b"\xff").is_err(), "0xFF is never UTF-8");
}

#[test]
fn ignores_bytes_after_the_comma() {
    assert_eq!(
        first_field(b"ok,\xff\xfe"),
        Ok("ok"),
        "only the first field is checked"
    );
}
