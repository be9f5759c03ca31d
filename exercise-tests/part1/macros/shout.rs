//! Tests for `shout!`: the macro is used on real identifiers here, so a
//! stub that does not expand does not even compile.

use course_shout::shout;

// The expansion must be a literal: only constant expressions fit here.
const LABEL: &str = shout!(total);

#[test]
fn a_lower_case_name_comes_out_in_capitals() {
    assert_eq!(shout!(hello), "HELLO", "shout!(hello)");
    assert_eq!(shout!(max_retries), "MAX_RETRIES", "shout!(max_retries)");
}

#[test]
fn capitals_and_digits_stay_as_they_are() {
    assert_eq!(shout!(Http2Frame), "HTTP2FRAME", "shout!(Http2Frame)");
    assert_eq!(shout!(ALREADY_LOUD), "ALREADY_LOUD", "shout!(ALREADY_LOUD)");
}

#[test]
fn the_expansion_is_a_str_literal_usable_in_a_const() {
    assert_eq!(LABEL, "TOTAL", "const LABEL: &str = shout!(total)");
}

#[test]
fn a_raw_identifier_loses_its_r_hash() {
    assert_eq!(shout!(r#type), "TYPE", "shout!(r#type)");
    assert_eq!(shout!(r#match), "MATCH", "shout!(r#match)");
}

#[test]
fn letters_outside_ascii_are_capitalised_too() {
    assert_eq!(
        shout!(straße),
        "STRASSE",
        "shout!(straße): `ß` becomes `SS`"
    );
    assert_eq!(shout!(émile), "ÉMILE", "shout!(émile)");
}
