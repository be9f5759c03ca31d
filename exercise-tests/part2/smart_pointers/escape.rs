use super::*;

/// Text with nothing to escape: borrowed, the same bytes, no heap activity.
fn check_borrowed(input: &str) {
    let (got, stats) = course_alloc::measure(|| escape_html(input));
    assert!(
        stats.is_zero(),
        "escape_html({input:?}) has nothing to escape, so it should not touch the heap, but it did: {stats:?}"
    );
    match got {
        Cow::Borrowed(text) => {
            assert_eq!(text, input, "escape_html({input:?}) should be unchanged");
            assert_eq!(
                text.as_ptr(),
                input.as_ptr(),
                "escape_html({input:?}) should borrow the input itself"
            );
        }
        Cow::Owned(text) => {
            panic!("escape_html({input:?}) should be Cow::Borrowed, but it is Cow::Owned({text:?})")
        }
    }
}

/// Text that needs escaping: owned, escaped, one allocation.
fn check_escaped(input: &str, expected: &str) {
    let (got, stats) = course_alloc::measure(|| escape_html(input));
    assert_eq!(
        got, expected,
        "escape_html({input:?}) should be {expected:?}"
    );
    assert!(
        matches!(got, Cow::Owned(_)),
        "escape_html({input:?}) changes the text, so it should be Cow::Owned"
    );
    assert_eq!(
        stats.allocations, 1,
        "escape_html({input:?}) should allocate one new string (growing it is fine): {stats:?}"
    );
}

#[test]
fn plain_text_is_borrowed_without_allocating() {
    check_borrowed("Ada Lovelace");
    check_borrowed("The quick brown fox jumps over the lazy dog.");
    check_borrowed("x = 1; y = 2");
}

#[test]
fn the_empty_string_is_borrowed() {
    check_borrowed("");
}

#[test]
fn text_outside_ascii_with_nothing_to_escape_is_borrowed() {
    check_borrowed("Grüße aus Köln — «ça va»");
}

#[test]
fn each_special_character_is_escaped() {
    check_escaped("&", "&amp;");
    check_escaped("<", "&lt;");
    check_escaped(">", "&gt;");
    check_escaped("\"", "&quot;");
    check_escaped("'", "&#39;");
}

#[test]
fn special_characters_anywhere_in_the_text() {
    check_escaped("Fish & Chips", "Fish &amp; Chips");
    check_escaped("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;");
    check_escaped("it's", "it&#39;s");
    check_escaped("say \"hi\"", "say &quot;hi&quot;");
    check_escaped("a < b", "a &lt; b");
    check_escaped("ends with &", "ends with &amp;");
}

#[test]
fn escaping_keeps_text_outside_ascii() {
    check_escaped("Café & Crème", "Café &amp; Crème");
    check_escaped("«<»", "«&lt;»");
}

#[test]
fn entities_already_in_the_text_are_escaped_again() {
    check_escaped("&amp;", "&amp;amp;");
}

#[test]
fn a_list_of_titles_mixes_borrowed_and_owned() {
    let titles = [String::from("Intro"), String::from("Q&A")];
    let escaped: Vec<Cow<'_, str>> = titles.iter().map(|t| escape_html(t)).collect();
    assert_eq!(escaped, ["Intro", "Q&amp;A"], "escaping each title");
    assert!(
        matches!(escaped[0], Cow::Borrowed(_)),
        "\"Intro\" has nothing to escape, so it should be borrowed"
    );
}
