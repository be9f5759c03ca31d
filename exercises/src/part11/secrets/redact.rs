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
        let _ = f;
        todo!("debug-print {}@{}", self.user, self.host)
    }
}

impl DatabaseConfig {
    /// The connection URL, safe to log.
    pub fn url_for_logs(&self) -> String {
        todo!("the URL of {}:{}", self.host, self.port)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/secrets/redact.rs"]
mod tests;
