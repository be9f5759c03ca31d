use super::*;

#[test]
fn longer_returns_the_longer_argument() {
    assert_eq!(
        longer("borrow", "lifetime"),
        "lifetime",
        "longer(\"borrow\", \"lifetime\") should be \"lifetime\""
    );
    assert_eq!(
        longer("ownership", "slice"),
        "ownership",
        "longer(\"ownership\", \"slice\") should be \"ownership\""
    );
}

#[test]
fn longer_prefers_the_first_argument_on_a_tie() {
    let a = String::from("abc");
    let b = String::from("xyz");
    let got = longer(&a, &b);
    assert!(
        std::ptr::eq(got, a.as_str()),
        "longer(\"abc\", \"xyz\") should return its first argument, got {got:?}"
    );
}

#[test]
fn longer_accepts_arguments_with_different_owners() {
    let outer = String::from("outer text");
    let inner = String::from("inner");
    let got = longer(&outer, &inner);
    assert_eq!(
        got, "outer text",
        "longer(\"outer text\", \"inner\") should be \"outer text\""
    );
}

#[test]
fn before_returns_the_text_before_the_delimiter() {
    let cases = [
        ("user=ferris", "=", "user"),
        ("std::mem::swap", "::", "std"),
        ("no delimiter here", "=", "no delimiter here"),
        ("=leading", "=", ""),
        ("", "=", ""),
        ("größe: 3", ":", "größe"),
    ];
    for (text, delimiter, expected) in cases {
        let got = before(text, delimiter);
        assert_eq!(
            got, expected,
            "before({text:?}, {delimiter:?}) should be {expected:?}"
        );
    }
}

#[test]
fn before_result_outlives_the_delimiter() {
    let line = String::from("key=value");
    let key;
    // `delimiter` is dropped at the end of this block, and `key` is used
    // after it. If this does not compile, the signature ties the result of
    // `before` to `delimiter`: it should borrow from `text` only.
    {
        let delimiter = String::from("=");
        key = before(&line, &delimiter); // `key` must borrow from `line` only
    }
    assert_eq!(key, "key", "before(\"key=value\", \"=\") should be \"key\"");
}

#[test]
fn first_item_returns_the_first_string() {
    assert_eq!(
        first_item(&["alpha", "beta"]),
        Some("alpha"),
        "first_item([\"alpha\", \"beta\"]) should be Some(\"alpha\")"
    );
    assert_eq!(
        first_item(&["only"]),
        Some("only"),
        "first_item([\"only\"]) should be Some(\"only\")"
    );
    assert_eq!(first_item(&[]), None, "first_item([]) should be None");
}

#[test]
fn first_item_result_outlives_the_list() {
    let text = String::from("red green blue");
    let first;
    // `items` (the Vec) is dropped at the end of this block; `text` is not.
    // If this does not compile, the signature ties the result of
    // `first_item` to the list: it should borrow from the strings in it.
    {
        let items: Vec<&str> = text.split(' ').collect();
        first = first_item(&items); // must borrow from `text`, not from `items`
    }
    assert_eq!(
        first,
        Some("red"),
        "first_item of the words of \"red green blue\" should be Some(\"red\")"
    );
}

#[test]
fn sentence_counts_and_finds_words() {
    let cases = [
        ("the quick brown fox", "the", 4),
        ("  leading spaces", "leading", 2),
        ("one", "one", 1),
        ("", "", 0),
        (" \t\n", "", 0),
        ("所有権 と 借用", "所有権", 3),
    ];
    for (text, word, count) in cases {
        let sentence = Sentence::new(text);
        assert_eq!(
            sentence.first_word(),
            word,
            "Sentence::new({text:?}).first_word() should be {word:?}"
        );
        assert_eq!(
            sentence.word_count(),
            count,
            "Sentence::new({text:?}).word_count() should be {count}"
        );
    }
}

#[test]
fn first_word_points_into_the_text() {
    let text = String::from("slices borrow");
    let sentence = Sentence::new(&text);
    let word = sentence.first_word();
    assert!(
        std::ptr::eq(word.as_ptr(), text.as_ptr()),
        "first_word() of \"slices borrow\" should be a slice of the text, not a copy"
    );
}

#[test]
fn first_word_outlives_the_sentence() {
    let text = String::from("borrowed words live on");
    let word;
    // `sentence` is dropped at the end of this block; `text` is not. If this
    // does not compile, the signature ties the result of `first_word` to
    // `&self`: it should borrow from the text the `Sentence` holds.
    {
        let sentence = Sentence::new(&text);
        word = sentence.first_word(); // must borrow from `text`, not `sentence`
    }
    assert_eq!(
        word, "borrowed",
        "first_word() of \"borrowed words live on\" should be \"borrowed\""
    );
}
