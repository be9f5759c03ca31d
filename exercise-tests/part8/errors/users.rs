use super::*;
use sqlx::sqlite::SqlitePoolOptions;
use std::error::Error as _;

/// A fresh in-memory database with the `users` table. One connection:
/// each connection to `sqlite::memory:` is a database of its own.
async fn database() -> SqlitePool {
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect("sqlite::memory:")
        .await
        .expect("an in-memory SQLite database opens");
    setup(&pool).await.expect("the table is created");
    pool
}

/// The error as a log prints it: every source, joined by ": ".
fn chain(error: AppError) -> String {
    format!("{:#}", anyhow::Error::from(error))
}

#[tokio::test]
async fn a_registered_user_can_be_read_back() {
    let pool = database().await;
    let ada = register(&pool, "ada@example.com").await.unwrap();
    let grace = register(&pool, "grace@example.com").await.unwrap();
    assert_ne!(ada, grace, "two users should get two ids");
    assert_eq!(email_of(&pool, ada).await.unwrap(), "ada@example.com");
    assert_eq!(email_of(&pool, grace).await.unwrap(), "grace@example.com");
}

#[tokio::test]
async fn a_missing_user_is_not_found() {
    let pool = database().await;
    let result = email_of(&pool, 42).await;
    assert!(
        matches!(result, Err(AppError::NotFound)),
        "email_of(42) on an empty table should be NotFound, got {result:?}"
    );
}

#[tokio::test]
async fn a_taken_address_is_a_conflict() {
    let pool = database().await;
    let id = register(&pool, "ada@example.com").await.unwrap();
    let result = register(&pool, "ada@example.com").await;
    match result {
        Err(AppError::Conflict(email)) => assert_eq!(email, "ada@example.com"),
        other => panic!("registering ada@example.com twice should be Conflict, got {other:?}"),
    }
    assert_eq!(email_of(&pool, id).await.unwrap(), "ada@example.com");
}

#[tokio::test]
async fn invalid_addresses_never_reach_the_database() {
    let pool = database().await;
    // A closed pool fails every query: a validation error proves no query ran.
    pool.close().await;
    let too_long = format!("{}@example.com", "a".repeat(250));
    for bad in ["", "ada", "'; DROP TABLE users; --", too_long.as_str()] {
        let result = register(&pool, bad).await;
        assert!(
            matches!(result, Err(AppError::Validation(_))),
            "register({bad:?}) should be Validation, got {result:?}"
        );
    }
}

#[tokio::test]
async fn hostile_addresses_are_stored_as_text() {
    let pool = database().await;
    let hostile = "x@y'); DROP TABLE users; --";
    let id = register(&pool, hostile).await.unwrap();
    assert_eq!(email_of(&pool, id).await.unwrap(), hostile);
}

#[tokio::test]
async fn a_missing_table_is_a_database_error_with_its_source() {
    let pool = database().await;
    let id = register(&pool, "ada@example.com").await.unwrap();
    sqlx::query("DROP TABLE users")
        .execute(&pool)
        .await
        .unwrap();

    for (what, result) in [
        ("email_of", email_of(&pool, id).await.map(|_| ())),
        (
            "register",
            register(&pool, "grace@example.com").await.map(|_| ()),
        ),
    ] {
        let error = result.unwrap_err();
        assert!(
            matches!(error, AppError::Database(_)),
            "{what} without a table should be Database, got {error:?}"
        );
        assert_eq!(error.to_string(), "database error");
        let source = error
            .source()
            .unwrap_or_else(|| panic!("{what}: a Database error should keep its source"));
        assert!(
            source.downcast_ref::<sqlx::Error>().is_some(),
            "{what}: the source should be the sqlx::Error itself, got {source:?}"
        );
        let log = chain(error);
        assert!(
            log.starts_with("database error: "),
            "{what}: the log line should start with `database error: `, got {log:?}"
        );
        assert!(
            log.contains("no such table: users"),
            "{what}: the log line should name the cause, got {log:?}"
        );
    }
}

#[tokio::test]
async fn a_closed_pool_is_a_database_error() {
    let pool = database().await;
    pool.close().await;
    let result = email_of(&pool, 1).await;
    assert!(
        matches!(result, Err(AppError::Database(sqlx::Error::PoolClosed))),
        "email_of on a closed pool should be Database(PoolClosed), got {result:?}"
    );
}
