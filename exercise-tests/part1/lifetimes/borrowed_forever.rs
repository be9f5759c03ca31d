use super::*;

/// Asserts that every word is a slice of one of `lines` (borrowed, not copied).
fn assert_borrowed(words: &[&str], lines: &[&String]) {
    for word in words {
        let part = word.as_bytes().as_ptr_range();
        let inside = lines.iter().any(|line| {
            let whole = line.as_bytes().as_ptr_range();
            whole.start <= part.start && part.end <= whole.end
        });
        assert!(
            inside,
            "the word {word:?} is not a slice of the lines {lines:?}: keep returning borrows \
             of the lines, not new Strings"
        );
    }
}

#[test]
fn push_words_can_be_called_again_on_the_same_vector() {
    let first = String::from("borrowed for");
    let second = String::from("a moment");
    let mut words = Vec::new();
    push_words(&mut words, &first);
    // Reading `words` here needs the first mutable borrow to be over. If this
    // does not compile, the signature ties the borrow of the vector to the
    // lifetime of its strings.
    assert_eq!(
        words.len(),
        2,
        "after push_words(\"borrowed for\") the list should hold 2 words"
    );
    push_words(&mut words, &second);
    assert_eq!(
        words,
        ["borrowed", "for", "a", "moment"],
        "push_words of \"borrowed for\" and then \"a moment\""
    );
    assert_borrowed(&words, &[&first, &second]);
}

#[test]
fn push_words_of_a_blank_line_adds_nothing() {
    let line = String::from("one");
    let blank = String::from(" \t ");
    let mut words = Vec::new();
    push_words(&mut words, &line);
    push_words(&mut words, &blank);
    assert_eq!(
        words,
        ["one"],
        "push_words of \"one\" and then of a blank line"
    );
}

#[test]
fn all_words_of_several_lines() {
    let lines = vec![
        String::from("the quick"),
        String::from(""),
        String::from("  brown\tfox "),
    ];
    let words = all_words(&lines);
    assert_eq!(
        words,
        ["the", "quick", "brown", "fox"],
        "all_words({lines:?})"
    );
    assert_borrowed(&words, &lines.iter().collect::<Vec<_>>());
    assert!(
        all_words(&[]).is_empty(),
        "all_words of no lines should be empty"
    );
}

#[test]
fn an_appender_can_be_used_for_a_while_and_then_let_go() {
    let first = String::from("short longest mid");
    let second = String::from("ab cd");
    let mut out = vec!["kept"];
    {
        let mut appender = Appender::new(&mut out);
        appender.push_longest(&first);
        assert_eq!(
            appender.count(),
            2,
            "the list should hold 2 words after one push_longest"
        );
        appender.push_longest(&second);
    }
    // The appender is gone: `out` must be usable again. If this does not
    // compile, `Appender` keeps the list borrowed as long as its words live.
    out.push("last");
    assert_eq!(
        out,
        ["kept", "longest", "ab", "last"],
        "push_longest(\"short longest mid\") and push_longest(\"ab cd\") (the first of equally long words wins)"
    );
}

#[test]
fn longest_per_line_skips_blank_lines() {
    let lines = vec![
        String::from("a bb ccc"),
        String::from("   "),
        String::from("größe xy"),
        String::from("tie tie"),
    ];
    let got = longest_per_line(&lines);
    assert_eq!(got, ["ccc", "größe", "tie"], "longest_per_line({lines:?})");
    assert_borrowed(&got, &lines.iter().collect::<Vec<_>>());
    let first_tie = lines[3].as_ptr();
    assert!(
        std::ptr::eq(got[2].as_ptr(), first_tie),
        "longest_per_line should keep the first of equally long words"
    );
}

#[test]
fn longest_per_line_of_nothing_is_empty() {
    assert!(
        longest_per_line(&[]).is_empty(),
        "longest_per_line of no lines should be empty"
    );
}
