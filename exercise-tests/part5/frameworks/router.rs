use super::*;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use tower::ServiceExt as _;

/// Sends one request to a fresh `app()` in-process (no socket) and returns
/// the status and the body as text.
async fn call(method: Method, uri: &str) -> (StatusCode, String) {
    let request = Request::builder()
        .method(method)
        .uri(uri)
        .body(Body::empty())
        .expect("a method and a URI make a valid request");
    let response = app()
        .oneshot(request)
        .await
        .expect("a Router never fails (its error type is Infallible)");
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024)
        .await
        .expect("the response body is short");
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

async fn expect(method: Method, uri: &str, status: StatusCode, body: Option<&str>) {
    let (got_status, got_body) = call(method.clone(), uri).await;
    assert_eq!(
        got_status, status,
        "{method} {uri} should answer {status}, but answered {got_status} with body {got_body:?}"
    );
    if let Some(body) = body {
        assert_eq!(got_body, body, "the body of {method} {uri}");
    }
}

#[tokio::test]
async fn hello_greets_the_name_in_the_path() {
    expect(
        Method::GET,
        "/hello/Ferris",
        StatusCode::OK,
        Some("Hello, Ferris!"),
    )
    .await;
    expect(
        Method::GET,
        "/hello/ada",
        StatusCode::OK,
        Some("Hello, ada!"),
    )
    .await;
}

#[tokio::test]
async fn hello_decodes_percent_escapes() {
    expect(
        Method::GET,
        "/hello/Ada%20Lovelace",
        StatusCode::OK,
        Some("Hello, Ada Lovelace!"),
    )
    .await;
}

#[tokio::test]
async fn users_names_the_numeric_id() {
    expect(Method::GET, "/users/7", StatusCode::OK, Some("user #7")).await;
    expect(Method::GET, "/users/0", StatusCode::OK, Some("user #0")).await;
    expect(
        Method::GET,
        "/users/4294967295",
        StatusCode::OK,
        Some("user #4294967295"),
    )
    .await;
}

#[tokio::test]
async fn users_rejects_an_id_that_is_not_a_u32_with_400() {
    for uri in [
        "/users/ferris",
        "/users/-1",
        "/users/4294967296",
        "/users/1.5",
    ] {
        expect(Method::GET, uri, StatusCode::BAD_REQUEST, None).await;
    }
}

#[tokio::test]
async fn unknown_paths_answer_404() {
    for uri in ["/", "/hello", "/hello/a/b", "/users", "/user/7"] {
        expect(Method::GET, uri, StatusCode::NOT_FOUND, None).await;
    }
}

#[tokio::test]
async fn another_method_on_a_known_path_answers_405() {
    expect(
        Method::POST,
        "/users/7",
        StatusCode::METHOD_NOT_ALLOWED,
        None,
    )
    .await;
    expect(
        Method::DELETE,
        "/hello/Ferris",
        StatusCode::METHOD_NOT_ALLOWED,
        None,
    )
    .await;
}
