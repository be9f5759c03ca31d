//! Implement `tower::Service` by hand for `HitCounter`. Every `GET` request
//! is answered `200 OK` with the body `hit N`, where N counts the `GET`
//! requests answered so far, this one included (`hit 1` for the first). The
//! count is shared by every clone of the service: a server clones its service
//! for each connection, and they all count together.
//!
//! A request with any other method is refused with `405 Method Not Allowed`,
//! an `Allow: GET` header and an empty body, and is not counted.
//!
//! The service never waits for anything, so `poll_ready` is always ready.

use http::{header, Method, Request, Response, StatusCode};
use std::convert::Infallible;
use std::future::{ready, Ready};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use tower::Service;

/// Answers `hit N` to the N-th `GET` request, counted across clones.
#[derive(Debug, Clone, Default)]
pub struct HitCounter {
    hits: Arc<AtomicU64>,
}

impl HitCounter {
    /// A counter that has seen no request yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many `GET` requests this service and its clones have answered.
    pub fn hits(&self) -> u64 {
        self.hits.load(Ordering::Relaxed)
    }
}

impl<B> Service<Request<B>> for HitCounter {
    type Response = Response<String>;
    type Error = Infallible;
    type Future = Ready<Result<Response<String>, Infallible>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let mut response = Response::new(String::new());
        if request.method() == Method::GET {
            // `fetch_add` returns the count before this request.
            let n = self.hits.fetch_add(1, Ordering::Relaxed) + 1;
            *response.body_mut() = format!("hit {n}");
        } else {
            *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
            response
                .headers_mut()
                .insert(header::ALLOW, header::HeaderValue::from_static("GET"));
        }
        ready(Ok(response))
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/tower/hit_counter.rs"]
mod tests;
