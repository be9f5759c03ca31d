//! Write `handle`, the request handler of a small hyper service that adds
//! numbers. `serve` (written for you) runs it on a listener and shuts down
//! gracefully.
//!
//! - `GET /health` answers `200 OK` with the text `ok`.
//! - `POST /sum` reads a JSON body such as `{"numbers": [1, 2, 3]}` and
//!   answers `200 OK` with the JSON `{"sum": 6}` (content type
//!   `application/json`).
//! - A body longer than `MAX_BODY_BYTES` answers `413 Payload Too Large`,
//!   whether or not the client announced its length: read it through
//!   `http_body_util::Limited`, never whole.
//! - A body that is not such JSON (malformed, or with the wrong fields)
//!   answers `400 Bad Request` with the text `invalid JSON: ` followed by
//!   serde_json's message, which says where the problem is (`... at line 1
//!   column 12`).
//! - Another method on `/sum` or `/health` answers `405 Method Not Allowed`
//!   with an `allow` header naming the right one (`POST` or `GET`); any other
//!   path answers `404 Not Found`.
//!
//! No input may make `handle` panic.

use bytes::Bytes;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{ALLOW, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use hyper_util::server::graceful::GracefulShutdown;
use serde::{Deserialize, Serialize};
use std::convert::Infallible;
use std::future::Future;
use tokio::net::TcpListener;

/// The longest request body `handle` reads.
pub const MAX_BODY_BYTES: usize = 4 * 1024;

/// The body of `POST /sum`.
#[derive(Debug, Deserialize)]
pub struct SumRequest {
    /// The numbers to add.
    pub numbers: Vec<i64>,
}

/// The answer of `POST /sum`.
#[derive(Debug, Serialize)]
pub struct SumResponse {
    /// The sum of the numbers.
    pub sum: i64,
}

/// A response with a plain-text body.
pub fn text(status: StatusCode, body: impl Into<Bytes>) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body.into()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        "text/plain; charset=utf-8"
            .parse()
            .expect("a valid header value"),
    );
    response
}

/// Answers one request.
pub async fn handle(request: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let response = match (request.method(), request.uri().path()) {
        (&Method::GET, "/health") => text(StatusCode::OK, "ok"),
        (&Method::POST, "/sum") => sum(request).await,
        (_, "/health") => not_allowed("GET"),
        (_, "/sum") => not_allowed("POST"),
        _ => text(StatusCode::NOT_FOUND, "no such page"),
    };
    Ok(response)
}

/// `POST /sum`: reads at most `MAX_BODY_BYTES` of JSON and adds the numbers.
async fn sum(request: Request<Incoming>) -> Response<Full<Bytes>> {
    let body = match Limited::new(request.into_body(), MAX_BODY_BYTES)
        .collect()
        .await
    {
        Ok(collected) => collected.to_bytes(),
        Err(error) if error.is::<LengthLimitError>() => {
            return text(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!("the body is longer than {MAX_BODY_BYTES} bytes"),
            );
        }
        Err(error) => {
            return text(
                StatusCode::BAD_REQUEST,
                format!("could not read the body: {error}"),
            )
        }
    };
    let numbers = match serde_json::from_slice::<SumRequest>(&body) {
        Ok(request) => request.numbers,
        Err(error) => return text(StatusCode::BAD_REQUEST, format!("invalid JSON: {error}")),
    };
    let answer = SumResponse {
        sum: numbers.iter().sum(),
    };
    let json = serde_json::to_vec(&answer).expect("a struct of one integer serializes");
    let mut response = text(StatusCode::OK, json);
    response.headers_mut().insert(
        CONTENT_TYPE,
        "application/json".parse().expect("a valid header value"),
    );
    response
}

/// `405 Method Not Allowed`, naming the method that is.
fn not_allowed(allowed: &'static str) -> Response<Full<Bytes>> {
    let mut response = text(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("use {allowed} here"),
    );
    response
        .headers_mut()
        .insert(ALLOW, allowed.parse().expect("a valid header value"));
    response
}

/// Serves `handle` on `listener` until `shutdown` completes, then stops
/// accepting, lets the requests in progress finish, and returns.
pub async fn serve(listener: TcpListener, shutdown: impl Future<Output = ()>) {
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                // A failed accept (too many open files, say) is one lost
                // connection, not a reason to stop serving.
                let Ok((socket, _)) = accepted else { continue };
                let connection = http1::Builder::new()
                    .serve_connection(TokioIo::new(socket), service_fn(handle));
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    // A client that hangs up mid-request is its own business.
                    let _ = connection.await;
                });
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    graceful.shutdown().await;
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/http/service.rs"]
mod tests;
