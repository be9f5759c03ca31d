use super::*;
use sqlx::sqlite::SqlitePoolOptions;

/// A fresh in-memory database with the `notes` table, for one test. It
/// disappears when the pool is dropped at the end of the test.
async fn database() -> SqlitePool {
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect("sqlite::memory:")
        .await
        .expect("an in-memory SQLite database opens");
    sqlx::query(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, body TEXT NOT NULL)",
    )
    .execute(&pool)
    .await
    .expect("the notes table is created");
    pool
}

async fn add(pool: &SqlitePool, title: &str, body: &str) -> i64 {
    match add_note(pool, title, body).await {
        Ok(id) => id,
        Err(error) => panic!("add_note({title:?}, {body:?}) failed: {error}"),
    }
}

async fn find(pool: &SqlitePool, title: &str) -> Option<String> {
    match find_body(pool, title).await {
        Ok(body) => body,
        Err(error) => panic!("find_body({title:?}) failed: {error}"),
    }
}

#[tokio::test]
async fn a_note_is_stored_and_found() {
    let pool = database().await;
    let first = add(&pool, "groceries", "milk, eggs").await;
    let second = add(&pool, "ideas", "a course").await;
    assert_eq!((first, second), (1, 2), "the ids of the first two notes");
    assert_eq!(
        find(&pool, "ideas").await.as_deref(),
        Some("a course"),
        "the body of \"ideas\""
    );
    assert_eq!(
        find(&pool, "nothing").await,
        None,
        "there is no note \"nothing\""
    );
}

#[tokio::test]
async fn quotes_in_the_text_are_just_text() {
    let pool = database().await;
    add(&pool, "Ada's notes", "it's \"quoted\"; -- not a comment").await;
    assert_eq!(
        find(&pool, "Ada's notes").await.as_deref(),
        Some("it's \"quoted\"; -- not a comment"),
        "a title and a body with quotes should be stored as they are"
    );
}

#[tokio::test]
async fn a_crafted_title_cannot_change_the_query() {
    let pool = database().await;
    add(&pool, "public", "anyone may read this").await;
    add(&pool, "secret", "the launch codes").await;
    for title in ["x' OR title = 'secret", "x' OR '1'='1"] {
        let found = find_body(&pool, title).await;
        assert!(
            matches!(found, Ok(None)),
            "no note is called {title:?}, so find_body should return Ok(None), got {found:?}"
        );
    }
}

#[tokio::test]
async fn a_failing_statement_is_an_error_not_a_panic() {
    let pool = database().await;
    add(&pool, "twice", "first").await;
    match add_note(&pool, "twice", "second").await {
        Ok(id) => panic!("titles are UNIQUE, yet a second \"twice\" was stored with id {id}"),
        Err(error) => {
            let is_unique = error
                .as_database_error()
                .is_some_and(|error| error.is_unique_violation());
            assert!(
                is_unique,
                "the error should be the database's unique violation, got: {error}"
            );
        }
    }
}
