use super::*;
use diesel::result::{DatabaseErrorKind, Error};

/// A fresh in-memory database for one test: it lives as long as `conn`.
fn database() -> SqliteConnection {
    connect(":memory:").unwrap_or_else(|error| panic!("connect(\":memory:\") failed: {error}"))
}

fn added(conn: &mut SqliteConnection, title: &str, priority: i32) -> Todo {
    add(conn, title, priority)
        .unwrap_or_else(|error| panic!("add({title:?}, {priority}) failed: {error}"))
}

fn titles(todos: &[Todo]) -> Vec<&str> {
    todos.iter().map(|todo| todo.title.as_str()).collect()
}

#[test]
fn add_returns_the_stored_row() {
    let mut conn = database();
    let first = added(&mut conn, "write the chapter", 2);
    let second = added(&mut conn, "test it", 5);
    assert_eq!(
        (first, second),
        (
            Todo {
                id: 1,
                title: "write the chapter".to_string(),
                priority: 2,
                done: false
            },
            Todo {
                id: 2,
                title: "test it".to_string(),
                priority: 5,
                done: false
            },
        ),
        "the rows add returns"
    );
}

#[test]
fn an_empty_title_is_a_check_violation_not_a_panic() {
    let mut conn = database();
    match add(&mut conn, "", 1) {
        Err(Error::DatabaseError(DatabaseErrorKind::CheckViolation, info)) => assert!(
            info.message().contains("CHECK constraint failed"),
            "SQLite's message says which constraint failed, got {:?}",
            info.message()
        ),
        other => panic!(
            "expected Err(DatabaseError(CheckViolation, _)) for an empty title, got {other:?}"
        ),
    }
}

#[test]
fn pending_is_most_urgent_first_then_oldest_first() {
    let mut conn = database();
    for (title, priority) in [("a", 1), ("b", 3), ("c", 3), ("d", 2), ("e", 5)] {
        added(&mut conn, title, priority);
    }
    let all = pending(&mut conn, 10).expect("pending(10) works");
    assert_eq!(
        titles(&all),
        ["e", "b", "c", "d", "a"],
        "pending(10), by priority then id"
    );
    let two = pending(&mut conn, 2).expect("pending(2) works");
    assert_eq!(titles(&two), ["e", "b"], "pending(2) is the first two");
}

#[test]
fn completed_todos_are_no_longer_pending() {
    let mut conn = database();
    let first = added(&mut conn, "first", 1);
    let second = added(&mut conn, "second", 1);
    assert_eq!(
        complete(&mut conn, first.id),
        Ok(true),
        "complete({}) of an existing todo",
        first.id
    );
    assert_eq!(
        complete(&mut conn, 99),
        Ok(false),
        "complete(99): there is no todo 99"
    );
    let left = pending(&mut conn, 10).expect("pending works");
    assert_eq!(
        titles(&left),
        [second.title.as_str()],
        "only the second todo is still pending"
    );
}

#[test]
fn search_matches_percent_and_underscore_literally() {
    let mut conn = database();
    for title in ["100% done", "100 percent", "a_b", "axb", "back\\slash"] {
        added(&mut conn, title, 0);
    }
    for (word, expected) in [
        ("100", vec!["100% done", "100 percent"]),
        ("%", vec!["100% done"]),
        ("_", vec!["a_b"]),
        ("\\", vec!["back\\slash"]),
        ("nothing", vec![]),
    ] {
        let found = search(&mut conn, word)
            .unwrap_or_else(|error| panic!("search({word:?}) failed: {error}"));
        assert_eq!(titles(&found), expected, "search({word:?})");
    }
}
