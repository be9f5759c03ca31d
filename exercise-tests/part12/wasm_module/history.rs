use super::*;

#[test]
fn a_new_history_is_empty() {
    let history = History::new();
    assert_eq!(
        history.contents(),
        b"",
        "History::new().contents() should be empty"
    );
}

#[test]
fn push_returns_the_length_so_far() {
    let mut history = History::new();
    assert_eq!(
        history.push(b"abc"),
        3,
        "push(b\"abc\") on an empty history"
    );
    assert_eq!(history.push(b""), 3, "then push(b\"\")");
    assert_eq!(history.push(b"de"), 5, "then push(b\"de\")");
}

#[test]
fn contents_are_every_byte_in_order() {
    let mut history = History::new();
    history.push(b"web");
    history.push(b"assembly");
    assert_eq!(
        history.contents(),
        b"webassembly",
        "contents() after push(b\"web\") and push(b\"assembly\")"
    );
}

#[test]
fn clear_forgets_everything() {
    let mut history = History::new();
    history.push(b"old");
    history.clear();
    assert_eq!(history.contents(), b"", "contents() after clear()");
    assert_eq!(history.push(b"new"), 3, "push(b\"new\") after clear()");
}

#[test]
fn default_is_the_same_as_new() {
    let mut history = History::default();
    assert_eq!(history.contents(), b"", "History::default().contents()");
    assert_eq!(history.push(b"x"), 1, "push(b\"x\") on History::default()");
}
