use super::*;

/// Asserts that `part` is a sub-slice of `whole` (same memory, not a copy).
fn assert_points_into(part: &str, whole: &str) {
    let whole_range = whole.as_bytes().as_ptr_range();
    let part_range = part.as_bytes().as_ptr_range();
    assert!(
        whole_range.start <= part_range.start && part_range.end <= whole_range.end,
        "first_word({whole:?}) returned {part:?}, which is not a slice of the input: \
         return `&text[..]`-style borrows, not new Strings"
    );
}

fn check(input: &str, expected: &str) {
    let got = first_word(input);
    assert_eq!(
        got, expected,
        "first_word({input:?}) should be {expected:?}"
    );
    if !expected.is_empty() {
        assert_points_into(got, input);
    }
}

#[test]
fn two_words() {
    check("hello world", "hello");
}

#[test]
fn one_word() {
    check("ownership", "ownership");
}

#[test]
fn leading_and_mixed_whitespace() {
    check("  \t borrow\nchecker", "borrow");
}

#[test]
fn no_words() {
    check("", "");
    check("   \n\t ", "");
}

#[test]
fn non_ascii_words() {
    check("héllo wörld", "héllo");
    check("所有権 と 借用", "所有権");
}

#[test]
fn result_borrows_from_a_string_the_caller_owns() {
    let owned = String::from("slices borrow");
    let word = first_word(&owned);
    assert_eq!(
        word, "slices",
        "first_word(\"slices borrow\") should be \"slices\""
    );
    assert_points_into(word, &owned);
}
