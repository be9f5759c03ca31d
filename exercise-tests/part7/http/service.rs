use super::*;
use course_testkit::http::{ChunkedBody, Ending};
use std::net::SocketAddr;
use tokio::sync::oneshot;

/// The service running on `127.0.0.1`, port 0, for one test.
struct Running {
    address: SocketAddr,
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

async fn start() -> Running {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("binding a free port on 127.0.0.1 failed");
    let address = listener
        .local_addr()
        .expect("a bound socket has an address");
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(serve(listener, async {
        let _ = stopped.await;
    }));
    Running {
        address,
        stop,
        task,
    }
}

impl Running {
    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Shuts the server down and waits (at most 5 s) for `serve` to return.
    async fn shut_down(self) {
        let _ = self.stop.send(());
        let finished = tokio::time::timeout(std::time::Duration::from_secs(5), self.task).await;
        assert!(
            matches!(finished, Ok(Ok(()))),
            "serve did not finish within 5 s of the shutdown signal (or it panicked): {finished:?}"
        );
    }
}

/// Sends `request` and returns the status, the headers and the body.
async fn call(
    request: reqwest::RequestBuilder,
) -> (StatusCode, reqwest::header::HeaderMap, String) {
    let response = request.send().await.expect("the service should answer");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.text().await.expect("the body should be readable");
    (status, headers, body)
}

/// One client per test, reused: it keeps its connection to the service.
fn client() -> reqwest::Client {
    course_testkit::http::client()
}

#[tokio::test]
async fn health_says_ok() {
    let server = start().await;
    let http = client();
    let (status, _, body) = call(http.get(server.url("/health"))).await;
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::OK, "ok"),
        "GET /health"
    );
    server.shut_down().await;
}

#[tokio::test]
async fn sum_adds_the_numbers() {
    let server = start().await;
    let http = client();
    let (status, headers, body) = call(
        http.post(server.url("/sum"))
            .body(r#"{"numbers": [1, 2, 3, -10]}"#),
    )
    .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "POST /sum with valid JSON, body {body:?}"
    );
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("application/json"),
        "the content type of the answer to POST /sum"
    );
    let json: serde_json::Value = serde_json::from_str(&body)
        .unwrap_or_else(|error| panic!("the answer {body:?} should be JSON: {error}"));
    assert_eq!(
        json,
        serde_json::json!({"sum": -4}),
        "the sum of 1, 2, 3 and -10"
    );
    let (_, _, body) = call(http.post(server.url("/sum")).body(r#"{"numbers": []}"#)).await;
    assert_eq!(body, r#"{"sum":0}"#, "the sum of no numbers");
    server.shut_down().await;
}

#[tokio::test]
async fn malformed_json_is_a_400_that_says_where() {
    let server = start().await;
    let http = client();
    for (json, position) in [
        (r#"{"numbers": [1, 2,, 3]}"#, "line 1 column 19"),
        (r#"{"numbers": "three"}"#, "line 1 column 19"),
        (r#"{"values": [1]}"#, "line 1 column 15"),
        ("", "line 1 column 0"),
    ] {
        let (status, _, body) = call(http.post(server.url("/sum")).body(json)).await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "POST /sum with {json:?} should be a 400, body {body:?}"
        );
        assert!(
            body.starts_with("invalid JSON: ") && body.contains(position),
            "POST /sum with {json:?}: the body should be \"invalid JSON: \" and serde_json's message, which ends with {position:?}; got {body:?}"
        );
    }
    server.shut_down().await;
}

#[tokio::test]
async fn a_body_at_the_limit_is_read() {
    let server = start().await;
    let http = client();
    // {"numbers":[1,1,...,1]} padded with spaces to exactly MAX_BODY_BYTES.
    let mut json = String::from(r#"{"numbers":[1,1,1]}"#);
    json.insert_str(json.len() - 1, &" ".repeat(MAX_BODY_BYTES - json.len()));
    assert_eq!(json.len(), MAX_BODY_BYTES);
    let (status, _, body) = call(http.post(server.url("/sum")).body(json)).await;
    assert_eq!(
        (status, body.as_str()),
        (StatusCode::OK, r#"{"sum":3}"#),
        "a body of exactly MAX_BODY_BYTES bytes is allowed"
    );
    server.shut_down().await;
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_413() {
    let server = start().await;
    let http = client();
    let json = format!(r#"{{"numbers":[1]{}}}"#, " ".repeat(MAX_BODY_BYTES));
    let (status, _, body) = call(http.post(server.url("/sum")).body(json)).await;
    assert_eq!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "a body of more than MAX_BODY_BYTES bytes, with a content-length, should be a 413; body {body:?}"
    );
    server.shut_down().await;
}

#[tokio::test]
async fn a_streamed_body_over_the_limit_is_a_413() {
    let server = start().await;
    let http = client();
    // No content-length: the length is known only by reading.
    let mut chunks = vec![bytes::Bytes::from_static(br#"{"numbers":[1"#)];
    chunks.extend((0..3).map(|_| bytes::Bytes::from(vec![b' '; MAX_BODY_BYTES / 2])));
    chunks.push(bytes::Bytes::from_static(b"]}"));
    let body = reqwest::Body::wrap(ChunkedBody::new(chunks, Ending::Finish));
    let (status, _, body) = call(http.post(server.url("/sum")).body(body)).await;
    assert_eq!(
        status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "a chunked body of more than MAX_BODY_BYTES bytes, without a content-length, should be a 413; body {body:?}"
    );
    server.shut_down().await;
}

#[tokio::test]
async fn wrong_methods_are_405_with_allow() {
    let server = start().await;
    let http = client();
    for (request, path, allowed) in [
        (http.get(server.url("/sum")), "GET /sum", "POST"),
        (http.delete(server.url("/sum")), "DELETE /sum", "POST"),
        (http.post(server.url("/health")), "POST /health", "GET"),
    ] {
        let (status, headers, _) = call(request).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED, "{path}");
        assert_eq!(
            headers.get("allow").and_then(|v| v.to_str().ok()),
            Some(allowed),
            "{path}: the allow header"
        );
    }
    server.shut_down().await;
}

#[tokio::test]
async fn other_paths_are_404() {
    let server = start().await;
    let http = client();
    for path in ["/", "/sum/extra", "/healthz"] {
        let (status, _, _) = call(http.get(server.url(path))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "GET {path}");
    }
    server.shut_down().await;
}

#[tokio::test]
async fn the_server_stops_after_shutdown() {
    let server = start().await;
    let http = client();
    let address = server.address;
    let (status, _, _) = call(http.get(server.url("/health"))).await;
    assert_eq!(status, StatusCode::OK, "GET /health before the shutdown");
    server.shut_down().await;
    // A fresh client: the first one may still hold the closed connection.
    let after = client()
        .get(format!("http://{address}/health"))
        .send()
        .await;
    assert!(
        matches!(&after, Err(error) if error.is_connect()),
        "after serve returned, nothing should listen on {address}; got {after:?}"
    );
}
