//! SQL injection happens when a value is pasted into the text of a query.
//! Values belong in bind parameters (`?1`, `?2`, …), which the database
//! never reads as SQL; only names (tables, columns) are part of the text.
//! This query builder makes that the only thing its types allow:
//!
//! - `Ident::parse(name)` accepts a name of 1 to 63 bytes made of ASCII
//!   lowercase letters, digits and `_`, not starting with a digit, and
//!   returns `None` for anything else (`"users; DROP TABLE users"`,
//!   `"Users"`, `"1st"`, `""`, quotes, spaces);
//! - `Select::from(table)` starts a query; `.column(c)` adds a column
//!   (none means `*`), `.where_eq(c, value)` adds a condition (several are
//!   joined by `AND`), `.limit(n)` sets a limit (a `u32`, so it can be
//!   part of the text);
//! - `build()` returns the SQL text and the parameters in order:
//!
//! ```text
//! SELECT name, email FROM users WHERE id = ?1 AND role = ?2 LIMIT 10
//! params: [Int(7), Text("admin")]
//! ```
//!
//! Write `Ident::parse` and `Select::build`.

/// A table or column name that is safe to put into SQL text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident(String);

/// A value sent as a bind parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Int(i64),
    Text(String),
}

impl From<i64> for Value {
    fn from(value: i64) -> Value {
        Value::Int(value)
    }
}

impl From<&str> for Value {
    fn from(value: &str) -> Value {
        Value::Text(value.to_string())
    }
}

/// A finished query: SQL text and its parameters, `?1` first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub sql: String,
    pub params: Vec<Value>,
}

/// A `SELECT` being built.
#[derive(Debug, Clone)]
pub struct Select {
    table: Ident,
    columns: Vec<Ident>,
    conditions: Vec<(Ident, Value)>,
    limit: Option<u32>,
}

impl Ident {
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Select {
    /// `SELECT … FROM table`.
    pub fn from(table: Ident) -> Select {
        Select {
            table,
            columns: Vec::new(),
            conditions: Vec::new(),
            limit: None,
        }
    }

    /// Adds a column to the result.
    pub fn column(mut self, column: Ident) -> Select {
        self.columns.push(column);
        self
    }

    /// Adds `column = value`, the value as a parameter.
    pub fn where_eq(mut self, column: Ident, value: impl Into<Value>) -> Select {
        self.conditions.push((column, value.into()));
        self
    }

    /// Returns at most `n` rows.
    pub fn limit(mut self, n: u32) -> Select {
        self.limit = Some(n);
        self
    }
    /// The SQL text and its parameters.
    pub fn build(self) -> Query {
        let columns = if self.columns.is_empty() {
            "*".to_string()
        } else {
            let names: Vec<&str> = self.columns.iter().map(Ident::as_str).collect();
            names.join(", ")
        };
        let mut sql = format!("SELECT {columns} FROM {}", self.table.as_str());
        let mut params = Vec::with_capacity(self.conditions.len());
        for (i, (column, value)) in self.conditions.into_iter().enumerate() {
            let joiner = if i == 0 { " WHERE " } else { " AND " };
            sql.push_str(&format!("{joiner}{} = ?{}", column.as_str(), i + 1));
            params.push(value);
        }
        if let Some(n) = self.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        Query { sql, params }
    }
}

impl Ident {
    /// Checks a name; `None` if it could not be used safely in SQL text.
    pub fn parse(name: &str) -> Option<Ident> {
        let valid_len = (1..=63).contains(&name.len());
        let valid_chars = name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        let starts_ok = !name.starts_with(|c: char| c.is_ascii_digit());
        (valid_len && valid_chars && starts_ok).then(|| Ident(name.to_string()))
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/types/query.rs"]
mod tests;
