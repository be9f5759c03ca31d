use super::*;
use axum::routing::get;
use axum::Router;
use http::{header, HeaderValue, StatusCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use tower::ServiceExt;

const TOKEN: &str = "s3cret-t0ken";

/// A router whose one route counts its calls, behind the layer.
fn app() -> (Router, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&calls);
    let router = Router::new()
        .route(
            "/private",
            get(move || async move {
                counted.fetch_add(1, Ordering::SeqCst);
                (StatusCode::OK, [("x-inner", "yes")], "the secret")
            }),
        )
        .layer(RequireBearerLayer::new(TOKEN));
    (router, calls)
}

fn request(authorization: Option<HeaderValue>) -> Request<Body> {
    let mut builder = Request::get("/private");
    if let Some(value) = authorization {
        builder = builder.header(header::AUTHORIZATION, value);
    }
    builder.body(Body::empty()).unwrap()
}

async fn body_text(response: Response) -> String {
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Sends one request with this `Authorization` value and checks it is refused
/// with `challenge`, without reaching the handler.
async fn assert_refused(authorization: Option<HeaderValue>, challenge: &str) {
    let shown = format!("{authorization:?}");
    let (app, calls) = app();
    let response = app.oneshot(request(authorization)).await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::UNAUTHORIZED,
        "Authorization {shown} must be refused with 401"
    );
    assert_eq!(
        response
            .headers()
            .get(header::WWW_AUTHENTICATE)
            .map(|v| v.as_bytes()),
        Some(challenge.as_bytes()),
        "Authorization {shown}: expected the header WWW-Authenticate: {challenge}"
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "Authorization {shown} was refused, so the handler must not have run"
    );
}

const INVALID: &str = "Bearer error=\"invalid_token\"";

#[tokio::test]
async fn the_right_token_reaches_the_handler() {
    let (app, calls) = app();
    let value = HeaderValue::from_str(&format!("Bearer {TOKEN}")).unwrap();
    let response = app.oneshot(request(Some(value))).await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the right token must pass"
    );
    assert_eq!(
        response.headers().get("x-inner").map(|v| v.as_bytes()),
        Some(&b"yes"[..]),
        "the handler's response must come back unchanged (its headers too)"
    );
    assert_eq!(
        body_text(response).await,
        "the secret",
        "the handler's body"
    );
    assert_eq!(calls.load(Ordering::SeqCst), 1, "the handler runs once");
}

#[tokio::test]
async fn the_scheme_is_case_insensitive() {
    for scheme in ["bearer", "BEARER", "BeArEr"] {
        let (app, calls) = app();
        let value = HeaderValue::from_str(&format!("{scheme} {TOKEN}")).unwrap();
        let response = app.oneshot(request(Some(value))).await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "the scheme `{scheme}` is `Bearer` in another case and must be accepted"
        );
        assert_eq!(calls.load(Ordering::SeqCst), 1, "scheme `{scheme}`");
    }
}

#[tokio::test]
async fn a_missing_header_gets_401_with_a_challenge() {
    assert_refused(None, "Bearer").await;
}

#[tokio::test]
async fn a_wrong_token_gets_401_invalid_token() {
    assert_refused(Some(HeaderValue::from_static("Bearer wrong")), INVALID).await;
}

#[tokio::test]
async fn the_token_must_match_all_of_it() {
    let longer = HeaderValue::from_str(&format!("Bearer {TOKEN}-and-more")).unwrap();
    assert_refused(Some(longer), INVALID).await;
    let shorter = HeaderValue::from_str(&format!("Bearer {}", &TOKEN[..4])).unwrap();
    assert_refused(Some(shorter), INVALID).await;
    assert_refused(Some(HeaderValue::from_static("Bearer ")), INVALID).await;
}

#[tokio::test]
async fn other_schemes_and_shapes_get_401_invalid_token() {
    let basic = HeaderValue::from_str(&format!("Basic {TOKEN}")).unwrap();
    assert_refused(Some(basic), INVALID).await;
    let bare = HeaderValue::from_str(TOKEN).unwrap();
    assert_refused(Some(bare), INVALID).await;
    let glued = HeaderValue::from_str(&format!("Bearer{TOKEN}")).unwrap();
    assert_refused(Some(glued), INVALID).await;
    assert_refused(Some(HeaderValue::from_static("")), INVALID).await;
}

#[tokio::test]
async fn bytes_that_are_not_text_get_401_not_a_panic() {
    let value = HeaderValue::from_bytes(b"Bearer s3cret-t\xf6ken").unwrap();
    assert_refused(Some(value), INVALID).await;
}
