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

#[allow(unused_imports)] // course:hide
use axum::extract::rejection::JsonRejection;
#[allow(unused_imports)] // course:hide
use axum::extract::{DefaultBodyLimit, Path, State};
#[allow(unused_imports)] // course:hide
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
#[allow(unused_imports)] // course:hide
use axum::routing::{get, post};
#[allow(unused_imports)] // course:hide
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
#[allow(unused_imports)] // course:hide
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
        todo!("turn {self:?} into a status and a JSON body")
    }
}

/// The API, with an empty store of its own.
pub fn app() -> Router {
    // Write the two handlers (`State<Arc<Store>>`, `Path<u64>`, `Json<NewNote>`
    // or `Result<Json<NewNote>, JsonRejection>`), route them, limit the body
    // size and give the router its state.
    todo!("build the notes API")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/frameworks/notes.rs"]
mod tests;
