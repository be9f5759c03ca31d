use super::*;
use warp::test::RequestBuilder;

const TOKEN: &str = "s3cret-token";

fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

/// A fresh API over an empty store, and the store, to look inside.
fn fresh() -> (
    Notes,
    impl Filter<Extract = (impl Reply,), Error = Infallible> + Clone,
) {
    let notes = Notes::default();
    let filter = api(Arc::clone(&notes), TOKEN);
    (notes, filter)
}

/// A `POST /notes` with the right token and a JSON body.
fn post_json(body: &str) -> RequestBuilder {
    warp::test::request()
        .method("POST")
        .path("/notes")
        .header("authorization", bearer())
        .header("content-type", "application/json")
        .body(body)
}

/// Sends `request` and returns the status and the body parsed as JSON.
/// Fails if the body is not JSON, or is an error without an `error` message
/// (or one that leaks warp's `Debug` output or the token).
async fn send(
    filter: &(impl Filter<Extract = (impl Reply,), Error = Infallible> + Clone + 'static),
    what: &str,
    request: RequestBuilder,
) -> (StatusCode, serde_json::Value) {
    let response = request.reply(filter).await;
    let status = response.status();
    let text = String::from_utf8_lossy(response.body()).into_owned();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|error| {
        panic!("{what}: every answer must be JSON, got {status} with body {text:?} ({error})")
    });
    if !status.is_success() {
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|value| value.to_str().ok());
        assert_eq!(
            content_type,
            Some("application/json"),
            "{what}: an error answer is JSON, with its content type"
        );
        assert!(
            json["error"]
                .as_str()
                .is_some_and(|message| !message.is_empty()),
            "{what}: an error answer is {{\"error\": MESSAGE}}, got {text}"
        );
        for leak in [
            "Rejection",
            "Unhandled",
            "Error {",
            "Unauthorized",
            "InvalidTitle",
            TOKEN,
        ] {
            assert!(
                !text.contains(leak),
                "{what}: the error must not show internals (`{leak}`), got {text}"
            );
        }
    }
    (status, json)
}

async fn expect_status(
    filter: &(impl Filter<Extract = (impl Reply,), Error = Infallible> + Clone + 'static),
    what: &str,
    request: RequestBuilder,
    expected: StatusCode,
) {
    let (status, json) = send(filter, what, request).await;
    assert_eq!(
        status, expected,
        "{what}: expected {expected}, got {status} with {json}"
    );
}

#[tokio::test]
async fn creates_and_lists_notes() {
    let (notes, filter) = fresh();
    let (status, json) = send(
        &filter,
        "GET /notes on an empty store",
        warp::test::request().path("/notes"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "GET /notes");
    assert_eq!(json, serde_json::json!([]), "an empty store lists []");

    let (status, json) = send(&filter, "POST a note", post_json(r#"{"title": "  tea  "}"#)).await;
    assert_eq!(
        status,
        StatusCode::CREATED,
        "a valid note is created: {json}"
    );
    assert_eq!(
        json,
        serde_json::json!({"id": 1, "title": "tea"}),
        "the created note, trimmed"
    );
    let (status, json) = send(
        &filter,
        "POST a second note",
        post_json(r#"{"title": "cake"}"#),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "a second note: {json}");
    assert_eq!(json["id"], 2, "ids count from 1: {json}");

    let (status, json) = send(&filter, "GET /notes", warp::test::request().path("/notes")).await;
    assert_eq!(status, StatusCode::OK, "GET /notes");
    assert_eq!(
        json,
        serde_json::json!([{"id": 1, "title": "tea"}, {"id": 2, "title": "cake"}]),
        "GET /notes lists the notes, oldest first"
    );
    assert_eq!(
        notes.lock().unwrap().len(),
        2,
        "the notes are in the store given to api()"
    );
}

#[tokio::test]
async fn missing_or_wrong_credentials_are_401_whatever_the_body() {
    let (notes, filter) = fresh();
    let no_header = warp::test::request()
        .method("POST")
        .path("/notes")
        .header("content-type", "application/json")
        .body(r#"{"title": "tea"}"#);
    expect_status(
        &filter,
        "POST without authorization",
        no_header,
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let wrong = post_json(r#"{"title": "tea"}"#).header("authorization", "Bearer guess");
    expect_status(
        &filter,
        "POST with a wrong token",
        wrong,
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let prefix =
        post_json(r#"{"title": "tea"}"#).header("authorization", format!("Bearer {TOKEN}x"));
    expect_status(
        &filter,
        "POST with the token plus a letter",
        prefix,
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let basic = post_json(r#"{"title": "tea"}"#).header("authorization", format!("Basic {TOKEN}"));
    expect_status(
        &filter,
        "POST with another scheme",
        basic,
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let bare = post_json(r#"{"title": "tea"}"#).header("authorization", TOKEN);
    expect_status(
        &filter,
        "POST with the token alone",
        bare,
        StatusCode::UNAUTHORIZED,
    )
    .await;
    // Credentials are checked before the body is looked at.
    let bad_body = warp::test::request()
        .method("POST")
        .path("/notes")
        .header("content-type", "application/json")
        .body(r#"{"title": "#);
    expect_status(
        &filter,
        "POST malformed JSON without authorization",
        bad_body,
        StatusCode::UNAUTHORIZED,
    )
    .await;
    let big_body = warp::test::request()
        .method("POST")
        .path("/notes")
        .body(vec![b' '; 1000]);
    expect_status(
        &filter,
        "POST a large body without authorization",
        big_body,
        StatusCode::UNAUTHORIZED,
    )
    .await;
    assert!(notes.lock().unwrap().is_empty(), "nothing was stored");
}

#[tokio::test]
async fn a_body_without_a_length_is_411() {
    let (_, filter) = fresh();
    // No body at all, so no `content-length` header either.
    let request = warp::test::request()
        .method("POST")
        .path("/notes")
        .header("authorization", bearer());
    expect_status(
        &filter,
        "POST without content-length",
        request,
        StatusCode::LENGTH_REQUIRED,
    )
    .await;
}

#[tokio::test]
async fn an_oversized_body_is_413_even_when_it_is_a_valid_note() {
    let (notes, filter) = fresh();
    // Valid JSON, a valid title, and whitespace up to one byte past the limit.
    let mut body = r#"{"title": "tea"}"#.to_string();
    body.push_str(&" ".repeat(MAX_BODY as usize + 1 - body.len()));
    expect_status(
        &filter,
        "POST a valid note of MAX_BODY + 1 bytes",
        post_json(&body),
        StatusCode::PAYLOAD_TOO_LARGE,
    )
    .await;
    assert!(notes.lock().unwrap().is_empty(), "nothing was stored");
    // Exactly at the limit is fine.
    body.pop();
    expect_status(
        &filter,
        "POST a valid note of MAX_BODY bytes",
        post_json(&body),
        StatusCode::CREATED,
    )
    .await;
}

#[tokio::test]
async fn a_body_that_is_not_json_is_415() {
    let (_, filter) = fresh();
    let request = warp::test::request()
        .method("POST")
        .path("/notes")
        .header("authorization", bearer())
        .header("content-type", "text/plain")
        .body(r#"{"title": "tea"}"#);
    expect_status(
        &filter,
        "POST with content-type text/plain",
        request,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
    )
    .await;
}

#[tokio::test]
async fn malformed_or_misshapen_json_is_400_not_405() {
    let (notes, filter) = fresh();
    for (body, what) in [
        (r#"{"title": "#, "truncated JSON"),
        ("not json at all", "text that is not JSON"),
        (r#"{"name": "tea"}"#, "JSON without a title"),
        (r#"{"title": 42}"#, "a number for the title"),
        ("", "an empty body"),
    ] {
        expect_status(
            &filter,
            &format!("POST {what}"),
            post_json(body),
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    assert!(notes.lock().unwrap().is_empty(), "nothing was stored");
}

#[tokio::test]
async fn a_blank_or_long_title_is_422() {
    let (notes, filter) = fresh();
    expect_status(
        &filter,
        "POST an empty title",
        post_json(r#"{"title": ""}"#),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    expect_status(
        &filter,
        "POST a blank title",
        post_json(r#"{"title": "   "}"#),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let long = format!(r#"{{"title": "{}"}}"#, "x".repeat(41));
    expect_status(
        &filter,
        "POST a title of 41 characters",
        post_json(&long),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    assert!(notes.lock().unwrap().is_empty(), "nothing was stored");
    // Characters, not bytes: 40 `é` are 80 bytes.
    let accents = format!(r#"{{"title": "{}"}}"#, "é".repeat(40));
    expect_status(
        &filter,
        "POST a title of 40 `é`",
        post_json(&accents),
        StatusCode::CREATED,
    )
    .await;
    let padded = format!(r#"{{"title": "  {}  "}}"#, "x".repeat(40));
    expect_status(
        &filter,
        "POST a title of 40 characters with spaces around",
        post_json(&padded),
        StatusCode::CREATED,
    )
    .await;
}

#[tokio::test]
async fn unknown_paths_are_404_and_other_methods_405() {
    let (_, filter) = fresh();
    for (method, path) in [
        ("GET", "/nope"),
        ("POST", "/nope"),
        ("DELETE", "/nope"),
        ("GET", "/notes/1"),
        ("GET", "/"),
    ] {
        let request = warp::test::request().method(method).path(path);
        expect_status(
            &filter,
            &format!("{method} {path}"),
            request,
            StatusCode::NOT_FOUND,
        )
        .await;
    }
    for method in ["DELETE", "PUT", "PATCH"] {
        let request = warp::test::request().method(method).path("/notes");
        expect_status(
            &filter,
            &format!("{method} /notes"),
            request,
            StatusCode::METHOD_NOT_ALLOWED,
        )
        .await;
    }
}

#[derive(Debug)]
struct SomethingUnexpected;

impl Reject for SomethingUnexpected {}

#[tokio::test]
async fn an_unknown_rejection_is_a_500_that_shows_no_internals() {
    // A route that fails with a rejection `handle_rejection` cannot know.
    let failing = warp::any()
        .and_then(|| async { Err::<String, Rejection>(reject::custom(SomethingUnexpected)) })
        .recover(handle_rejection);
    let response = warp::test::request()
        .path("/anything")
        .reply(&failing)
        .await;
    let text = String::from_utf8_lossy(response.body());
    assert_eq!(
        response.status(),
        StatusCode::INTERNAL_SERVER_ERROR,
        "an unknown rejection, body {text}"
    );
    assert!(
        !text.contains("SomethingUnexpected"),
        "the 500 answer must not show the rejection, got {text}"
    );
    let json: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("the 500 answer must be JSON, got {text:?} ({error})"));
    assert_eq!(
        json,
        serde_json::json!({"error": "internal error"}),
        "the 500 answer"
    );
}
