//! `#[derive(Debug)]` prints every field, so one `tracing::debug!("{config:?}")`
//! puts the database password in the logs. Write `Debug` for
//! `DatabaseConfig` by hand: the same output as the derive, except that the
//! password shows as `[REDACTED]`:
//!
//! ```text
//! DatabaseConfig { host: "db.internal", port: 5432, user: "app", password: [REDACTED] }
//! ```
//!
//! and `{:#?}` must work too (use `Formatter::debug_struct`, which handles
//! both). Then write `url_for_logs`, the connection URL with the password
//! replaced by `***`: `postgres://app:***@db.internal:5432`.

use std::fmt;

/// How to reach the database.
pub struct DatabaseConfig {
    pub host: String,
    pub port: u16,
    pub user: String,
    pub password: String,
}
impl fmt::Debug for DatabaseConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DatabaseConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("user", &self.user)
            // `format_args!` prints without quotes, so the output cannot be
            // mistaken for a password that is the text "[REDACTED]".
            .field("password", &format_args!("[REDACTED]"))
            .finish()
    }
}

impl DatabaseConfig {
    /// The connection URL, safe to log.
    pub fn url_for_logs(&self) -> String {
        format!("postgres://{}:***@{}:{}", self.user, self.host, self.port)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/secrets/redact.rs"]
mod tests;
