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
#[allow(unused_imports)] // course:hide
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
#[allow(unused_imports)] // course:hide
use hyper::header::{ALLOW, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
#[allow(unused_imports)] // course:hide
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
    todo!("answer {} {}", request.method(), request.uri().path())
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
