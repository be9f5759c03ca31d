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
#[allow(unused_imports)] // course:hide
use std::sync::{Arc, Mutex};
#[allow(unused_imports)] // course:hide
use warp::http::StatusCode;
#[allow(unused_imports)] // course:hide
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

/// The notes API, with every rejection turned into a JSON error.
pub fn api(
    notes: Notes,
    token: &'static str,
) -> impl Filter<Extract = (impl Reply,), Error = Infallible> + Clone {
    // Build `GET /notes` and `POST /notes` (a filter of your own for the
    // credentials, then the body filters), combine them with `or`, and end
    // with `.recover(handle_rejection)`.
    warp::any().map(move || -> String { todo!("serve {notes:?} behind {token:?}") })
}

/// Turns a rejection into a status and a JSON error body.
pub async fn handle_rejection(rejection: Rejection) -> Result<Response, Infallible> {
    // Find the rejection's cause (`is_not_found`, `find::<T>()`), choose a
    // status and a message, and answer `{"error": MESSAGE}` with that status.
    todo!("answer {rejection:?}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/warp/rejections.rs"]
mod tests;
