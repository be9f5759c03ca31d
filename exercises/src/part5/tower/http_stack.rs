//! Put tower-http's middleware around `router`, in an order that gives all of
//! the following:
//!
//! - Every request has an `x-request-id`: the client's, if it sent one, or
//!   else a new one from [`Sequential`] (`req-1`, `req-2`, ... for one
//!   router). The handler sees it in the request, and every response carries
//!   it back, including the responses the middleware makes itself (408, 413).
//! - Each request is traced (`TraceLayer::new_for_http()`), inside the
//!   request id, so its span can record the id.
//! - A handler that takes longer than [`TIMEOUT`] is answered
//!   `408 Request Timeout`.
//! - A request body of more than [`BODY_LIMIT`] bytes gets
//!   `413 Payload Too Large`, whether its `content-length` announces it or
//!   not; a body of exactly `BODY_LIMIT` bytes is fine.
//! - Responses to requests from [`ALLOWED_ORIGIN`] carry
//!   `Access-Control-Allow-Origin: https://app.example`, the 408 and the 413
//!   included (a browser hides a response without it from the page). Its
//!   preflights (`OPTIONS`) are answered for the methods `GET` and `POST` and
//!   the request header `content-type`. No other origin is allowed: no
//!   response names another origin, or `*`.
//! - Responses are gzip-compressed when the request's `Accept-Encoding`
//!   allows it, and only then.

use axum::Router;
use http::{HeaderValue, Request};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tower_http::request_id::{MakeRequestId, RequestId};

/// How long a handler may take.
pub const TIMEOUT: Duration = Duration::from_secs(5);
/// The largest request body accepted, in bytes.
pub const BODY_LIMIT: usize = 1024;
/// The one origin allowed to call from a browser.
pub const ALLOWED_ORIGIN: &str = "https://app.example";

/// Makes request ids `req-1`, `req-2`, ...; clones share the counter.
#[derive(Debug, Clone, Default)]
pub struct Sequential(Arc<AtomicU64>);

impl MakeRequestId for Sequential {
    fn make_request_id<B>(&mut self, _request: &Request<B>) -> Option<RequestId> {
        let n = self.0.fetch_add(1, Ordering::Relaxed) + 1;
        let value = HeaderValue::from_str(&format!("req-{n}")).ok()?;
        Some(RequestId::new(value))
    }
}

/// `router` with the middleware described above.
pub fn with_middleware(router: Router) -> Router {
    // tower's `ServiceBuilder` stacks layers; tower-http's are in its
    // modules `request_id`, `trace`, `cors`, `compression`, `timeout` and
    // `limit`.
    todo!("wrap {router:?} in the middleware")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/tower/http_stack.rs"]
mod tests;
