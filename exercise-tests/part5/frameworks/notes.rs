use super::*;
use axum::body::Body;
use axum::http::{Method, Request};
use serde_json::Value;
use std::future::IntoFuture as _;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tower::ServiceExt as _;

/// Sends one request to `app` in-process and returns the status and the
/// body parsed as JSON (`Value::Null` with the raw text in the message if it
/// is not JSON).
async fn call(
    app: &Router,
    method: Method,
    uri: &str,
    content_type: Option<&str>,
    body: impl Into<Body>,
) -> (StatusCode, Result<Value, String>) {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    let request = request.body(body.into()).expect("a valid request");
    let response = app
        .clone()
        .oneshot(request)
        .await
        .expect("a Router never fails (its error type is Infallible)");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024)
        .await
        .expect("the response body is short");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    (status, serde_json::from_str(&text).map_err(|_| text))
}

async fn post_json(app: &Router, body: &str) -> (StatusCode, Result<Value, String>) {
    call(
        app,
        Method::POST,
        "/notes",
        Some("application/json"),
        body.to_string(),
    )
    .await
}

/// Checks that an error answer has `status` and a JSON body `{"error": "..."}`.
fn expect_error(what: &str, got: (StatusCode, Result<Value, String>), status: StatusCode) {
    let (got_status, body) = got;
    assert_eq!(
        got_status, status,
        "{what} should answer {status} (body: {body:?})"
    );
    let body = body.unwrap_or_else(|text| {
        panic!("{what}: an error must have a JSON body {{\"error\": ...}}, got the text {text:?}")
    });
    assert!(
        body.get("error")
            .and_then(Value::as_str)
            .is_some_and(|e| !e.is_empty()),
        "{what}: an error's JSON body must have a non-empty string field `error`, got {body}"
    );
}

#[tokio::test]
async fn create_answers_201_with_the_stored_note_and_ids_count_up() {
    let app = app();
    let (status, body) = post_json(&app, r#"{"title": "milk", "body": "two litres"}"#).await;
    assert_eq!(
        status,
        StatusCode::CREATED,
        "POST /notes should answer 201 (body: {body:?})"
    );
    let body = body.expect("POST /notes answers JSON");
    assert_eq!(
        body,
        serde_json::json!({"id": 1, "title": "milk", "body": "two litres"})
    );
    let (_, second) = post_json(&app, r#"{"title": "eggs", "body": ""}"#).await;
    assert_eq!(second.expect("JSON")["id"], 2, "the second note gets id 2");
}

#[tokio::test]
async fn a_created_note_can_be_fetched_from_any_clone_of_the_router() {
    let app = app();
    for (clone, body) in [
        (app.clone(), r#"{"title": "a", "body": "first"}"#),
        (app.clone(), r#"{"title": "b", "body": "second"}"#),
    ] {
        let (status, _) = post_json(&clone, body).await;
        assert_eq!(status, StatusCode::CREATED, "POST /notes with {body}");
    }
    let (status, body) = call(&app, Method::GET, "/notes/2", None, Body::empty()).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "GET /notes/2 after two creations (body: {body:?})"
    );
    assert_eq!(
        body.expect("GET answers JSON"),
        serde_json::json!({"id": 2, "title": "b", "body": "second"})
    );
}

#[tokio::test]
async fn a_missing_note_answers_404_with_a_json_error() {
    let app = app();
    let got = call(&app, Method::GET, "/notes/42", None, Body::empty()).await;
    expect_error(
        "GET /notes/42 on an empty store",
        got,
        StatusCode::NOT_FOUND,
    );
}

#[tokio::test]
async fn a_blank_title_answers_422_and_stores_nothing() {
    let app = app();
    let got = post_json(&app, r#"{"title": "  \t", "body": "x"}"#).await;
    expect_error("a blank title", got, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, body) = post_json(&app, r#"{"title": "ok", "body": "x"}"#).await;
    assert_eq!(
        body.expect("JSON")["id"],
        1,
        "a rejected note must not use up an id"
    );
}

#[tokio::test]
async fn malformed_json_answers_400_with_a_json_error() {
    let app = app();
    for body in [r#"{"title": "a", "body": "#, "not json", ""] {
        let got = post_json(&app, body).await;
        expect_error(&format!("the body {body:?}"), got, StatusCode::BAD_REQUEST);
    }
}

#[tokio::test]
async fn missing_or_mistyped_fields_answer_422_with_a_json_error() {
    let app = app();
    for body in [r#"{"title": "a"}"#, r#"{"title": 5, "body": "x"}"#, "[]"] {
        let got = post_json(&app, body).await;
        expect_error(
            &format!("the body {body}"),
            got,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
}

#[tokio::test]
async fn a_wrong_content_type_answers_415_with_a_json_error() {
    let app = app();
    let body = r#"{"title": "a", "body": "b"}"#;
    for content_type in [None, Some("text/plain")] {
        let got = call(&app, Method::POST, "/notes", content_type, body.to_string()).await;
        expect_error(
            &format!("content type {content_type:?}"),
            got,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        );
    }
}

#[tokio::test]
async fn a_body_over_the_limit_answers_413_with_a_json_error() {
    let app = app();
    // Valid JSON, just too long: only the limit can reject it.
    let body = format!(
        r#"{{"title": "big", "body": "{}"}}"#,
        "x".repeat(MAX_BODY_BYTES)
    );
    let got = post_json(&app, &body).await;
    expect_error(
        "a body longer than MAX_BODY_BYTES",
        got,
        StatusCode::PAYLOAD_TOO_LARGE,
    );
    let (_, body) = post_json(&app, r#"{"title": "small", "body": "ok"}"#).await;
    assert_eq!(
        body.expect("JSON")["id"],
        1,
        "a rejected body must not store a note"
    );
}

#[tokio::test]
async fn the_api_works_over_a_real_socket_on_loopback() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("binding 127.0.0.1:0");
    let address = listener
        .local_addr()
        .expect("a bound listener has an address");
    let app = app();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(
        axum::serve(listener, app.clone())
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .into_future(),
    );

    let json = r#"{"title": "over", "body": "tcp"}"#;
    let request = format!(
        "POST /notes HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nconnection: close\r\n\r\n{json}",
        json.len()
    );
    let mut socket = tokio::net::TcpStream::connect(address)
        .await
        .expect("connecting");
    socket.write_all(request.as_bytes()).await.expect("sending");
    let mut answer = String::new();
    socket
        .read_to_string(&mut answer)
        .await
        .expect("reading the answer");
    assert!(
        answer.starts_with("HTTP/1.1 201"),
        "POST /notes over TCP should answer 201, got:\n{answer}"
    );

    // The note created over the socket is visible to the same router in-process.
    let (status, _) = call(&app, Method::GET, "/notes/1", None, Body::empty()).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the router's clones share one store"
    );

    stop.send(()).expect("the server is still running");
    server
        .await
        .expect("the server task did not panic")
        .expect("the server stopped without an I/O error");
}
