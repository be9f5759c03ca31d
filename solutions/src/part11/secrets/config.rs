//! Load the service's configuration from environment variables (passed in
//! as a map, so the tests need no real environment):
//!
//! - `PORT`: a number from 1 to 65535 (`Err(BadPort)` otherwise,
//!   `Err(Missing("PORT"))` if absent);
//! - `API_TOKEN`: exactly 40 lowercase hex characters
//!   (`Err(BadToken { len })` with the number of characters given, never the
//!   value; `Err(Missing("API_TOKEN"))` if absent).
//!
//! Take the token *out* of `vars` with `remove`, whatever happens next, so
//! that the map, if anyone logs or keeps it, no longer holds the secret; and
//! keep it in a `SecretString`, whose `Debug` prints `[REDACTED]` and whose
//! memory is zeroed when it is dropped. Check `API_TOKEN` before `PORT`.

use std::collections::HashMap;

use secrecy::SecretString;

/// The service's configuration.
#[derive(Debug)]
pub struct AppConfig {
    pub port: u16,
    pub api_token: SecretString,
}

/// Why the configuration could not be loaded. No variant holds a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("the environment variable {0} is not set: set it and start again")]
    Missing(&'static str),
    #[error("API_TOKEN must be 40 lowercase hex characters, but has {len} characters")]
    BadToken { len: usize },
    #[error("PORT must be a number from 1 to 65535")]
    BadPort,
}
/// Reads the configuration, taking the secret out of `vars`.
pub fn load(vars: &mut HashMap<String, String>) -> Result<AppConfig, ConfigError> {
    // Moved straight into a `SecretString`: dropped (and zeroed) on every path.
    let token = SecretString::from(
        vars.remove("API_TOKEN")
            .ok_or(ConfigError::Missing("API_TOKEN"))?,
    );
    let valid = {
        use secrecy::ExposeSecret;
        let text = token.expose_secret();
        if text.len() != 40 || !text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
            Err(ConfigError::BadToken {
                len: text.chars().count(),
            })
        } else {
            Ok(())
        }
    };
    valid?;
    let port = vars.get("PORT").ok_or(ConfigError::Missing("PORT"))?;
    let port = port
        .parse::<u16>()
        .ok()
        .filter(|&p| p != 0)
        .ok_or(ConfigError::BadPort)?;
    Ok(AppConfig {
        port,
        api_token: token,
    })
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/secrets/config.rs"]
mod tests;
