//! A small bank on SQLite, with sqlx: migrations, a pool, typed rows, and
//! a transaction that moves money all or nothing.
//!
//! 1. `migrator`: a `Migrator` made of the `MIGRATIONS` below, in order
//!    (`Migration::new(version, description.into(), MigrationType::Simple,
//!    sql.into_sql_str(), false)`).
//! 2. `open`: a pool of at most 4 connections to the database file `path`
//!    (created if missing, with foreign keys enforced), migrated. Opening
//!    an existing database runs no migration twice. A failure (say, a
//!    folder that does not exist) is an `Err`, never a panic.
//! 3. `FromRow for Account`, by hand (the course builds sqlx without its
//!    derive macros; see the chapter), then `open_account`: one `INSERT ...
//!    RETURNING` read with `query_as`. An owner who already has an account
//!    gives `DuplicateOwner`; a negative opening balance gives
//!    `InvalidAmount` (check it before asking the database).
//! 4. `transfer`: in one transaction, take `cents` (more than 0, or
//!    `InvalidAmount`) from `from`, give them to `to`, and record the
//!    transfer in `transfers`. `NoSuchAccount(id)` if either account is
//!    missing, `InsufficientFunds` if `from` has less than `cents`. When it
//!    fails, no balance has changed. Transfers may run at the same time on
//!    different connections: none may be lost or fail for another reason.

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions, SqliteRow};
use sqlx::{FromRow, Row, SqlSafeStr, SqlitePool};
use std::path::Path;

/// The schema, one migration at a time: (version, description, SQL).
pub const MIGRATIONS: [(i64, &str, &str); 2] = [
    (
        1,
        "accounts",
        "CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            owner TEXT NOT NULL UNIQUE,
            balance INTEGER NOT NULL CHECK (balance >= 0)
        )",
    ),
    (
        2,
        "transfers",
        "CREATE TABLE transfers (
            id INTEGER PRIMARY KEY,
            from_id INTEGER NOT NULL REFERENCES accounts (id),
            to_id INTEGER NOT NULL REFERENCES accounts (id),
            cents INTEGER NOT NULL CHECK (cents > 0)
        )",
    ),
];

/// One row of `accounts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The account's number.
    pub id: i64,
    /// Who owns it (one account per owner).
    pub owner: String,
    /// What is in it, in cents.
    pub balance: i64,
}

/// What can go wrong.
#[derive(Debug, thiserror::Error)]
pub enum BankError {
    /// The owner already has an account.
    #[error("{0} already has an account")]
    DuplicateOwner(String),
    /// There is no account with this id.
    #[error("there is no account {0}")]
    NoSuchAccount(i64),
    /// The account holds less than the transfer asks for.
    #[error("account {account} holds {balance} cents, not enough")]
    InsufficientFunds {
        /// The account.
        account: i64,
        /// What it holds.
        balance: i64,
    },
    /// An amount that is not allowed here.
    #[error("{0} cents is not a valid amount here")]
    InvalidAmount(i64),
    /// The database failed.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A migration failed.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// The migrations of `MIGRATIONS`, ready to run.
pub fn migrator() -> Migrator {
    Migrator::with_migrations(
        MIGRATIONS
            .iter()
            .map(|&(version, description, sql)| {
                Migration::new(
                    version,
                    description.into(),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    false,
                )
            })
            .collect(),
    )
}

/// Opens (or creates) the database at `path` and brings its schema up to date.
pub async fn open(path: &Path) -> Result<SqlitePool, BankError> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .foreign_keys(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .connect_with(options)
        .await?;
    migrator().run(&pool).await?;
    Ok(pool)
}

impl FromRow<'_, SqliteRow> for Account {
    fn from_row(row: &SqliteRow) -> sqlx::Result<Self> {
        Ok(Account {
            id: row.try_get("id")?,
            owner: row.try_get("owner")?,
            balance: row.try_get("balance")?,
        })
    }
}

/// Opens an account for `owner` with `cents` in it.
pub async fn open_account(
    pool: &SqlitePool,
    owner: &str,
    cents: i64,
) -> Result<Account, BankError> {
    if cents < 0 {
        return Err(BankError::InvalidAmount(cents));
    }
    sqlx::query_as(
        "INSERT INTO accounts (owner, balance) VALUES (?, ?) RETURNING id, owner, balance",
    )
    .bind(owner)
    .bind(cents)
    .fetch_one(pool)
    .await
    .map_err(|error| match error.as_database_error() {
        Some(db) if db.is_unique_violation() => BankError::DuplicateOwner(owner.to_string()),
        _ => BankError::Database(error),
    })
}

/// The balance of account `id`.
pub async fn balance(pool: &SqlitePool, id: i64) -> Result<i64, BankError> {
    sqlx::query_scalar("SELECT balance FROM accounts WHERE id = ?")
        .bind(id)
        .fetch_optional(pool)
        .await?
        .ok_or(BankError::NoSuchAccount(id))
}

/// Moves `cents` from account `from` to account `to`, all or nothing.
pub async fn transfer(pool: &SqlitePool, from: i64, to: i64, cents: i64) -> Result<(), BankError> {
    if cents <= 0 {
        return Err(BankError::InvalidAmount(cents));
    }
    // IMMEDIATE takes the write lock at once, so two transfers never both
    // read first and then fight over the lock.
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    // The check and the debit are one statement: nothing can slip between.
    let taken =
        sqlx::query("UPDATE accounts SET balance = balance - ? WHERE id = ? AND balance >= ?")
            .bind(cents)
            .bind(from)
            .bind(cents)
            .execute(&mut *tx)
            .await?;
    if taken.rows_affected() == 0 {
        let balance: Option<i64> = sqlx::query_scalar("SELECT balance FROM accounts WHERE id = ?")
            .bind(from)
            .fetch_optional(&mut *tx)
            .await?;
        // Returning drops `tx`, which rolls the transaction back.
        return Err(match balance {
            None => BankError::NoSuchAccount(from),
            Some(balance) => BankError::InsufficientFunds {
                account: from,
                balance,
            },
        });
    }
    let given = sqlx::query("UPDATE accounts SET balance = balance + ? WHERE id = ?")
        .bind(cents)
        .bind(to)
        .execute(&mut *tx)
        .await?;
    if given.rows_affected() == 0 {
        return Err(BankError::NoSuchAccount(to));
    }
    sqlx::query("INSERT INTO transfers (from_id, to_id, cents) VALUES (?, ?, ?)")
        .bind(from)
        .bind(to)
        .bind(cents)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/databases/bank.rs"]
mod tests;
