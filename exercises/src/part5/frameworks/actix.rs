//! Write the same kind of notes API in actix-web, to see its model: state in
//! `web::Data`, errors through `ResponseError`, JSON errors chosen in a
//! `web::JsonConfig`.
//!
//! `configure(cfg, store)` registers, on `cfg`, the shared `store` and:
//!
//! - `POST /notes` with a JSON body `{"text": "..."}`: appends the text to
//!   `store.notes` and answers `201 Created` with the JSON `{"id": N}`, where
//!   `N` is the note's position counted from 1.
//! - `GET /notes/{id}`: answers `200 OK` with `{"id": N, "text": "..."}`, or
//!   `404 Not Found` when there is no note `N` (0 included).
//! - Bad bodies answer as axum would, not as actix-web does by default: no
//!   or another content type `415`, malformed JSON `400`, a missing or
//!   mistyped field `422`, more than `MAX_BODY_BYTES` `413`.
//! - Every error answers a JSON body `{"error": "..."}`.
//!
//! Use the `store` given: `HttpServer` builds the app once per worker, and
//! state created inside `configure` would not be shared between them.

#[allow(unused_imports)] // course:hide
use actix_web::error::JsonPayloadError;
#[allow(unused_imports)] // course:hide
use actix_web::http::StatusCode;
#[allow(unused_imports)] // course:hide
use actix_web::{web, HttpResponse, ResponseError};
#[allow(unused_imports)] // course:hide
use serde::Deserialize;
use std::fmt;
#[allow(unused_imports)] // course:hide
use std::sync::{Mutex, PoisonError};

/// The longest JSON body the API reads.
pub const MAX_BODY_BYTES: usize = 1024;

/// The notes, in order: note `N` is `notes[N - 1]`.
#[derive(Debug, Default)]
pub struct Store {
    /// The texts of the notes.
    pub notes: Mutex<Vec<String>>,
}

/// The body of `POST /notes`.
#[derive(Debug, Deserialize)]
pub struct NewNote {
    /// The note's text.
    pub text: String,
}

/// Everything the API can fail with.
#[derive(Debug)]
pub enum ApiError {
    /// No note has this id.
    NotFound(usize),
    /// actix-web's `Json` extractor failed.
    BadJson(JsonPayloadError),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound(id) => write!(f, "note {id} not found"),
            ApiError::BadJson(error) => write!(f, "{error}"),
        }
    }
}

impl ResponseError for ApiError {
    // Choose the status here (`status_code`), and write the JSON body in
    // `error_response` (its default answers the `Display` text as plain text).
}

/// Registers the shared `store` and the API's routes on `cfg`.
pub fn configure(cfg: &mut web::ServiceConfig, store: web::Data<Store>) {
    // Write the two handlers, register `store`, a `web::JsonConfig` with a
    // limit and an error handler, and the two routes.
    todo!("configure the notes API with {store:?} on {:p}", cfg)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/frameworks/actix.rs"]
mod tests;
