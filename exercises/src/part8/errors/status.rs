//! Turn an `AppError` into the HTTP response a client sees.
//!
//! 1. `AppError::status`: `NotFound` is 404, `Validation` is 422
//!    (`UNPROCESSABLE_ENTITY`), `Conflict` is 409, `Database` is 500.
//! 2. `AppError::public_message`: what the client may read. For a 4xx
//!    error it is the error's `Display` text, which was written for users.
//!    For a 5xx error it is exactly `"internal server error"`: nothing of
//!    the database error, its text or its type may reach the client.
//! 3. `error_response`: a response with that status, the header
//!    `content-type: application/json`, and the body
//!    `{"error": {"status": 404, "message": "user not found"}}`, valid JSON
//!    whatever the message contains.

use http::{Response, StatusCode};

/// What a request handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The thing asked for does not exist.
    #[error("{what} not found")]
    NotFound {
        /// What was looked for, such as `"user"`.
        what: &'static str,
    },
    /// A value in the request is not acceptable.
    #[error("invalid {field}: {reason}")]
    Validation {
        /// The field, such as `"email"`.
        field: &'static str,
        /// Why, in words for the user.
        reason: String,
    },
    /// The thing to create exists already.
    #[error("{0} already exists")]
    Conflict(String),
    /// The database failed. Its error is the source, for the log.
    #[error("database query failed")]
    Database(#[from] sqlx::Error),
}

impl AppError {
    /// The status code of the response.
    pub fn status(&self) -> StatusCode {
        todo!("the status of {self:?}")
    }

    /// The message the client may read.
    pub fn public_message(&self) -> String {
        todo!("what the client may read of {self:?}")
    }
}

/// The JSON response for `error`.
pub fn error_response(error: &AppError) -> Response<String> {
    todo!("a JSON response for {error:?}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/errors/status.rs"]
mod tests;
