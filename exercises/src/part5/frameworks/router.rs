//! Write `app`, an axum `Router` with two routes:
//!
//! - `GET /hello/{name}` answers `200 OK` with the text `Hello, NAME!`. The
//!   name arrives percent-decoded: `/hello/Ada%20Lovelace` greets
//!   `Ada Lovelace`.
//! - `GET /users/{id}` answers `200 OK` with the text `user #ID`, where `ID`
//!   is a number from 0 to 4294967295 (a `u32`). Anything else in its place
//!   (`/users/ferris`, `/users/-1`) answers `400 Bad Request`: let the
//!   extractor reject it, do not parse by hand.
//!
//! Any other path answers `404 Not Found`, and another method on a known path
//! (`POST /users/7`) answers `405 Method Not Allowed`; axum does both for you.

#[allow(unused_imports)] // course:hide
use axum::extract::Path;
#[allow(unused_imports)] // course:hide
use axum::routing::get;
use axum::Router;

/// The application's routes.
pub fn app() -> Router {
    // Add a handler for each route (an `async fn` whose argument is a
    // `Path<...>`), and register them here with `.route(PATH, get(HANDLER))`.
    Router::new()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/frameworks/router.rs"]
mod tests;
