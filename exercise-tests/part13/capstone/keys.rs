use super::*;

fn accepted(text: &str) {
    match Key::new(text) {
        Ok(key) => assert_eq!(
            key.as_str(),
            text,
            "Key::new({text:?}) should keep the text as it is"
        ),
        Err(error) => panic!("Key::new({text:?}) should be accepted, got Err({error:?})"),
    }
}

fn rejected(text: &str, expected: KeyError) {
    let got = Key::new(text);
    assert_eq!(
        got,
        Err(expected.clone()),
        "Key::new({text:?}) should be Err({expected:?})"
    );
}

#[test]
fn ordinary_keys_are_accepted() {
    for text in [
        "a",
        "Z",
        "0",
        "user-42",
        "v1.2_beta",
        "a..b",
        ".hidden",
        "...",
        "-_-",
    ] {
        accepted(text);
    }
}

#[test]
fn a_key_of_exactly_128_bytes_is_accepted() {
    accepted(&"k".repeat(MAX_KEY_LEN));
}

#[test]
fn an_empty_key_is_rejected() {
    rejected("", KeyError::Empty);
}

#[test]
fn a_key_over_128_bytes_is_rejected_with_its_length() {
    rejected(&"k".repeat(129), KeyError::TooLong { len: 129 });
    rejected(&"k".repeat(1000), KeyError::TooLong { len: 1000 });
}

#[test]
fn the_length_is_counted_in_bytes_and_checked_before_the_characters() {
    // 100 characters, 200 bytes: too long, whatever the characters are.
    rejected(&"é".repeat(100), KeyError::TooLong { len: 200 });
    rejected(&"/".repeat(129), KeyError::TooLong { len: 129 });
}

#[test]
fn characters_outside_the_allowed_set_are_rejected_with_their_byte_offset() {
    rejected("a/b", KeyError::BadChar { ch: '/', at: 1 });
    rejected("hello world", KeyError::BadChar { ch: ' ', at: 5 });
    rejected("tab\there", KeyError::BadChar { ch: '\t', at: 3 });
    rejected("nul\0", KeyError::BadChar { ch: '\0', at: 3 });
    rejected("100%", KeyError::BadChar { ch: '%', at: 3 });
    rejected("a?b", KeyError::BadChar { ch: '?', at: 1 });
}

#[test]
fn letters_and_digits_outside_ascii_are_rejected() {
    rejected("café", KeyError::BadChar { ch: 'é', at: 3 });
    rejected("ключ", KeyError::BadChar { ch: 'к', at: 0 });
    // An Arabic-Indic digit: `char::is_numeric` says yes, ASCII says no.
    rejected("x٣", KeyError::BadChar { ch: '٣', at: 1 });
}

#[test]
fn dot_segments_are_rejected() {
    rejected(".", KeyError::DotSegment);
    rejected("..", KeyError::DotSegment);
}

#[test]
fn a_path_with_dot_segments_is_rejected_for_its_slash() {
    rejected("../etc", KeyError::BadChar { ch: '/', at: 2 });
}

#[test]
fn display_writes_the_key_and_nothing_else() {
    let key = Key::new("user-42").unwrap();
    assert_eq!(
        key.to_string(),
        "user-42",
        "`Key` should display as its text"
    );
    assert_eq!(format!("[{key}]"), "[user-42]");
}

#[test]
fn parse_and_try_from_check_the_same_rules() {
    assert_eq!(
        "ok.key".parse::<Key>().map(Key::into_string),
        Ok("ok.key".to_owned())
    );
    assert_eq!("..".parse::<Key>(), Err(KeyError::DotSegment));
    assert_eq!(Key::try_from(String::new()), Err(KeyError::Empty));
    assert_eq!(
        Key::try_from("a b"),
        Err(KeyError::BadChar { ch: ' ', at: 1 })
    );
}

#[test]
fn serde_reads_and_writes_a_plain_string_and_validates_it() {
    let key: Key = serde_json::from_str("\"user-42\"").expect("a valid key deserializes");
    assert_eq!(key.as_str(), "user-42");
    assert_eq!(
        serde_json::to_string(&key).unwrap(),
        "\"user-42\"",
        "a key serializes as a plain JSON string"
    );
    let error = serde_json::from_str::<Key>("\"a/b\"")
        .expect_err("deserializing \"a/b\" should fail: serde must go through Key::new");
    assert!(
        error.to_string().contains("cannot contain '/'"),
        "the serde error should carry KeyError's message, got: {error}"
    );
}

#[test]
fn the_error_messages_say_what_is_wrong() {
    assert_eq!(KeyError::Empty.to_string(), "a key cannot be empty");
    assert_eq!(
        KeyError::TooLong { len: 130 }.to_string(),
        "a key is at most 128 bytes, this one has 130"
    );
    assert_eq!(
        KeyError::DotSegment.to_string(),
        "a key cannot be `.` or `..`"
    );
}

#[test]
fn keys_and_errors_have_the_common_traits() {
    fn common<T: Clone + std::fmt::Debug + Eq + std::hash::Hash + Ord + Send + Sync>() {}
    fn error<E: std::error::Error + Send + Sync + 'static>() {}
    common::<Key>();
    error::<KeyError>();
    let mut keys = [Key::new("b").unwrap(), Key::new("a").unwrap()];
    keys.sort();
    assert_eq!(keys[0].as_str(), "a");
}
