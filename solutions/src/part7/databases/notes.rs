//! `add_note` and `find_body` build their SQL with `format!`, pasting the
//! caller's text into the statement. A title with an apostrophe (`Ada's
//! notes`) breaks the statement, and a crafted title (`x' OR '1'='1`)
//! changes what it means: SQL injection. sqlx 0.9 makes you write
//! `AssertSqlSafe` to run SQL built at run time, and here the assertion is
//! wrong.
//!
//! Rewrite both functions with bind parameters: constant SQL with `?`
//! placeholders, and the values passed with `.bind(..)`. The table is
//!
//! ```sql
//! CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, body TEXT NOT NULL)
//! ```

use sqlx::SqlitePool;

/// Stores a note and returns its id.
pub async fn add_note(pool: &SqlitePool, title: &str, body: &str) -> sqlx::Result<i64> {
    let result = sqlx::query("INSERT INTO notes (title, body) VALUES (?, ?)")
        .bind(title)
        .bind(body)
        .execute(pool)
        .await?;
    Ok(result.last_insert_rowid())
}

/// The body of the note called `title`, if there is one.
pub async fn find_body(pool: &SqlitePool, title: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT body FROM notes WHERE title = ?")
        .bind(title)
        .fetch_optional(pool)
        .await
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/databases/notes.rs"]
mod tests;
