//! Write a `Layer` and its `Service` that let a request through only with the
//! right bearer token: `Authorization: Bearer <token>`.
//!
//! - With the right token, the request goes to the inner service, and its
//!   response comes back unchanged. The scheme `Bearer` is case-insensitive
//!   (`bearer` works too); the token must match exactly, all of it.
//! - Without an `Authorization` header, answer `401 Unauthorized` with the
//!   header `WWW-Authenticate: Bearer`, which tells the client which scheme
//!   to use.
//! - With any other `Authorization` (another scheme, a wrong or partial
//!   token, no space, bytes that are not text), answer `401` with
//!   `WWW-Authenticate: Bearer error="invalid_token"`.
//! - A refused request never reaches the inner service.
//!
//! The service must work under an axum `Router` (`router.layer(...)`), so it
//! is `Clone` and its future is `Send`. The future is `Either` one that is
//! already finished (the 401) or the inner service's.

use axum::body::Body;
use axum::response::Response;
use futures_util::future::Either;
use http::Request;
use std::future::Ready;
use std::sync::Arc;
use std::task::{Context, Poll};
use tower::{Layer, Service};

/// Wraps services in [`RequireBearer`], checking for `token`.
#[derive(Debug, Clone)]
pub struct RequireBearerLayer {
    token: Arc<str>,
}

impl RequireBearerLayer {
    /// A layer that accepts `Authorization: Bearer {token}`.
    pub fn new(token: &str) -> Self {
        Self {
            token: Arc::from(token),
        }
    }
}

impl<S> Layer<S> for RequireBearerLayer {
    type Service = RequireBearer<S>;

    fn layer(&self, inner: S) -> Self::Service {
        let _ = inner;
        todo!("wrap the inner service, checking for {:?}", self.token)
    }
}

/// Lets requests with the right bearer token through to `inner`.
#[derive(Debug, Clone)]
pub struct RequireBearer<S> {
    inner: S,
    token: Arc<str>,
}

impl<S> Service<Request<Body>> for RequireBearer<S>
where
    S: Service<Request<Body>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Either<Ready<Result<Response, S::Error>>, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        todo!("is the inner service ready? ({cx:?})")
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        todo!("check the Authorization header of {request:?}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/tower/require_bearer.rs"]
mod tests;
