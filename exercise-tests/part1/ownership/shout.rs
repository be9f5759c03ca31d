use super::*;

#[test]
fn shouts() {
    assert_eq!(
        shout(String::from("hello")),
        "HELLO!",
        "shout(\"hello\") should be \"HELLO!\""
    );
    assert_eq!(
        shout(String::from("Rust 2021")),
        "RUST 2021!",
        "shout(\"Rust 2021\") should be \"RUST 2021!\": digits and spaces stay as they are"
    );
}

#[test]
fn shouting_nothing_is_just_a_bang() {
    assert_eq!(shout(String::new()), "!", "shout(\"\") should be \"!\"");
}

#[test]
fn non_ascii_letters_are_kept() {
    assert_eq!(
        shout(String::from("grüße")),
        "GRüßE!",
        "shout(\"grüße\") should be \"GRüßE!\": only ASCII letters are upper-cased"
    );
}

#[test]
fn shout_reuses_the_callers_buffer() {
    let mut text = String::with_capacity(64);
    text.push_str("quiet please");
    let before = text.as_ptr();
    let loud = shout(text);
    assert_eq!(
        loud, "QUIET PLEASE!",
        "shout(\"quiet please\") should be \"QUIET PLEASE!\""
    );
    assert_eq!(
        loud.as_ptr(),
        before,
        "shout allocated a new String; it owns `text`, so change that buffer in place and return it"
    );
}

#[test]
fn counts_vowels() {
    assert_eq!(
        count_vowels("borrow checker"),
        4,
        "count_vowels(\"borrow checker\")"
    );
    assert_eq!(
        count_vowels("AEIOU aeiou"),
        10,
        "count_vowels(\"AEIOU aeiou\")"
    );
    assert_eq!(count_vowels("rhythm"), 0, "count_vowels(\"rhythm\")");
    assert_eq!(count_vowels(""), 0, "count_vowels(\"\")");
}

#[test]
fn counting_does_not_consume_the_caller_string() {
    let owned = String::from("ownership");
    assert_eq!(count_vowels(&owned), 3, "count_vowels(\"ownership\")");
    // `owned` is still usable here because `count_vowels` only borrowed it.
    assert_eq!(
        owned, "ownership",
        "count_vowels must only read the caller's string, not change it"
    );
}
