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
use http::{HeaderValue, Request, StatusCode};
use std::collections::HashMap;
use std::future::{ready, Ready};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::time::Instant;
use tower::{Layer, Service};

/// The header that names the client.
pub const CLIENT_ID: &str = "x-client-id";

/// The tokens of one client.
#[derive(Debug)]
struct Bucket {
    tokens: u32,
    /// Refill progress is counted from here.
    since: Instant,
}

/// The settings and the buckets of every client, shared by all the services
/// of one layer.
#[derive(Debug)]
struct Limiter {
    capacity: u32,
    refill_every: Duration,
    buckets: Mutex<HashMap<String, Bucket>>,
}

/// What the limiter decided for one request.
enum Verdict {
    Allow,
    /// No token: the next one comes after this long.
    Wait(Duration),
}

impl Limiter {
    fn take(&self, client: &str) -> Verdict {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let bucket = buckets.entry(client.to_owned()).or_insert(Bucket {
            tokens: self.capacity,
            since: now,
        });
        let earned = now.duration_since(bucket.since).as_nanos() / self.refill_every.as_nanos();
        if earned > 0 {
            let tokens = (u128::from(bucket.tokens) + earned).min(u128::from(self.capacity));
            // `tokens` is at most `capacity`, a `u32`.
            bucket.tokens = tokens as u32;
            // Keep the time already spent toward the next token.
            bucket.since += self.refill_every * earned as u32;
        }
        if bucket.tokens == self.capacity {
            // A full bucket earns nothing: the wait starts with this request.
            bucket.since = now;
        }
        if bucket.tokens > 0 {
            bucket.tokens -= 1;
            Verdict::Allow
        } else {
            Verdict::Wait(self.refill_every - now.duration_since(bucket.since))
        }
    }
}

/// Wraps services in [`PerClientRateLimit`]; all of them share its buckets.
#[derive(Debug, Clone)]
pub struct PerClientRateLimitLayer {
    limiter: Arc<Limiter>,
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
            limiter: Arc::new(Limiter {
                capacity,
                refill_every,
                buckets: Mutex::new(HashMap::new()),
            }),
        }
    }
}

impl<S> Layer<S> for PerClientRateLimitLayer {
    type Service = PerClientRateLimit<S>;

    fn layer(&self, inner: S) -> Self::Service {
        PerClientRateLimit {
            inner,
            limiter: Arc::clone(&self.limiter),
        }
    }
}

/// Lets each client through at its own rate.
#[derive(Debug, Clone)]
pub struct PerClientRateLimit<S> {
    inner: S,
    limiter: Arc<Limiter>,
}

fn refusal(status: StatusCode, retry_after: Option<Duration>) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    if let Some(wait) = retry_after {
        // Whole seconds, rounded up: 0.4 s is 1, 5 s is 5.
        let seconds = wait.as_nanos().div_ceil(1_000_000_000).max(1);
        response
            .headers_mut()
            .insert(http::header::RETRY_AFTER, HeaderValue::from(seconds as u64));
    }
    response
}

impl<S> Service<Request<Body>> for PerClientRateLimit<S>
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
        let client = request
            .headers()
            .get(CLIENT_ID)
            .and_then(|value| value.to_str().ok())
            .filter(|id| !id.is_empty());
        let Some(client) = client else {
            return Either::Left(ready(Ok(refusal(StatusCode::BAD_REQUEST, None))));
        };
        match self.limiter.take(client) {
            Verdict::Allow => Either::Right(self.inner.call(request)),
            Verdict::Wait(wait) => Either::Left(ready(Ok(refusal(
                StatusCode::TOO_MANY_REQUESTS,
                Some(wait),
            )))),
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/tower/rate_limit.rs"]
mod tests;
