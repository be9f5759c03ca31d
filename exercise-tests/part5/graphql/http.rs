use super::*;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tower::ServiceExt as _;

/// What a client sends in `Accept`, as the GraphQL-over-HTTP specification
/// recommends to a client that prefers the new media type.
const PREFERS_GRAPHQL_JSON: &str = "application/graphql-response+json, application/json;q=0.9";

/// A response: status, media type and body (JSON, or the raw text).
struct Answer {
    status: StatusCode,
    content_type: String,
    body: Result<Value, String>,
}

impl Answer {
    fn json(&self, what: &str) -> &Value {
        self.body
            .as_ref()
            .unwrap_or_else(|text| panic!("{what}: the body should be JSON, got the text {text:?}"))
    }

    /// The first error's message, failing if there is none.
    fn first_error(&self, what: &str) -> String {
        let body = self.json(what);
        body["errors"][0]["message"]
            .as_str()
            .unwrap_or_else(|| {
                panic!("{what}: the body should have an `errors` list with a message, got {body}")
            })
            .to_string()
    }
}

/// POSTs `body` to `/graphql` of a fresh app, in-process.
async fn post(body: impl Into<Body>, accept: Option<&str>) -> Answer {
    let mut request = Request::post("/graphql").header("content-type", "application/json");
    if let Some(accept) = accept {
        request = request.header("accept", accept);
    }
    let request = request.body(body.into()).expect("a valid request");
    let response = app(schema())
        .oneshot(request)
        .await
        .expect("a Router never fails (its error type is Infallible)");
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or("")
        .to_string();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .expect("the response body is under 1 MiB");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Answer {
        status,
        content_type,
        body: serde_json::from_str(&text).map_err(|_| text),
    }
}

/// POSTs the GraphQL `query`.
async fn query(query: &str, accept: Option<&str>) -> Answer {
    post(json!({ "query": query }).to_string(), accept).await
}

/// Checks a request error under both media types: `200` with
/// `application/json`, and `400` without `data` with the new media type
/// (which a client gets without an `Accept`, too).
async fn expect_request_error(what: &str, graphql: &str, message: &str) {
    for accept in [
        Some("application/json"),
        Some("application/graphql-response+json;q=0.5, application/json"),
    ] {
        let answer = query(graphql, accept).await;
        assert_eq!(
            (answer.status, answer.content_type.as_str()),
            (StatusCode::OK, "application/json"),
            "{what}, with Accept {accept:?}: application/json responses are 200, errors or not \
             (body: {:?})",
            answer.body
        );
        let got = answer.first_error(what);
        assert!(
            got.contains(message),
            "{what}: the error should say {message:?}, got {got:?}"
        );
    }
    for accept in [Some(PREFERS_GRAPHQL_JSON), None] {
        let answer = query(graphql, accept).await;
        assert_eq!(
            (answer.status, answer.content_type.as_str()),
            (StatusCode::BAD_REQUEST, GRAPHQL_RESPONSE_JSON),
            "{what}, with Accept {accept:?}: a request error is a 400 \
             (body: {:?})",
            answer.body
        );
        let body = answer.json(what);
        assert!(
            body.get("data").is_none(),
            "{what}: a request error has no `data` entry, got {body}"
        );
        let got = answer.first_error(what);
        assert!(
            got.contains(message),
            "{what}: the error should say {message:?}, got {got:?}"
        );
    }
}

/// `{ books(first: 1) { related(first: 1) { ... title } } }`, with `levels`
/// fields in all (`title` included).
fn nested(levels: usize) -> String {
    let mut query = "title".to_string();
    for _ in 2..levels {
        query = format!("related(first: 1) {{ {query} }}");
    }
    format!("{{ books(first: 1) {{ {query} }} }}")
}

#[tokio::test]
async fn a_reasonable_query_is_answered() {
    let graphql = "{ books(first: 10) { related(first: 10) { title } } }";
    for accept in [None, Some(PREFERS_GRAPHQL_JSON)] {
        let answer = query(graphql, accept).await;
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{graphql} (complexity 100, depth 3) must be answered; body: {:?}",
            answer.body
        );
        let body = answer.json(graphql);
        let books = body["data"]["books"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert_eq!(books.len(), 10, "{graphql}: 10 books, got {body}");
        assert_eq!(
            body["data"]["books"][9]["related"][9],
            json!({"title": "Book 10"}),
            "{graphql}: each book has 10 related books"
        );
    }
}

#[tokio::test]
async fn the_media_type_follows_the_accept_header() {
    let graphql = "{ books(first: 1) { title } }";
    for (accept, expected) in [
        (None, GRAPHQL_RESPONSE_JSON),
        (Some("application/json"), "application/json"),
        (Some(PREFERS_GRAPHQL_JSON), GRAPHQL_RESPONSE_JSON),
        (Some(GRAPHQL_RESPONSE_JSON), GRAPHQL_RESPONSE_JSON),
        (Some("*/*"), GRAPHQL_RESPONSE_JSON),
        (
            Some("text/html, application/*;q=0.8"),
            GRAPHQL_RESPONSE_JSON,
        ),
        (
            Some("application/graphql-response+json;q=0, application/json"),
            "application/json",
        ),
        (
            Some("application/graphql-response+json;q=0.5, application/json"),
            "application/json",
        ),
        (Some("text/html"), GRAPHQL_RESPONSE_JSON),
    ] {
        let answer = query(graphql, accept).await;
        assert_eq!(
            answer.content_type, expected,
            "with Accept {accept:?}, the response's Content-Type"
        );
        assert_eq!(
            answer.json(graphql)["data"],
            json!({"books": [{"title": "Book 1"}]})
        );
    }
}

#[tokio::test]
async fn a_query_nested_too_deep_is_refused() {
    let ok = query(&nested(MAX_DEPTH), None).await;
    assert!(
        ok.json("depth 5").get("errors").is_none(),
        "a query of depth {MAX_DEPTH} is allowed, got {:?}",
        ok.body
    );
    expect_request_error(
        "a query of depth 6",
        &nested(MAX_DEPTH + 1),
        "Query is nested too deep.",
    )
    .await;
}

#[tokio::test]
async fn a_list_counts_first_times_its_selection() {
    // Depth 2, but 1000 books: too complex once `first` multiplies.
    expect_request_error(
        "{ books(first: 1000) { title } }",
        "{ books(first: 1000) { title } }",
        "Query is too complex.",
    )
    .await;
    // 20 × 20 = 400 titles.
    expect_request_error(
        "20 books with 20 related books each",
        "{ books(first: 20) { related(first: 20) { title } } }",
        "Query is too complex.",
    )
    .await;
}

#[tokio::test]
async fn a_query_at_the_complexity_limit_is_allowed() {
    // 2 × (100 × 1) = 200: exactly the limit.
    let graphql = "{ books(first: 2) { related(first: 100) { title } } }";
    let answer = query(graphql, None).await;
    assert!(
        answer.json(graphql).get("errors").is_none(),
        "{graphql} has complexity {MAX_COMPLEXITY}, which is allowed; got {:?}",
        answer.body
    );
}

#[tokio::test]
async fn introspection_is_disabled() {
    let graphql = "{ __schema { types { name } } }";
    let answer = query(graphql, None).await;
    let body = answer.json(graphql);
    assert!(
        body["data"]["__schema"].is_null(),
        "introspection must be disabled: {graphql} should answer `__schema: null`, got {body}"
    );
}

#[tokio::test]
async fn a_query_that_does_not_parse_is_a_request_error() {
    expect_request_error("a query cut short", "{ books { title ", "").await;
}

#[tokio::test]
async fn a_thousand_nested_selections_are_an_error_not_a_crash() {
    // 13.5 KB: under the body limit, so the query reaches the parser.
    let graphql = format!("{}{}", "{ books ".repeat(1_500), "}".repeat(1_500));
    let answer = query(&graphql, Some(PREFERS_GRAPHQL_JSON)).await;
    assert_eq!(
        answer.status,
        StatusCode::BAD_REQUEST,
        "1500 nested selections: a request error, got {:?}",
        answer.body
    );
    answer.first_error("1500 nested selections");
}

#[tokio::test]
async fn a_body_that_is_not_a_graphql_request_is_a_400() {
    for body in [
        "",
        "not json",
        r#"{"query": "{ books { title } }""#,
        r#"{"query": 5}"#,
        "42",
        "null",
        r#""{ books { title } }""#,
        "{}",
        r#"{"qeury": "{ books { title } }"}"#,
        r#"["{ books { title } }"]"#,
        r#"{"query": "{ books { title } }", "variables": 5}"#,
    ] {
        for (accept, media_type) in [
            (None, GRAPHQL_RESPONSE_JSON),
            (Some("application/json"), "application/json"),
        ] {
            let answer = post(body, accept).await;
            let what = format!("the body {body:?} (Accept {accept:?})");
            assert_eq!(
                answer.status,
                StatusCode::BAD_REQUEST,
                "{what} is not a well-formed GraphQL request: a JSON object with a string `query` \
                 (body: {:?})",
                answer.body
            );
            assert_eq!(answer.content_type, media_type, "{what}");
            let message = answer.first_error(&what);
            assert!(!message.is_empty(), "{what}: the error message is empty");
        }
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_413() {
    let padding = "x".repeat(BODY_LIMIT);
    let body = json!({"query": "{ books(first: 1) { title } }", "variables": {"pad": padding}});
    let answer = post(body.to_string(), None).await;
    assert_eq!(
        answer.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "a body of {} bytes is over the limit of {BODY_LIMIT}",
        body.to_string().len()
    );
    // Just under the limit is fine.
    let padding = "x".repeat(BODY_LIMIT - 200);
    let body = json!({"query": "{ books(first: 1) { title } }", "variables": {"pad": padding}});
    let answer = post(body.to_string(), None).await;
    assert_eq!(
        answer.status,
        StatusCode::OK,
        "a body of {} bytes is under the limit of {BODY_LIMIT} (body: {:?})",
        body.to_string().len(),
        answer.body
    );
}

/// Sends one raw HTTP/1.1 POST to `address` and returns the whole answer.
async fn post_raw(address: std::net::SocketAddr, body: &str) -> std::io::Result<String> {
    let mut socket = tokio::net::TcpStream::connect(address).await?;
    let request = format!(
        "POST /graphql HTTP/1.1\r\nhost: {address}\r\ncontent-type: application/json\r\n\
         accept: {GRAPHQL_RESPONSE_JSON}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    socket.write_all(request.as_bytes()).await?;
    let mut answer = String::new();
    socket.read_to_string(&mut answer).await?;
    Ok(answer)
}

#[tokio::test]
async fn over_a_real_socket_hostile_requests_get_their_status() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let address = listener.local_addr().expect("the bound address");
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app(schema()))
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    let deep = json!({ "query": nested(MAX_DEPTH + 1) }).to_string();
    for (what, body, status) in [
        ("malformed JSON", r#"{"query": "#, "400"),
        ("a query too deep", deep.as_str(), "400"),
        (
            "a good query",
            r#"{"query": "{ books(first: 1) { title } }"}"#,
            "200",
        ),
    ] {
        let answer = tokio::time::timeout(Duration::from_secs(10), post_raw(address, body))
            .await
            .unwrap_or_else(|_| panic!("{what}: the server did not answer within 10 s"))
            .unwrap_or_else(|error| panic!("{what}: the connection failed: {error}"));
        assert!(
            answer.starts_with(&format!("HTTP/1.1 {status}")),
            "{what} over TCP should be answered {status}, got:\n{answer}"
        );
    }
    stop.send(()).expect("the server is still running");
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the server did not finish within 10 s of its shutdown")
        .expect("the server task did not panic")
        .expect("the server ran without an I/O error");
}
