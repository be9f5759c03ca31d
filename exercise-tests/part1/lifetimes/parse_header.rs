use super::*;

/// Asserts that `part` is a sub-slice of `whole` (same memory, not a copy).
fn assert_points_into(part: &str, whole: &str, what: &str) {
    let whole_range = whole.as_bytes().as_ptr_range();
    let part_range = part.as_bytes().as_ptr_range();
    assert!(
        whole_range.start <= part_range.start && part_range.end <= whole_range.end,
        "parse_header({whole:?}) returned the {what} {part:?}, which is not a slice of the \
         input: return `&line[..]`-style borrows (split_once, trim), not new Strings"
    );
}

fn check(line: &str, expected: Option<(&str, &str)>) {
    let got = parse_header(line);
    assert_eq!(
        got, expected,
        "parse_header({line:?}) should be {expected:?}"
    );
    if let Some((name, value)) = got {
        assert_points_into(name, line, "name");
        if !value.is_empty() {
            assert_points_into(value, line, "value");
        }
    }
}

#[test]
fn splits_name_and_value() {
    check(
        "Content-Type: text/html",
        Some(("Content-Type", "text/html")),
    );
    check("Accept:*/*", Some(("Accept", "*/*")));
}

#[test]
fn value_keeps_its_inner_spaces() {
    check(
        "User-Agent: curl/8.5.0 (x86_64-pc-linux-gnu)",
        Some(("User-Agent", "curl/8.5.0 (x86_64-pc-linux-gnu)")),
    );
}

#[test]
fn only_the_first_colon_separates() {
    check("Host: example.com:8080", Some(("Host", "example.com:8080")));
    check("X-Time: 12:30:45", Some(("X-Time", "12:30:45")));
}

#[test]
fn whitespace_around_name_and_value_is_trimmed() {
    check("  Accept :   */*  ", Some(("Accept", "*/*")));
    check("\tServer\t:\tferris\t", Some(("Server", "ferris")));
    check("Connection: close\r\n", Some(("Connection", "close")));
}

#[test]
fn empty_value_is_allowed() {
    check("X-Empty:", Some(("X-Empty", "")));
    check("X-Blank:   \t", Some(("X-Blank", "")));
}

#[test]
fn missing_colon_gives_none() {
    check("no separator here", None);
    check("Content-Type text/html", None);
}

#[test]
fn empty_name_gives_none() {
    check(": value", None);
    check("   :value", None);
    check(":", None);
}

#[test]
fn empty_and_blank_lines_give_none() {
    check("", None);
    check("   \r\n", None);
}

#[test]
fn non_ascii_names_and_values() {
    check("Grüße: schöne Tage", Some(("Grüße", "schöne Tage")));
    check("件名: こんにちは", Some(("件名", "こんにちは")));
    // U+3000 is the ideographic space: whitespace too.
    check("名前:\u{3000}値\u{3000}", Some(("名前", "値")));
}

#[test]
fn results_borrow_from_a_string_the_caller_owns() {
    let owned = String::from("Cache-Control: no-cache");
    let (name, value) = parse_header(&owned).expect("\"Cache-Control: no-cache\" is a header");
    assert_eq!(
        (name, value),
        ("Cache-Control", "no-cache"),
        "parse_header(\"Cache-Control: no-cache\") should be (\"Cache-Control\", \"no-cache\")"
    );
    assert_points_into(name, &owned, "name");
    assert_points_into(value, &owned, "value");
}
