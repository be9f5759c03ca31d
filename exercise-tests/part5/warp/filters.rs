use super::*;
use warp::http::StatusCode;

/// Sends one request through `routes()` in-process (no socket) and returns
/// the status and the body as text.
async fn call(method: &str, path: &str) -> (StatusCode, String) {
    let response = warp::test::request()
        .method(method)
        .path(path)
        .reply(&routes())
        .await;
    let body = String::from_utf8_lossy(response.body()).into_owned();
    (response.status(), body)
}

async fn expect(method: &str, path: &str, status: StatusCode, body: Option<&str>) {
    let (got_status, got_body) = call(method, path).await;
    assert_eq!(
        got_status, status,
        "{method} {path} should answer {status}, but answered {got_status} with body {got_body:?}"
    );
    if let Some(body) = body {
        assert_eq!(got_body, body, "the body of {method} {path}");
    }
}

#[tokio::test]
async fn hello_greets_the_name_in_the_path() {
    expect(
        "GET",
        "/hello/Ferris",
        StatusCode::OK,
        Some("hello, Ferris"),
    )
    .await;
    expect("GET", "/hello/ada", StatusCode::OK, Some("hello, ada")).await;
}

#[tokio::test]
async fn add_sums_two_numbers() {
    expect("GET", "/add/2/3", StatusCode::OK, Some("5")).await;
    expect("GET", "/add/0/0", StatusCode::OK, Some("0")).await;
}

#[tokio::test]
async fn add_never_overflows() {
    expect(
        "GET",
        "/add/4294967295/4294967295",
        StatusCode::OK,
        Some("8589934590"),
    )
    .await;
}

#[tokio::test]
async fn a_parameter_that_does_not_parse_is_not_found() {
    expect("GET", "/add/1/x", StatusCode::NOT_FOUND, None).await;
    expect("GET", "/add/-1/2", StatusCode::NOT_FOUND, None).await;
    expect("GET", "/add/4294967296/1", StatusCode::NOT_FOUND, None).await;
}

#[tokio::test]
async fn routes_match_the_whole_path() {
    expect("GET", "/hello/a/b", StatusCode::NOT_FOUND, None).await;
    expect("GET", "/add/1/2/3", StatusCode::NOT_FOUND, None).await;
    expect("GET", "/hello", StatusCode::NOT_FOUND, None).await;
    expect("GET", "/", StatusCode::NOT_FOUND, None).await;
    expect("GET", "/nope", StatusCode::NOT_FOUND, None).await;
}

#[tokio::test]
async fn repeat_joins_the_words_with_single_spaces() {
    expect(
        "GET",
        "/repeat?word=hi&times=3",
        StatusCode::OK,
        Some("hi hi hi"),
    )
    .await;
    expect("GET", "/repeat?times=1&word=ok", StatusCode::OK, Some("ok")).await;
    expect("GET", "/repeat?word=hi&times=0", StatusCode::OK, Some("")).await;
    let (status, body) = call("GET", "/repeat?word=ab&times=255").await;
    assert_eq!(status, StatusCode::OK, "GET /repeat?word=ab&times=255");
    assert_eq!(
        body,
        vec!["ab"; 255].join(" "),
        "255 times `ab`, separated by single spaces"
    );
}

#[tokio::test]
async fn a_missing_or_invalid_query_is_a_bad_request() {
    expect("GET", "/repeat", StatusCode::BAD_REQUEST, None).await;
    expect("GET", "/repeat?word=hi", StatusCode::BAD_REQUEST, None).await;
    expect(
        "GET",
        "/repeat?word=hi&times=lots",
        StatusCode::BAD_REQUEST,
        None,
    )
    .await;
    // `times` is a u8: 256 and more do not fit.
    expect(
        "GET",
        "/repeat?word=hi&times=300",
        StatusCode::BAD_REQUEST,
        None,
    )
    .await;
    expect(
        "GET",
        "/repeat?word=hi&times=-1",
        StatusCode::BAD_REQUEST,
        None,
    )
    .await;
}

#[tokio::test]
async fn another_method_on_a_route_is_not_allowed() {
    expect(
        "POST",
        "/hello/Ferris",
        StatusCode::METHOD_NOT_ALLOWED,
        None,
    )
    .await;
    expect("DELETE", "/add/1/2", StatusCode::METHOD_NOT_ALLOWED, None).await;
    expect(
        "PUT",
        "/repeat?word=hi&times=1",
        StatusCode::METHOD_NOT_ALLOWED,
        None,
    )
    .await;
}
