//! A user store on SQLite with the source document's `AppError`, wired
//! up the obvious way: every `sqlx::Error` goes through `#[from]` with `?`.
//! The code compiles and runs, but operators and clients complain:
//!
//! - Asking for a user that does not exist is reported as a database
//!   failure (a 500 for the client), not as `NotFound`.
//! - Registering an e-mail address that is already taken is also a
//!   database failure, not `Conflict(email)`.
//! - In the logs, where errors are printed with their chain of sources,
//!   the database's message appears twice.
//!
//! Fix the three. Keep the signatures, and keep real database failures
//! (a missing table, a closed pool) as `Database`, with the `sqlx::Error`
//! as their source. Invalid addresses (no `@`, or longer than 254 bytes)
//! are `Validation` and never reach the database.

use sqlx::{Row, SqlitePool};

/// What the user store can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The database failed.
    #[error("database error")]
    Database(#[from] sqlx::Error),
    /// No such user.
    #[error("not found")]
    NotFound,
    /// The address is taken.
    #[error("{0} is already registered")]
    Conflict(String),
    /// The input is not acceptable.
    #[error("validation error: {0}")]
    Validation(String),
}

/// The module's result: `AppError` unless said otherwise.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// Creates the `users` table.
pub async fn setup(pool: &SqlitePool) -> Result<()> {
    sqlx::query("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE)")
        .execute(pool)
        .await?;
    Ok(())
}

/// Registers `email` and returns the new user's id.
pub async fn register(pool: &SqlitePool, email: &str) -> Result<i64> {
    if !email.contains('@') || email.len() > 254 {
        return Err(AppError::Validation(format!("{email:?} is not an address")));
    }
    let row = sqlx::query("INSERT INTO users (email) VALUES (?) RETURNING id")
        .bind(email)
        .fetch_one(pool)
        .await
        .map_err(|error| match error.as_database_error() {
            Some(db) if db.is_unique_violation() => AppError::Conflict(email.to_string()),
            _ => AppError::Database(error),
        })?;
    Ok(row.try_get("id")?)
}

/// The e-mail address of user `id`.
pub async fn email_of(pool: &SqlitePool, id: i64) -> Result<String> {
    let row = sqlx::query("SELECT email FROM users WHERE id = ?")
        .bind(id)
        .fetch_optional(pool)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(row.try_get("email")?)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/errors/users.rs"]
mod tests;
