//! Write a rate limit for each client, as a `Layer`: a token bucket per
//! client, named by the request's `x-client-id` header.
//!
//! - A client starts with `capacity` tokens. Each request takes one and goes
//!   on to the inner service.
//! - A client with no token left gets `429 Too Many Requests` with a
//!   `Retry-After` header: the seconds until its next token, rounded up.
//! - A client earns one token back every `refill_every`, up to `capacity`.
//!   Time already spent toward the next token is kept: a refused request does
//!   not restart the wait.
//! - Clients never share tokens: one client over its rate does not slow the
//!   others.
//! - A request without `x-client-id` (or with an empty value, or bytes that
//!   are not text) gets `400 Bad Request`.
//! - Refused requests never reach the inner service.
//! - The buckets belong to the layer: every service it makes shares them.
//!   (axum's `Router::layer` calls `layer` once for each route.)
//!
//! Read the time with `tokio::time::Instant::now()`, so that tests can move
//! the clock with `tokio::time::advance`.

use axum::body::Body;
use axum::response::Response;
use futures_util::future::Either;
use http::Request;
use std::future::Ready;
use std::time::Duration;
use tower::{Layer, Service};

/// The header that names the client.
pub const CLIENT_ID: &str = "x-client-id";

/// Wraps services in [`PerClientRateLimit`]; all of them share its buckets.
#[derive(Debug, Clone)]
pub struct PerClientRateLimitLayer {
    capacity: u32,
    refill_every: Duration,
    // Add the buckets here, in a form every service of this layer can share.
}

impl PerClientRateLimitLayer {
    /// `capacity` requests at once per client, then one more every
    /// `refill_every`.
    ///
    /// # Panics
    ///
    /// If `capacity` or `refill_every` is zero.
    pub fn new(capacity: u32, refill_every: Duration) -> Self {
        assert!(capacity > 0, "a capacity of 0 would refuse everything");
        assert!(
            !refill_every.is_zero(),
            "the refill period must not be zero"
        );
        Self {
            capacity,
            refill_every,
        }
    }
}

impl<S> Layer<S> for PerClientRateLimitLayer {
    type Service = PerClientRateLimit<S>;

    fn layer(&self, inner: S) -> Self::Service {
        PerClientRateLimit {
            inner,
            capacity: self.capacity,
            refill_every: self.refill_every,
        }
    }
}

/// Lets each client through at its own rate.
#[derive(Debug, Clone)]
pub struct PerClientRateLimit<S> {
    inner: S,
    capacity: u32,
    refill_every: Duration,
}

impl<S> Service<Request<Body>> for PerClientRateLimit<S>
where
    S: Service<Request<Body>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Either<Ready<Result<Response, S::Error>>, S::Future>;

    fn poll_ready(
        &mut self,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<Body>) -> Self::Future {
        todo!(
            "let {request:?} through if its client has a token left ({} at most, one more every {:?})",
            self.capacity,
            self.refill_every
        )
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/tower/rate_limit.rs"]
mod tests;
