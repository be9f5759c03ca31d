//! Step 3: the HTTP API. Write `router`, its handlers, `ApiError::status`
//! and `IntoResponse for ApiError`, over the store of step 2
//! (`course_kv::store::KvStore`).
//!
//! | Request | Answer |
//! | --- | --- |
//! | `GET /v1/keys/{key}` | `200` with `{"key": …, "value": …}` (`ValueBody`), or `404` |
//! | `PUT /v1/keys/{key}` with `{"value": …}` (`PutBody`) | `204`, nothing stored on any error |
//! | `DELETE /v1/keys/{key}` | `204`, or `404` |
//! | `GET /v1/keys?prefix=…` | `200` with `{"keys": [...]}` (`KeysBody`), sorted; no `prefix` lists all |
//!
//! Every error answer has the JSON body `{"error": MESSAGE}` (`ErrorBody`),
//! where MESSAGE is the error's `Display`, and the status of
//! `ApiError::status`:
//!
//! - a key that is not a valid `Key` (step 1): `400`;
//! - no value under the key, or no route for the path: `404`;
//! - a bad body: the status axum's `JsonRejection` gives (`413` over
//!   `MAX_BODY` bytes, `415` without `Content-Type: application/json`,
//!   `400` for text that is not JSON, `422` for JSON of the wrong shape);
//! - a failure of the store: `500`, with the fixed message
//!   `internal error in the store` (the details go to the log, with
//!   `tracing::error!`, not to the client).
//!
//! Bodies over `MAX_BODY` bytes are refused (`DefaultBodyLimit`).

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use course_kv::keys::{Key, KeyError};
use course_kv::store::{KvStore, StoreError};
use serde::{Deserialize, Serialize};

/// The largest request body the API reads, in bytes.
pub const MAX_BODY: usize = 64 * 1024;

/// The body of every error answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    /// What went wrong, for a person to read.
    pub error: String,
}

/// The body of a `PUT`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PutBody {
    /// The value to store.
    pub value: String,
}

/// The answer to a `GET` of one key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueBody {
    /// The key asked for.
    pub key: Key,
    /// Its value.
    pub value: String,
}

/// The answer to a listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeysBody {
    /// The keys with the prefix, in ascending order.
    pub keys: Vec<Key>,
}

/// The query of a listing: `?prefix=…`, empty if absent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ListQuery {
    /// Only keys that start with this are listed.
    #[serde(default)]
    pub prefix: String,
}

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The key in the path is not a valid key.
    #[error("invalid key: {0}")]
    BadKey(#[from] KeyError),
    /// No value is stored under the key.
    #[error("no value under the key `{0}`")]
    NotFound(Key),
    /// The body is missing, too large, not JSON, or JSON of the wrong shape.
    #[error("invalid body: {}", .0.body_text())]
    BadBody(#[from] JsonRejection),
    /// No route matches the request's path.
    #[error("no route for {0}")]
    NoRoute(Uri),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ApiError {
    /// The HTTP status this error is answered with.
    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::BadKey(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) | ApiError::NoRoute(_) => StatusCode::NOT_FOUND,
            ApiError::BadBody(rejection) => rejection.status(),
            ApiError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let error = match &self {
            ApiError::Store(error) => {
                // The details are for the operator's log, not for the client;
                // `Debug` shows the I/O error that `Display` leaves to `source()`.
                tracing::error!(?error, "a request failed in the store");
                "internal error in the store".to_owned()
            }
            other => other.to_string(),
        };
        (status, Json(ErrorBody { error })).into_response()
    }
}

/// The API's routes over `store`, with the body limit.
pub fn router(store: KvStore) -> Router {
    Router::new()
        .route("/v1/keys", get(list))
        .route(
            "/v1/keys/{key}",
            get(get_value).put(put_value).delete(delete_value),
        )
        .fallback(no_route)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(store)
}

async fn get_value(
    State(store): State<KvStore>,
    Path(key): Path<String>,
) -> Result<Json<ValueBody>, ApiError> {
    let key = Key::new(key)?;
    match store.get(key.clone()).await? {
        Some(value) => Ok(Json(ValueBody { key, value })),
        None => Err(ApiError::NotFound(key)),
    }
}

async fn put_value(
    State(store): State<KvStore>,
    Path(key): Path<String>,
    body: Result<Json<PutBody>, JsonRejection>,
) -> Result<StatusCode, ApiError> {
    let key = Key::new(key)?;
    let Json(PutBody { value }) = body?;
    store.put(key, value).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn delete_value(
    State(store): State<KvStore>,
    Path(key): Path<String>,
) -> Result<StatusCode, ApiError> {
    let key = Key::new(key)?;
    if store.delete(key.clone()).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound(key))
    }
}

async fn list(
    State(store): State<KvStore>,
    Query(query): Query<ListQuery>,
) -> Result<Json<KeysBody>, ApiError> {
    let keys = store.list(&query.prefix).await?;
    Ok(Json(KeysBody { keys }))
}

async fn no_route(uri: Uri) -> ApiError {
    ApiError::NoRoute(uri)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part13/capstone/http_api.rs"]
mod tests;
