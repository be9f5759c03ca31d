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
use http::{header, HeaderValue, Request, StatusCode};
use std::future::{ready, Ready};
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
        RequireBearer {
            inner,
            token: Arc::clone(&self.token),
        }
    }
}

/// Lets requests with the right bearer token through to `inner`.
#[derive(Debug, Clone)]
pub struct RequireBearer<S> {
    inner: S,
    token: Arc<str>,
}

/// Why a request was refused.
enum Refusal {
    Missing,
    Invalid,
}

impl<S> RequireBearer<S> {
    /// Checks the `Authorization` header of `request`.
    fn check<B>(&self, request: &Request<B>) -> Result<(), Refusal> {
        let value = request
            .headers()
            .get(header::AUTHORIZATION)
            .ok_or(Refusal::Missing)?;
        let text = value.to_str().map_err(|_| Refusal::Invalid)?;
        let (scheme, token) = text.split_once(' ').ok_or(Refusal::Invalid)?;
        if scheme.eq_ignore_ascii_case("bearer") && token == &*self.token {
            Ok(())
        } else {
            Err(Refusal::Invalid)
        }
    }
}

/// A `401 Unauthorized` with its `WWW-Authenticate` challenge.
fn unauthorized(refusal: Refusal) -> Response {
    let challenge = match refusal {
        Refusal::Missing => "Bearer",
        Refusal::Invalid => "Bearer error=\"invalid_token\"",
    };
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::UNAUTHORIZED;
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static(challenge),
    );
    response
}

impl<S> Service<Request<Body>> for RequireBearer<S>
where
    S: Service<Request<Body>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Either<Ready<Result<Response, S::Error>>, S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        match self.check(&request) {
            Ok(()) => Either::Right(self.inner.call(request)),
            Err(refusal) => Either::Left(ready(Ok(unauthorized(refusal)))),
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/tower/require_bearer.rs"]
mod tests;
