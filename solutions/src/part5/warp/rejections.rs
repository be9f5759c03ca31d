//! Write `api` and `handle_rejection`: a small notes API whose every error,
//! hostile input included, answers the right status with a JSON body.
//!
//! Routes (`token` is the API's secret):
//!
//! - `GET /notes` answers `200` with the stored notes as a JSON array, oldest
//!   first: `[{"id":1,"title":"tea"}]`.
//! - `POST /notes` stores a note and answers `201` with it as JSON. Its checks
//!   run in this order, and the first that fails decides the answer:
//!   1. the header `authorization: Bearer TOKEN` must be present and exact,
//!      else `401` (whatever the body);
//!   2. the body must declare its length (`content-length`), else `411`, and
//!      be at most `MAX_BODY` bytes, else `413`;
//!   3. the body must be JSON (`content-type: application/json`, or none at
//!      all), else `415`, and parse as a `NewNote`, else `400`;
//!   4. the title, trimmed, must have 1 to 40 characters (not bytes), else
//!      `422`. The note is stored with the trimmed title; ids count from 1.
//! - Any other path answers `404`, and another method on `/notes` answers
//!   `405`.
//!
//! Every error answer has the body `{"error": MESSAGE}` (with
//! `content-type: application/json`), where the message says what was wrong
//! in words, never the rejection's `Debug` output. A rejection that
//! `handle_rejection` does not know answers `500` with the message
//! `internal error`.

use serde::{Deserialize, Serialize};
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use warp::http::StatusCode;
use warp::reject::{self, Reject};
use warp::reply::Response;
use warp::{Filter, Rejection, Reply};

/// The largest body `POST /notes` accepts, in bytes.
pub const MAX_BODY: u64 = 256;

/// A stored note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Its id, counting from 1.
    pub id: u64,
    /// Its title, trimmed.
    pub title: String,
}

/// The body of `POST /notes`.
#[derive(Debug, Deserialize)]
pub struct NewNote {
    /// The title, before trimming.
    pub title: String,
}

/// The notes, shared by every request.
pub type Notes = Arc<Mutex<Vec<Note>>>;

/// Rejection: the `authorization` header is missing or wrong.
#[derive(Debug)]
pub struct Unauthorized;

impl Reject for Unauthorized {}

/// Rejection: the title is empty or too long.
#[derive(Debug)]
pub struct InvalidTitle;

impl Reject for InvalidTitle {}

/// Passes when the request carries `authorization: Bearer TOKEN`.
fn authorized(token: &'static str) -> impl Filter<Extract = (), Error = Rejection> + Clone {
    warp::header::optional::<String>("authorization")
        .and_then(move |header: Option<String>| async move {
            match header.as_deref().and_then(|h| h.strip_prefix("Bearer ")) {
                Some(given) if given == token => Ok(()),
                _ => Err(reject::custom(Unauthorized)),
            }
        })
        .untuple_one()
}

/// Hands every request a clone of the shared notes.
fn with_notes(notes: Notes) -> impl Filter<Extract = (Notes,), Error = Infallible> + Clone {
    warp::any().map(move || Arc::clone(&notes))
}

async fn create(notes: Notes, new: NewNote) -> Result<impl Reply, Rejection> {
    let title = new.title.trim();
    let length = title.chars().count();
    if !(1..=40).contains(&length) {
        return Err(reject::custom(InvalidTitle));
    }
    let mut notes = notes
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let note = Note {
        id: notes.len() as u64 + 1,
        title: title.to_string(),
    };
    notes.push(note.clone());
    Ok(warp::reply::with_status(
        warp::reply::json(&note),
        StatusCode::CREATED,
    ))
}

/// The notes API, with every rejection turned into a JSON error.
pub fn api(
    notes: Notes,
    token: &'static str,
) -> impl Filter<Extract = (impl Reply,), Error = Infallible> + Clone {
    // Path first, method second: an unknown path is then a plain 404 on
    // every route, not a 405 from a method filter.
    let list = warp::path!("notes")
        .and(warp::get())
        .and(with_notes(Arc::clone(&notes)))
        .map(|notes: Notes| {
            let notes = notes
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            warp::reply::json(&*notes)
        });
    let add = warp::path!("notes")
        .and(warp::post())
        .and(authorized(token))
        .and(warp::body::content_length_limit(MAX_BODY))
        .and(with_notes(notes))
        .and(warp::body::json::<NewNote>())
        .and_then(create);
    list.or(add).recover(handle_rejection)
}

/// Turns a rejection into a status and a JSON error body.
pub async fn handle_rejection(rejection: Rejection) -> Result<Response, Infallible> {
    // Most specific first: an `or` keeps every route's rejection, so a POST
    // with a bad body also carries the GET route's "method not allowed".
    let (status, message) = if rejection.is_not_found() {
        (StatusCode::NOT_FOUND, "not found")
    } else if rejection.find::<Unauthorized>().is_some() {
        (StatusCode::UNAUTHORIZED, "missing or wrong credentials")
    } else if rejection.find::<reject::LengthRequired>().is_some() {
        (
            StatusCode::LENGTH_REQUIRED,
            "the body must declare its length",
        )
    } else if rejection.find::<reject::PayloadTooLarge>().is_some() {
        (StatusCode::PAYLOAD_TOO_LARGE, "the body is too large")
    } else if rejection.find::<reject::UnsupportedMediaType>().is_some() {
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, "the body must be JSON")
    } else if rejection
        .find::<warp::filters::body::BodyDeserializeError>()
        .is_some()
    {
        (StatusCode::BAD_REQUEST, "the body is not a valid note")
    } else if rejection.find::<InvalidTitle>().is_some() {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            "the title must have 1 to 40 characters",
        )
    } else if rejection.find::<reject::MethodNotAllowed>().is_some() {
        (StatusCode::METHOD_NOT_ALLOWED, "method not allowed")
    } else {
        (StatusCode::INTERNAL_SERVER_ERROR, "internal error")
    };
    let body = warp::reply::json(&serde_json::json!({ "error": message }));
    Ok(warp::reply::with_status(body, status).into_response())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/warp/rejections.rs"]
mod tests;
