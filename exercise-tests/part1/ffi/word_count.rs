use super::*;

fn check(text: &str, expected: usize) {
    let got = word_count(text);
    assert_eq!(
        got,
        Ok(expected),
        "word_count({text:?}) should be Ok({expected})"
    );
}

#[test]
fn counts_words() {
    check("hello world", 2);
    check("one", 1);
    check("unsafe Rust and FFI", 4);
}

#[test]
fn empty_and_blank_text_have_no_words() {
    check("", 0);
    check("   ", 0);
    check(" \t\n\r ", 0);
}

#[test]
fn any_ascii_whitespace_separates_words() {
    check("  leading and trailing  ", 3);
    check("tabs\tand\nnew\r\nlines", 4);
}

#[test]
fn non_ascii_letters_belong_to_words() {
    check("grüße aus köln", 3);
    check("所有権 と 借用", 3);
    check("naïve café", 2);
}

#[test]
fn long_input() {
    let text = "word ".repeat(20_000);
    assert_eq!(text.len(), 100_000, "the test text should be 100_000 bytes");
    let got = word_count(&text);
    assert_eq!(
        got,
        Ok(20_000),
        "word_count(\"word \" repeated 20_000 times) should be Ok(20000)"
    );
}

#[test]
fn interior_nul_is_an_error() {
    for (text, position) in [("a\0b", 1), ("\0", 0), ("two words\0", 9)] {
        let got = word_count(text);
        assert_eq!(
            got,
            Err(FfiError::InteriorNul { position }),
            "word_count({text:?}) should be Err(InteriorNul {{ position: {position} }}): \
             a C string cannot hold a NUL byte"
        );
    }
}

#[test]
fn the_error_says_where_the_nul_is() {
    let err = word_count("abc\0def").expect_err("word_count(\"abc\\0def\") should fail");
    assert_eq!(
        err.to_string(),
        "the text has a NUL byte at offset 3",
        "the error for \"abc\\0def\" should name offset 3"
    );
}
