use super::*;

/// Collects the tokens of `input`, checking that each is a slice of it.
fn tokens(input: &str) -> Vec<&str> {
    let got: Vec<&str> = Tokens::new(input).collect();
    let whole = input.as_bytes().as_ptr_range();
    for token in &got {
        let part = token.as_bytes().as_ptr_range();
        assert!(
            whole.start <= part.start && part.end <= whole.end,
            "the token {token:?} of {input:?} is not a slice of the input: \
             return `&rest[..len]`-style borrows, not new Strings"
        );
    }
    got
}

fn check(input: &str, expected: &[&str]) {
    let got = tokens(input);
    assert_eq!(
        got, expected,
        "the tokens of {input:?} should be {expected:?}"
    );
}

#[test]
fn words_numbers_and_symbols() {
    check("let total = 42", &["let", "total", "=", "42"]);
    check("f(x, y_2)", &["f", "(", "x", ",", "y_2", ")"]);
}

#[test]
fn symbols_are_one_character_each() {
    check("x+=1;", &["x", "+", "=", "1", ";"]);
    check("a->b", &["a", "-", ">", "b"]);
}

#[test]
fn single_character_input() {
    check("a", &["a"]);
    check("?", &["?"]);
}

#[test]
fn whitespace_is_skipped_everywhere() {
    check("  \t spaced\n\nout  ", &["spaced", "out"]);
}

#[test]
fn empty_and_blank_input_give_no_tokens() {
    check("", &[]);
    check(" \t\r\n ", &[]);
}

#[test]
fn non_ascii_words_and_symbols() {
    check("größe → maß", &["größe", "→", "maß"]);
    check("日本 語", &["日本", "語"]);
    check("λx·y", &["λx", "·", "y"]);
}

#[test]
fn iterator_stays_finished() {
    let mut iter = Tokens::new("end ");
    assert_eq!(
        iter.next(),
        Some("end"),
        "the first token of \"end \" should be \"end\""
    );
    assert_eq!(iter.next(), None, "\"end \" should have no second token");
    assert_eq!(
        iter.next(),
        None,
        "a finished Tokens should keep returning None"
    );
}

#[test]
fn tokens_outlive_the_iterator() {
    let source = String::from("fn main");
    let first = {
        let mut iter = Tokens::new(&source);
        iter.next()
    }; // the `Tokens` is dropped here; its tokens borrow `source`, not it
    assert_eq!(
        first,
        Some("fn"),
        "the first token of \"fn main\" should be \"fn\""
    );
}
