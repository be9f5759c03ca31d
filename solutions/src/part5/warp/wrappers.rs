//! Write `finish`: wrap an application's routes so that every answer the
//! client gets, errors included, is handled the same way.
//!
//! - Rejections become JSON errors through `handle_rejection` (given).
//! - Every answer carries the header `x-api-version: 1`, a `404` or a `401`
//!   as much as a `200`.
//! - `counts` counts the answers by the status the client receives: after a
//!   `200` and a `401`, it holds `{200: 1, 401: 1}`. (warp's own idea of a
//!   rejection's status is not what the client gets once `handle_rejection`
//!   has chosen another: an unhandled custom rejection is a `500` to warp.)
//!
//! `app_routes` and `handle_rejection` are given; only `finish` is yours.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use warp::filters::BoxedFilter;
use warp::http::StatusCode;
use warp::reject::Reject;
use warp::reply::Response;
use warp::{Filter, Rejection, Reply};

/// Answers counted by status code.
pub type StatusCounts = Arc<Mutex<BTreeMap<u16, u64>>>;

/// Rejection: the request has no valid credentials.
#[derive(Debug)]
pub struct Unauthorized;

impl Reject for Unauthorized {}

/// The application: `GET /ping` answers `pong`; `GET /secret` needs the
/// header `x-key: open-sesame`.
pub fn app_routes() -> BoxedFilter<(Response,)> {
    let ping = warp::path!("ping").and(warp::get()).map(|| "pong");
    let secret = warp::path!("secret")
        .and(warp::get())
        .and(warp::header::optional::<String>("x-key"))
        .and_then(|key: Option<String>| async move {
            match key.as_deref() {
                Some("open-sesame") => Ok("the treasure"),
                _ => Err(warp::reject::custom(Unauthorized)),
            }
        });
    ping.or(secret).unify().map(Reply::into_response).boxed()
}

/// Turns a rejection into a status and a JSON error body.
pub async fn handle_rejection(rejection: Rejection) -> Result<impl Reply, Infallible> {
    let (status, message) = if rejection.is_not_found() {
        (StatusCode::NOT_FOUND, "not found")
    } else if rejection.find::<Unauthorized>().is_some() {
        (StatusCode::UNAUTHORIZED, "unauthorized")
    } else if rejection.find::<warp::reject::MethodNotAllowed>().is_some() {
        (StatusCode::METHOD_NOT_ALLOWED, "method not allowed")
    } else {
        (StatusCode::INTERNAL_SERVER_ERROR, "internal error")
    };
    let body = warp::reply::json(&serde_json::json!({ "error": message }));
    Ok(warp::reply::with_status(body, status))
}

/// `routes`, with rejections recovered, the version header on every answer,
/// and every answer counted in `counts` by its final status.
pub fn finish(routes: BoxedFilter<(Response,)>, counts: StatusCounts) -> BoxedFilter<(Response,)> {
    // Wrappers see what the filter they wrap produces: put them around
    // `recover`, so they see the final answer, errors included.
    let count = warp::log::custom(move |info: warp::log::Info<'_>| {
        let mut counts = counts
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *counts.entry(info.status().as_u16()).or_default() += 1;
    });
    routes
        .recover(handle_rejection)
        .with(count)
        .with(warp::reply::with::header("x-api-version", "1"))
        .map(Reply::into_response)
        .boxed()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/warp/wrappers.rs"]
mod tests;
