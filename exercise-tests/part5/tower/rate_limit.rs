use super::*;
use axum::routing::get;
use axum::Router;
use http::{header, HeaderValue, StatusCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

/// Two routes behind one layer, counting the calls that reach them.
fn app(capacity: u32, refill_every: Duration) -> (Router, Arc<AtomicUsize>) {
    let calls = Arc::new(AtomicUsize::new(0));
    let (a, b) = (Arc::clone(&calls), Arc::clone(&calls));
    let router = Router::new()
        .route(
            "/a",
            get(move || async move {
                a.fetch_add(1, Ordering::SeqCst);
                "a"
            }),
        )
        .route(
            "/b",
            get(move || async move {
                b.fetch_add(1, Ordering::SeqCst);
                "b"
            }),
        )
        .layer(PerClientRateLimitLayer::new(capacity, refill_every));
    (router, calls)
}

async fn send(app: &Router, path: &str, client: Option<HeaderValue>) -> Response {
    let mut builder = Request::get(path);
    if let Some(id) = client {
        builder = builder.header(CLIENT_ID, id);
    }
    let request = builder.body(Body::empty()).unwrap();
    app.clone().oneshot(request).await.unwrap()
}

async fn status(app: &Router, path: &str, client: &str) -> StatusCode {
    send(app, path, Some(HeaderValue::from_str(client).unwrap()))
        .await
        .status()
}

/// Sends `n` requests from `client` and checks that all of them pass.
async fn assert_passes(app: &Router, client: &str, n: u32, when: &str) {
    for i in 1..=n {
        assert_eq!(
            status(app, "/a", client).await,
            StatusCode::OK,
            "{when}: request {i} of {n} from {client:?} must pass"
        );
    }
}

async fn assert_limited(app: &Router, path: &str, client: &str, when: &str) {
    assert_eq!(
        status(app, path, client).await,
        StatusCode::TOO_MANY_REQUESTS,
        "{when}: {client:?} has no token left, so GET {path} must get 429"
    );
}

const SECOND: Duration = Duration::from_secs(1);

#[tokio::test(start_paused = true)]
async fn capacity_requests_pass_then_429() {
    let (app, calls) = app(3, SECOND);
    assert_passes(&app, "alice", 3, "at the start").await;
    assert_limited(&app, "/a", "alice", "after 3 requests with a capacity of 3").await;
    assert_eq!(
        calls.load(Ordering::SeqCst),
        3,
        "a refused request must not reach the handler"
    );
}

#[tokio::test(start_paused = true)]
async fn clients_have_their_own_buckets() {
    let (app, _) = app(3, SECOND);
    assert_passes(&app, "alice", 3, "alice at the start").await;
    assert_limited(&app, "/a", "alice", "alice after 3 requests").await;
    assert_passes(
        &app,
        "bob",
        3,
        "bob after alice used up her tokens (the limit is per client, not global)",
    )
    .await;
    assert_limited(&app, "/a", "bob", "bob after 3 requests").await;
}

#[tokio::test(start_paused = true)]
async fn all_routes_share_the_layers_buckets() {
    let (app, _) = app(3, SECOND);
    assert_passes(&app, "alice", 3, "alice on /a").await;
    assert_limited(
        &app,
        "/b",
        "alice",
        "alice on /b after 3 requests on /a (axum calls `layer` once per route: \
         the buckets must be shared through the layer)",
    )
    .await;
}

#[tokio::test(start_paused = true)]
async fn one_token_comes_back_per_period() {
    let (app, _) = app(3, SECOND);
    assert_passes(&app, "alice", 3, "at the start").await;
    assert_limited(&app, "/a", "alice", "at the start, after 3 requests").await;
    tokio::time::advance(SECOND).await;
    assert_passes(&app, "alice", 1, "one period later (one token earned)").await;
    assert_limited(
        &app,
        "/a",
        "alice",
        "one period later, after using the one token earned (not a full refill)",
    )
    .await;
}

#[tokio::test(start_paused = true)]
async fn a_refused_request_does_not_restart_the_wait() {
    let (app, _) = app(3, SECOND);
    assert_passes(&app, "alice", 3, "at the start").await;
    tokio::time::advance(Duration::from_millis(600)).await;
    assert_limited(&app, "/a", "alice", "0.6 s in").await;
    tokio::time::advance(Duration::from_millis(400)).await;
    assert_passes(
        &app,
        "alice",
        1,
        "1 s after the tokens ran out, with a refused request at 0.6 s",
    )
    .await;
}

#[tokio::test(start_paused = true)]
async fn the_part_of_a_period_left_over_is_kept() {
    let (app, _) = app(3, SECOND);
    assert_passes(&app, "alice", 3, "at the start").await;
    tokio::time::advance(Duration::from_millis(1500)).await;
    assert_passes(&app, "alice", 1, "1.5 s in (one token earned)").await;
    assert_limited(&app, "/a", "alice", "1.5 s in, after using that token").await;
    tokio::time::advance(Duration::from_millis(500)).await;
    assert_passes(
        &app,
        "alice",
        1,
        "2 s in: the second token is due at 2 s (the 0.5 s left over at 1.5 s counts)",
    )
    .await;
}

#[tokio::test(start_paused = true)]
async fn tokens_never_exceed_the_capacity() {
    let (app, _) = app(3, SECOND);
    assert_passes(&app, "alice", 3, "at the start").await;
    tokio::time::advance(Duration::from_secs(3600)).await;
    assert_passes(&app, "alice", 3, "after an idle hour").await;
    assert_limited(
        &app,
        "/a",
        "alice",
        "after an idle hour and 3 requests (the bucket holds at most 3 tokens)",
    )
    .await;
}

#[tokio::test(start_paused = true)]
async fn retry_after_says_when_the_next_token_comes() {
    let (app, _) = app(1, Duration::from_secs(5));
    let alice = || Some(HeaderValue::from_static("alice"));
    assert_eq!(send(&app, "/a", alice()).await.status(), StatusCode::OK);
    for (advance, expected) in [(0, "5"), (3500, "2"), (1499, "1")] {
        tokio::time::advance(Duration::from_millis(advance)).await;
        let response = send(&app, "/a", alice()).await;
        assert_eq!(
            response.status(),
            StatusCode::TOO_MANY_REQUESTS,
            "capacity 1, one token every 5 s: the second request must get 429"
        );
        assert_eq!(
            response
                .headers()
                .get(header::RETRY_AFTER)
                .map(|v| v.as_bytes()),
            Some(expected.as_bytes()),
            "Retry-After: the seconds until the next token, rounded up"
        );
    }
    tokio::time::advance(Duration::from_millis(1)).await;
    assert_eq!(
        send(&app, "/a", alice()).await.status(),
        StatusCode::OK,
        "5 s after the first request, the next token has come"
    );
}

#[tokio::test(start_paused = true)]
async fn requests_without_a_client_id_get_400() {
    let (app, calls) = app(3, SECOND);
    let bad = [
        None,
        Some(HeaderValue::from_static("")),
        Some(HeaderValue::from_bytes(b"al\xefce").unwrap()),
    ];
    for client in bad {
        let shown = format!("{client:?}");
        let response = send(&app, "/a", client).await;
        assert_eq!(
            response.status(),
            StatusCode::BAD_REQUEST,
            "x-client-id {shown}: a request with no usable client id must get 400"
        );
    }
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "a 400 must not reach the handler"
    );
    assert_passes(&app, "alice", 3, "after the bad requests").await;
}
