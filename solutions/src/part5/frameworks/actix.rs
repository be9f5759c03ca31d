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

use actix_web::error::JsonPayloadError;
use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse, ResponseError};
use serde::Deserialize;
use std::fmt;
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
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::BadJson(JsonPayloadError::ContentType) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::BadJson(
                JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. },
            ) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::BadJson(JsonPayloadError::Deserialize(error)) if error.is_data() => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ApiError::BadJson(_) => StatusCode::BAD_REQUEST,
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code())
            .json(serde_json::json!({ "error": self.to_string() }))
    }
}

/// `POST /notes`.
async fn create(store: web::Data<Store>, new: web::Json<NewNote>) -> HttpResponse {
    let mut notes = store.notes.lock().unwrap_or_else(PoisonError::into_inner);
    notes.push(new.into_inner().text);
    HttpResponse::Created().json(serde_json::json!({ "id": notes.len() }))
}

/// `GET /notes/{id}`.
async fn fetch(store: web::Data<Store>, id: web::Path<usize>) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let notes = store.notes.lock().unwrap_or_else(PoisonError::into_inner);
    let text = id
        .checked_sub(1)
        .and_then(|index| notes.get(index))
        .ok_or(ApiError::NotFound(id))?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "id": id, "text": text })))
}

/// Registers the shared `store` and the API's routes on `cfg`.
pub fn configure(cfg: &mut web::ServiceConfig, store: web::Data<Store>) {
    let json = web::JsonConfig::default()
        .limit(MAX_BODY_BYTES)
        .error_handler(|error, _request| ApiError::BadJson(error).into());
    cfg.app_data(store)
        .app_data(json)
        .route("/notes", web::post().to(create))
        .route("/notes/{id}", web::get().to(fetch));
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/frameworks/actix.rs"]
mod tests;
