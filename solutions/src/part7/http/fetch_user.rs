//! Write `fetch_user`: ask the user service at `base` (such as
//! `http://127.0.0.1:8080`) for `GET {base}/users/{id}` and turn the answer
//! into a typed result:
//!
//! - a 2xx status with a JSON body such as `{"id":7,"name":"Ada"}` gives
//!   `Ok(User)`;
//! - 404 gives `FetchError::NotFound(id)`;
//! - any other status gives `FetchError::Status(status)` (its message names
//!   the status, such as `500 Internal Server Error`);
//! - a body that is not a `User` (malformed JSON, missing fields) gives
//!   `FetchError::BadBody`, and a request that got no answer at all (nothing
//!   listens at `base`) gives `FetchError::Request`. Neither panics.

use reqwest::{Client, StatusCode};
use serde::Deserialize;

/// A user, as the service sends it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct User {
    /// The user's id.
    pub id: u64,
    /// The user's display name.
    pub name: String,
}

/// Why a user could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The service has no user with this id (404).
    #[error("there is no user {0}")]
    NotFound(u64),
    /// The service answered with a status that is neither 2xx nor 404.
    #[error("the user service answered {0}")]
    Status(StatusCode),
    /// The body of a 2xx answer is not a user.
    #[error("the user service sent a body that is not a user: {0}")]
    BadBody(#[source] reqwest::Error),
    /// No answer: the connection failed or broke.
    #[error("the user service did not answer: {0}")]
    Request(#[source] reqwest::Error),
}

/// Fetches user `id` from the service at `base`.
pub async fn fetch_user(client: &Client, base: &str, id: u64) -> Result<User, FetchError> {
    let response = client
        .get(format!("{base}/users/{id}"))
        .send()
        .await
        .map_err(FetchError::Request)?;
    let status = response.status();
    if status == StatusCode::NOT_FOUND {
        return Err(FetchError::NotFound(id));
    }
    if !status.is_success() {
        return Err(FetchError::Status(status));
    }
    response.json::<User>().await.map_err(FetchError::BadBody)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/http/fetch_user.rs"]
mod tests;
