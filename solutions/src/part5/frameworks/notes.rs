//! Write a small JSON API for notes, kept in memory and shared by every
//! request (and by every clone of the router).
//!
//! - `POST /notes` with a JSON body `{"title": "...", "body": "..."}` stores
//!   a note and answers `201 Created` with the stored note as JSON:
//!   `{"id": 1, "title": "...", "body": "..."}`. Ids start at 1 and go up by
//!   one per created note.
//! - `GET /notes/{id}` answers `200 OK` with the note as JSON, or
//!   `404 Not Found` when there is no such note.
//! - A title that is empty or only whitespace answers
//!   `422 Unprocessable Entity` and stores nothing.
//! - A body that is not valid JSON answers `400 Bad Request`; valid JSON
//!   with a missing or mistyped field `422 Unprocessable Entity`; a request
//!   without `content-type: application/json` `415 Unsupported Media Type`;
//!   a body longer than `MAX_BODY_BYTES` `413 Payload Too Large`.
//! - Every error answers with a JSON body `{"error": "..."}` that says what
//!   went wrong, whatever its status. Implement `IntoResponse` for
//!   `AppError` and return it from the handlers.
//!
//! No input may make a handler panic.

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

/// The longest request body the API reads.
pub const MAX_BODY_BYTES: usize = 1024;

/// A stored note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The note's id (1, 2, 3…).
    pub id: u64,
    /// Its title, never blank.
    pub title: String,
    /// Its text.
    pub body: String,
}

/// The body of `POST /notes`.
#[derive(Debug, Deserialize)]
pub struct NewNote {
    /// The title.
    pub title: String,
    /// The text.
    pub body: String,
}

/// The notes, shared by every request.
#[derive(Debug, Default)]
pub struct Store {
    /// The notes by id, and the last id given out.
    pub inner: Mutex<(HashMap<u64, Note>, u64)>,
}

/// Everything a handler can fail with.
#[derive(Debug)]
pub enum AppError {
    /// No note has this id.
    NotFound(u64),
    /// The input was well-formed but not acceptable; the text says why.
    Invalid(String),
    /// axum's `Json` extractor rejected the body (its status says why).
    BadJson(JsonRejection),
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            AppError::NotFound(id) => (StatusCode::NOT_FOUND, format!("note {id} not found")),
            AppError::Invalid(why) => (StatusCode::UNPROCESSABLE_ENTITY, why),
            AppError::BadJson(rejection) => (rejection.status(), rejection.body_text()),
        };
        (status, Json(serde_json::json!({ "error": message }))).into_response()
    }
}

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> AppError {
        AppError::BadJson(rejection)
    }
}

/// `POST /notes`.
async fn create(
    State(store): State<Arc<Store>>,
    payload: Result<Json<NewNote>, JsonRejection>,
) -> Result<(StatusCode, Json<Note>), AppError> {
    let Json(new) = payload?;
    if new.title.trim().is_empty() {
        return Err(AppError::Invalid("title must not be empty".to_string()));
    }
    let mut guard = store.inner.lock().unwrap_or_else(PoisonError::into_inner);
    let (notes, last_id) = &mut *guard;
    *last_id += 1;
    let note = Note {
        id: *last_id,
        title: new.title,
        body: new.body,
    };
    notes.insert(note.id, note.clone());
    Ok((StatusCode::CREATED, Json(note)))
}

/// `GET /notes/{id}`.
async fn fetch(
    State(store): State<Arc<Store>>,
    Path(id): Path<u64>,
) -> Result<Json<Note>, AppError> {
    let guard = store.inner.lock().unwrap_or_else(PoisonError::into_inner);
    guard
        .0
        .get(&id)
        .cloned()
        .map(Json)
        .ok_or(AppError::NotFound(id))
}

/// The API, with an empty store of its own.
pub fn app() -> Router {
    Router::new()
        .route("/notes", post(create))
        .route("/notes/{id}", get(fetch))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(Arc::new(Store::default()))
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/frameworks/notes.rs"]
mod tests;
