use super::*;

#[test]
fn first_word_of_a_sentence() {
    let got = first_word("  hello wasm\tworld");
    assert_eq!(got, "hello", "first_word(\"  hello wasm\\tworld\")");
}

#[test]
fn first_word_of_nothing_is_empty() {
    assert_eq!(first_word(""), "", "first_word(\"\")");
    assert_eq!(first_word(" \n\t"), "", "first_word(\" \\n\\t\")");
}

#[test]
fn extent_of_some_values() {
    let got = extent(&[3.0, -1.5, 2.0, 8.25]);
    assert_eq!(
        got,
        Some(Extent {
            min: -1.5,
            max: 8.25
        }),
        "extent(&[3.0, -1.5, 2.0, 8.25])"
    );
}

#[test]
fn extent_of_one_value() {
    let got = extent(&[4.0]);
    assert_eq!(got, Some(Extent { min: 4.0, max: 4.0 }), "extent(&[4.0])");
}

#[test]
fn extent_of_nothing_is_none() {
    assert_eq!(extent(&[]), None, "extent(&[]) should be None");
}

#[test]
fn scale_multiplies_in_order() {
    let got = scale(&[1.0, -2.0, 0.5], 4.0);
    assert_eq!(got, vec![4.0, -8.0, 2.0], "scale(&[1.0, -2.0, 0.5], 4.0)");
    let empty: &[f64] = &[];
    assert!(
        scale(empty, 3.0).is_empty(),
        "scale of no values should be empty"
    );
}
