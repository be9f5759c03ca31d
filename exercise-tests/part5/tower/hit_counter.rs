use super::*;
use http::{header, Method, StatusCode};
use tower::ServiceExt;

fn get() -> Request<()> {
    Request::get("/").body(()).unwrap()
}

/// Waits until `service` is ready, then calls it. The service takes any
/// body type, so `ServiceExt` is told which request type is meant.
async fn ready_call(service: &mut HitCounter, request: Request<()>) -> Response<String> {
    let ready = ServiceExt::<Request<()>>::ready(service).await.unwrap();
    ready.call(request).await.unwrap()
}

#[tokio::test]
async fn the_first_get_is_hit_1() {
    let response = HitCounter::new().oneshot(get()).await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "a GET is answered 200 OK"
    );
    assert_eq!(
        response.body(),
        "hit 1",
        "the first GET is answered `hit 1`"
    );
}

#[tokio::test]
async fn each_get_counts_one_more() {
    let mut service = HitCounter::new();
    for n in 1..=3 {
        let response = ready_call(&mut service, get()).await;
        assert_eq!(
            response.body(),
            &format!("hit {n}"),
            "GET number {n} on the same service"
        );
    }
    assert_eq!(service.hits(), 3, "hits() after three GETs");
}

#[tokio::test]
async fn clones_share_one_count() {
    let original = HitCounter::new();
    let first = original.clone().oneshot(get()).await.unwrap();
    let second = original.clone().oneshot(get()).await.unwrap();
    assert_eq!(first.body(), "hit 1", "GET through a first clone");
    assert_eq!(
        second.body(),
        "hit 2",
        "GET through a second clone: clones must share the count (an `Arc`), not copy it"
    );
    assert_eq!(
        original.hits(),
        2,
        "hits() on the original after two GETs through clones"
    );
}

#[tokio::test]
async fn other_methods_get_405_and_are_not_counted() {
    let mut service = HitCounter::new();
    for method in [Method::POST, Method::DELETE, Method::PUT] {
        let request = Request::builder()
            .method(method.clone())
            .uri("/")
            .body(())
            .unwrap();
        let response = ready_call(&mut service, request).await;
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "a {method} request must be refused with 405"
        );
        assert_eq!(
            response.headers().get(header::ALLOW).map(|v| v.as_bytes()),
            Some(&b"GET"[..]),
            "a 405 must say which method is allowed: `Allow: GET`"
        );
        assert_eq!(
            response.body(),
            "",
            "the 405 for {method} has an empty body"
        );
    }
    assert_eq!(service.hits(), 0, "refused requests must not be counted");
    let response = service.oneshot(get()).await.unwrap();
    assert_eq!(
        response.body(),
        "hit 1",
        "the first GET after three refusals"
    );
}

#[test]
fn poll_ready_is_ready_at_once() {
    let mut service = HitCounter::new();
    let mut cx = Context::from_waker(std::task::Waker::noop());
    let poll = Service::<Request<()>>::poll_ready(&mut service, &mut cx);
    assert!(
        matches!(poll, Poll::Ready(Ok(()))),
        "poll_ready must return Poll::Ready(Ok(())) at once, got {poll:?}"
    );
}
