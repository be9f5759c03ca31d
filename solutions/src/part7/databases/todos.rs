//! The same kind of work with Diesel. The schema is Rust code (the
//! `table!` below, as `diesel print-schema` writes it), and queries are
//! Rust expressions that the compiler checks against it: a misspelt column
//! or a comparison of an integer with text does not compile.
//!
//! 1. `connect`: establish a `SqliteConnection` to `url` and create the
//!    table with `SCHEMA` (`batch_execute`).
//! 2. `add`: insert a `NewTodo` and return the stored row
//!    (`returning(Todo::as_returning())`). An empty title is refused by the
//!    table's `CHECK`: return Diesel's error, do not panic.
//! 3. `pending`: the todos not done, highest priority first, then lowest
//!    id first; at most `limit` of them.
//! 4. `complete`: mark one done; `Ok(false)` if there is no such todo.
//! 5. `search`: the todos whose title contains `word`, by id. `%` and `_`
//!    in `word` match themselves, not "anything": escape them with `\`
//!    and tell `LIKE` so with `.escape('\\')`.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sqlite::SqliteConnection;

diesel::table! {
    todos (id) {
        id -> Integer,
        title -> Text,
        priority -> Integer,
        done -> Bool,
    }
}

/// The SQL that creates the table `todos!` describes.
pub const SCHEMA: &str = "CREATE TABLE todos (
    id INTEGER PRIMARY KEY NOT NULL,
    title TEXT NOT NULL CHECK (length(title) > 0),
    priority INTEGER NOT NULL DEFAULT 0,
    done BOOLEAN NOT NULL DEFAULT 0
)";

/// One row of `todos`.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = todos)]
#[diesel(check_for_backend(diesel::sqlite::Sqlite))]
pub struct Todo {
    /// Its number.
    pub id: i32,
    /// What to do.
    pub title: String,
    /// Higher is more urgent.
    pub priority: i32,
    /// Whether it is done.
    pub done: bool,
}

/// A todo to insert: the database fills in `id` and `done`.
#[derive(Debug, Insertable)]
#[diesel(table_name = todos)]
pub struct NewTodo<'a> {
    /// What to do.
    pub title: &'a str,
    /// Higher is more urgent.
    pub priority: i32,
}

/// Connects to `url` (`":memory:"` or a file path) and creates the table.
pub fn connect(url: &str) -> Result<SqliteConnection, Box<dyn std::error::Error + Send + Sync>> {
    let mut conn = SqliteConnection::establish(url)?;
    conn.batch_execute(SCHEMA)?;
    Ok(conn)
}

/// Inserts a todo and returns it as stored.
pub fn add(conn: &mut SqliteConnection, title: &str, priority: i32) -> QueryResult<Todo> {
    diesel::insert_into(todos::table)
        .values(NewTodo { title, priority })
        .returning(Todo::as_returning())
        .get_result(conn)
}

/// The todos not done, most urgent first, at most `limit`.
pub fn pending(conn: &mut SqliteConnection, limit: i64) -> QueryResult<Vec<Todo>> {
    todos::table
        .filter(todos::done.eq(false))
        .order((todos::priority.desc(), todos::id.asc()))
        .limit(limit)
        .select(Todo::as_select())
        .load(conn)
}

/// Marks todo `id` done; `false` if there is none.
pub fn complete(conn: &mut SqliteConnection, id: i32) -> QueryResult<bool> {
    let updated = diesel::update(todos::table.find(id))
        .set(todos::done.eq(true))
        .execute(conn)?;
    Ok(updated == 1)
}

/// The todos whose title contains `word` literally, by id.
pub fn search(conn: &mut SqliteConnection, word: &str) -> QueryResult<Vec<Todo>> {
    let escaped = word
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    todos::table
        .filter(todos::title.like(format!("%{escaped}%")).escape('\\'))
        .order(todos::id.asc())
        .select(Todo::as_select())
        .load(conn)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/databases/todos.rs"]
mod tests;
