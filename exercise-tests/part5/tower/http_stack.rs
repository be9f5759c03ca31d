use super::*;
use axum::body::{Body, Bytes};
use axum::response::Response;
use axum::routing::{get, post};
use http::{HeaderMap, Method, StatusCode};
use tower::ServiceExt;

const REPORT_LINE: &str = "all systems nominal\n";

/// The handlers the middleware wraps.
fn app() -> Router {
    let router = Router::new()
        .route(
            "/id",
            get(|headers: HeaderMap| async move {
                // The id the handler sees, as its body.
                headers
                    .get("x-request-id")
                    .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
                    .unwrap_or_else(|| "no id".to_owned())
            }),
        )
        .route("/report", get(|| async { REPORT_LINE.repeat(100) }))
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(TIMEOUT * 10).await;
                "too late"
            }),
        )
        .route(
            "/quick-enough",
            get(|| async {
                tokio::time::sleep(TIMEOUT - Duration::from_millis(1)).await;
                "in time"
            }),
        )
        .route(
            "/upload",
            post(|body: Bytes| async move { format!("{} bytes", body.len()) }),
        );
    with_middleware(router)
}

fn get_request(path: &str, headers: &[(&str, &str)]) -> Request<Body> {
    let mut builder = Request::get(path);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    builder.body(Body::empty()).unwrap()
}

async fn body_bytes(response: Response) -> Bytes {
    axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap()
}

fn header<'a>(response: &'a Response, name: &str) -> Option<&'a str> {
    response.headers().get(name).and_then(|v| v.to_str().ok())
}

#[tokio::test]
async fn a_new_request_id_reaches_the_handler_and_the_response() {
    let app = app();
    for n in 1..=2 {
        let response = app.clone().oneshot(get_request("/id", &[])).await.unwrap();
        let expected = format!("req-{n}");
        assert_eq!(
            header(&response, "x-request-id"),
            Some(expected.as_str()),
            "request {n} without an id: the response must carry the new id"
        );
        assert_eq!(
            body_bytes(response).await,
            expected.as_bytes(),
            "request {n} without an id: the handler must see the id `{expected}` \
             (the body here is the id the handler saw)"
        );
    }
}

#[tokio::test]
async fn a_clients_request_id_is_kept() {
    let request = get_request("/id", &[("x-request-id", "client-7")]);
    let response = app().oneshot(request).await.unwrap();
    assert_eq!(
        header(&response, "x-request-id"),
        Some("client-7"),
        "the client's own x-request-id must come back"
    );
    assert_eq!(
        body_bytes(response).await,
        "client-7",
        "and reach the handler"
    );
}

#[tokio::test(start_paused = true)]
async fn a_slow_handler_gets_408_with_the_id_and_cors() {
    let request = get_request("/slow", &[("origin", ALLOWED_ORIGIN)]);
    let response = app().oneshot(request).await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::REQUEST_TIMEOUT,
        "a handler slower than TIMEOUT must get 408"
    );
    assert_eq!(
        header(&response, "x-request-id"),
        Some("req-1"),
        "the 408 must carry the request id: propagate it outside the timeout"
    );
    assert_eq!(
        header(&response, "access-control-allow-origin"),
        Some(ALLOWED_ORIGIN),
        "the 408 must carry Access-Control-Allow-Origin: CORS goes outside the timeout"
    );
}

#[tokio::test(start_paused = true)]
async fn a_handler_within_the_timeout_is_not_cut_off() {
    let response = app()
        .oneshot(get_request("/quick-enough", &[]))
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "a handler that takes 1 ms less than TIMEOUT must finish"
    );
    assert_eq!(body_bytes(response).await, "in time");
}

fn upload(size: usize, announce: bool) -> Request<Body> {
    let mut builder = Request::post("/upload").header("origin", ALLOWED_ORIGIN);
    if announce {
        builder = builder.header("content-length", size.to_string());
    }
    builder.body(Body::from(vec![b'x'; size])).unwrap()
}

#[tokio::test]
async fn an_oversized_body_gets_413_with_the_id_and_cors() {
    for announce in [true, false] {
        let how = if announce {
            "announced by content-length"
        } else {
            "without content-length"
        };
        let response = app()
            .oneshot(upload(BODY_LIMIT + 1, announce))
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::PAYLOAD_TOO_LARGE,
            "a body of BODY_LIMIT + 1 bytes, {how}, must get 413"
        );
        assert_eq!(
            header(&response, "x-request-id"),
            Some("req-1"),
            "the 413 ({how}) must carry the request id"
        );
        assert_eq!(
            header(&response, "access-control-allow-origin"),
            Some(ALLOWED_ORIGIN),
            "the 413 ({how}) must carry Access-Control-Allow-Origin"
        );
    }
}

#[tokio::test]
async fn a_body_at_the_limit_is_accepted() {
    for announce in [true, false] {
        let response = app().oneshot(upload(BODY_LIMIT, announce)).await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "a body of exactly BODY_LIMIT bytes must be accepted (content-length given: {announce})"
        );
        assert_eq!(body_bytes(response).await, format!("{BODY_LIMIT} bytes"));
    }
}

#[tokio::test]
async fn a_preflight_from_the_allowed_origin_is_answered() {
    let preflight = Request::builder()
        .method(Method::OPTIONS)
        .uri("/upload")
        .header("origin", ALLOWED_ORIGIN)
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .body(Body::empty())
        .unwrap();
    let response = app().oneshot(preflight).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "a preflight gets 200");
    assert_eq!(
        header(&response, "access-control-allow-origin"),
        Some(ALLOWED_ORIGIN),
        "the preflight must allow the origin"
    );
    let methods = header(&response, "access-control-allow-methods").unwrap_or("");
    for method in ["GET", "POST"] {
        assert!(
            methods.split(',').any(|m| m.trim() == method),
            "Access-Control-Allow-Methods must list {method}, got {methods:?}"
        );
    }
    let headers = header(&response, "access-control-allow-headers").unwrap_or("");
    assert!(
        headers
            .split(',')
            .any(|h| h.trim().eq_ignore_ascii_case("content-type")),
        "Access-Control-Allow-Headers must list content-type, got {headers:?}"
    );
}

#[tokio::test]
async fn other_origins_are_not_allowed() {
    let request = get_request("/report", &[("origin", "https://evil.example")]);
    let response = app().oneshot(request).await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the request itself is served"
    );
    let allowed = header(&response, "access-control-allow-origin");
    assert!(
        allowed != Some("https://evil.example") && allowed != Some("*"),
        "only {ALLOWED_ORIGIN} may be allowed, but a request from https://evil.example \
         got Access-Control-Allow-Origin: {allowed:?}"
    );
}

#[tokio::test]
async fn responses_are_gzipped_when_the_client_accepts_it() {
    let request = get_request("/report", &[("accept-encoding", "gzip")]);
    let response = app().oneshot(request).await.unwrap();
    assert_eq!(
        header(&response, "content-encoding"),
        Some("gzip"),
        "Accept-Encoding: gzip must give a gzip-compressed response"
    );
    let body = body_bytes(response).await;
    assert!(
        body.starts_with(&[0x1f, 0x8b]) && body.len() < REPORT_LINE.len() * 100,
        "the body must be gzip data (it starts with 1f 8b) and smaller than the text"
    );
}

#[tokio::test]
async fn responses_are_plain_when_the_client_does_not_accept_gzip() {
    let response = app().oneshot(get_request("/report", &[])).await.unwrap();
    assert_eq!(
        header(&response, "content-encoding"),
        None,
        "without Accept-Encoding the response must not be compressed"
    );
    assert_eq!(body_bytes(response).await, REPORT_LINE.repeat(100));
}
