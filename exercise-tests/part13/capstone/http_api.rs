use super::*;
use axum::body::Body;
use axum::http::{header, Method, Request};
use serde_json::{json, Value};
use tower::ServiceExt as _;

/// A router over a new store in a temporary folder (kept alive with it).
async fn app() -> (Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = KvStore::open(dir.path().join("kv.log")).await.unwrap();
    (router(store), dir)
}

/// Sends one request in-process and returns the status and the body as
/// JSON (`Value::Null` for an empty body).
async fn send(
    app: &Router,
    method: Method,
    uri: &str,
    body: Option<(&str, Vec<u8>)>,
) -> (StatusCode, Value) {
    let mut request = Request::builder().method(method.clone()).uri(uri);
    let body = match body {
        Some((content_type, bytes)) => {
            request = request.header(header::CONTENT_TYPE, content_type);
            Body::from(bytes)
        }
        None => Body::empty(),
    };
    let response = app
        .clone()
        .oneshot(request.body(body).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let json = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            panic!(
                "{method} {uri}: the body should be JSON ({e}), it is {:?}",
                String::from_utf8_lossy(&bytes)
            )
        })
    };
    (status, json)
}

async fn put(app: &Router, key: &str, value: &str) -> (StatusCode, Value) {
    let body = serde_json::to_vec(&json!({ "value": value })).unwrap();
    send(
        app,
        Method::PUT,
        &format!("/v1/keys/{key}"),
        Some(("application/json", body)),
    )
    .await
}

async fn get(app: &Router, key: &str) -> (StatusCode, Value) {
    send(app, Method::GET, &format!("/v1/keys/{key}"), None).await
}

/// Checks that an answer is an error with `status` and a JSON body
/// `{"error": MESSAGE}` whose message contains `words`.
fn is_error(request: &str, (status, body): (StatusCode, Value), expected: StatusCode, words: &str) {
    assert_eq!(
        status, expected,
        "{request} should answer {expected}, answered {status} with {body}"
    );
    let message = body
        .get("error")
        .and_then(Value::as_str)
        .unwrap_or_else(|| {
            panic!("{request}: an error body should be {{\"error\": \"…\"}}, it is {body}")
        });
    assert!(
        message.contains(words),
        "{request}: the error message should contain {words:?}, it is {message:?}"
    );
}

#[tokio::test]
async fn a_value_put_is_read_back_as_json() {
    let (app, _dir) = app().await;
    let (status, body) = put(&app, "greeting", "hello").await;
    assert_eq!(
        status,
        StatusCode::NO_CONTENT,
        "PUT should answer 204, answered {status} with {body}"
    );
    assert_eq!(body, Value::Null, "a 204 has no body");
    assert_eq!(
        get(&app, "greeting").await,
        (
            StatusCode::OK,
            json!({ "key": "greeting", "value": "hello" })
        )
    );
}

#[tokio::test]
async fn a_missing_key_is_404_with_a_json_error() {
    let (app, _dir) = app().await;
    is_error(
        "GET /v1/keys/nothing",
        get(&app, "nothing").await,
        StatusCode::NOT_FOUND,
        "nothing",
    );
}

#[tokio::test]
async fn delete_answers_204_then_404() {
    let (app, _dir) = app().await;
    put(&app, "k", "v").await;
    let (status, _) = send(&app, Method::DELETE, "/v1/keys/k", None).await;
    assert_eq!(
        status,
        StatusCode::NO_CONTENT,
        "DELETE of a stored key should answer 204"
    );
    assert_eq!(
        get(&app, "k").await.0,
        StatusCode::NOT_FOUND,
        "a deleted key is gone"
    );
    is_error(
        "DELETE of a missing key",
        send(&app, Method::DELETE, "/v1/keys/k", None).await,
        StatusCode::NOT_FOUND,
        "k",
    );
}

#[tokio::test]
async fn the_listing_filters_by_prefix_and_is_sorted() {
    let (app, _dir) = app().await;
    for key in ["user-2", "b", "user-1", "a"] {
        put(&app, key, "x").await;
    }
    assert_eq!(
        send(&app, Method::GET, "/v1/keys?prefix=user-", None).await,
        (StatusCode::OK, json!({ "keys": ["user-1", "user-2"] }))
    );
    assert_eq!(
        send(&app, Method::GET, "/v1/keys", None).await,
        (
            StatusCode::OK,
            json!({ "keys": ["a", "b", "user-1", "user-2"] })
        ),
        "without a prefix, every key"
    );
}

#[tokio::test]
async fn an_invalid_key_is_400_and_names_the_problem() {
    let (app, _dir) = app().await;
    is_error(
        "GET /v1/keys/a%2Fb",
        get(&app, "a%2Fb").await,
        StatusCode::BAD_REQUEST,
        "cannot contain '/'",
    );
    is_error(
        "GET /v1/keys/..",
        get(&app, "..").await,
        StatusCode::BAD_REQUEST,
        "`.` or `..`",
    );
    let long = "k".repeat(129);
    is_error(
        "GET of a 129-byte key",
        get(&app, &long).await,
        StatusCode::BAD_REQUEST,
        "128 bytes",
    );
    is_error(
        "PUT /v1/keys/caf%C3%A9",
        put(&app, "caf%C3%A9", "x").await,
        StatusCode::BAD_REQUEST,
        "'é'",
    );
    is_error(
        "DELETE /v1/keys/.",
        send(&app, Method::DELETE, "/v1/keys/.", None).await,
        StatusCode::BAD_REQUEST,
        "`.` or `..`",
    );
}

#[tokio::test]
async fn an_unknown_route_is_404_with_a_json_error() {
    let (app, _dir) = app().await;
    is_error(
        "GET /v2/keys/a",
        send(&app, Method::GET, "/v2/keys/a", None).await,
        StatusCode::NOT_FOUND,
        "/v2/keys/a",
    );
    is_error(
        "GET /",
        send(&app, Method::GET, "/", None).await,
        StatusCode::NOT_FOUND,
        "no route",
    );
}

#[tokio::test]
async fn a_body_over_the_limit_is_413_and_stores_nothing() {
    let (app, _dir) = app().await;
    let value = "x".repeat(MAX_BODY + 1);
    let (status, body) = put(&app, "big", &value).await;
    is_error(
        "PUT of a 64 KiB value",
        (status, body),
        StatusCode::PAYLOAD_TOO_LARGE,
        "invalid body",
    );
    assert_eq!(
        get(&app, "big").await.0,
        StatusCode::NOT_FOUND,
        "nothing is stored after a 413"
    );
    let (status, body) = put(&app, "fits", &"x".repeat(MAX_BODY - 100)).await;
    assert_eq!(
        status,
        StatusCode::NO_CONTENT,
        "a body just under the limit fits, answered {status} {body}"
    );
}

#[tokio::test]
async fn bodies_that_are_not_the_right_json_are_refused_with_a_json_error() {
    let (app, _dir) = app().await;
    let uri = "/v1/keys/k";
    let broken = send(
        &app,
        Method::PUT,
        uri,
        Some(("application/json", b"{\"value\": ".to_vec())),
    )
    .await;
    is_error(
        "PUT with broken JSON",
        broken,
        StatusCode::BAD_REQUEST,
        "invalid body",
    );
    let wrong_shape = send(
        &app,
        Method::PUT,
        uri,
        Some(("application/json", b"{\"val\": 1}".to_vec())),
    )
    .await;
    is_error(
        "PUT with JSON of the wrong shape",
        wrong_shape,
        StatusCode::UNPROCESSABLE_ENTITY,
        "value",
    );
    let not_json = send(
        &app,
        Method::PUT,
        uri,
        Some(("text/plain", b"{\"value\": \"v\"}".to_vec())),
    )
    .await;
    is_error(
        "PUT with Content-Type: text/plain",
        not_json,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "invalid body",
    );
    assert_eq!(
        get(&app, "k").await.0,
        StatusCode::NOT_FOUND,
        "nothing is stored after a refused body"
    );
}

#[test]
fn a_store_failure_is_500_without_its_details_and_is_logged() {
    let error = ApiError::Store(StoreError::Io(std::io::Error::other(
        "disk on fire at sector 7",
    )));
    let (subscriber, captured) = course_testkit::capture::subscriber();
    let response = tracing::subscriber::with_default(subscriber, || error.into_response());
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let bytes = runtime
        .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
        .unwrap();
    let body: Value = serde_json::from_slice(&bytes).expect("the 500's body is JSON");
    assert_eq!(
        body,
        json!({ "error": "internal error in the store" }),
        "the client gets the fixed message, not the I/O error"
    );
    let events = captured.events();
    assert!(
        events.iter().any(|e| e.level == tracing::Level::ERROR
            && e.fields.values().any(|v| v.contains("disk on fire"))),
        "the details should be logged at ERROR level (a `StoreError`'s `Display` leaves its cause to `source()`: log it with `?error`, or log the cause too); events: {events:#?}"
    );
}

#[test]
fn each_error_has_its_status() {
    let key = Key::new("k").unwrap();
    assert_eq!(
        ApiError::BadKey(KeyError::Empty).status(),
        StatusCode::BAD_REQUEST
    );
    assert_eq!(ApiError::NotFound(key).status(), StatusCode::NOT_FOUND);
    assert_eq!(
        ApiError::NoRoute(Uri::from_static("/x")).status(),
        StatusCode::NOT_FOUND
    );
    let io = StoreError::Io(std::io::Error::other("broken"));
    assert_eq!(
        ApiError::Store(io).status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
}

#[tokio::test]
async fn the_api_answers_over_a_real_socket_on_loopback() {
    let (app, _dir) = app().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    let client = course_testkit::http::client();
    let url = format!("http://{addr}/v1/keys/greeting");
    let put = client
        .put(&url)
        .json(&json!({ "value": "over TCP" }))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), StatusCode::NO_CONTENT);
    let got: Value = client.get(&url).send().await.unwrap().json().await.unwrap();
    assert_eq!(got, json!({ "key": "greeting", "value": "over TCP" }));
    let missing = client
        .get(format!("http://{addr}/v1/keys/nothing"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let content_type = missing.headers().get(header::CONTENT_TYPE).cloned();
    assert_eq!(
        content_type.as_ref().and_then(|v| v.to_str().ok()),
        Some("application/json"),
        "an error answer is JSON"
    );
    stop.send(()).unwrap();
    server
        .await
        .unwrap()
        .expect("the server shuts down cleanly");
}
