use super::*;
use course_testkit::http::{text, ClosedPort, TestServer};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

const POLICY: RetryPolicy = RetryPolicy {
    max_attempts: 4,
    base_delay: Duration::from_millis(100),
    max_delay: Duration::from_secs(10),
};

fn ms(millis: &[u64]) -> Vec<Duration> {
    millis.iter().map(|&m| Duration::from_millis(m)).collect()
}

/// A server that answers its requests with `script`'s statuses in turn (the
/// last one again once the script runs out), with the body "body N" for the
/// N-th request.
async fn scripted(script: &'static [u16]) -> TestServer {
    let served = Arc::new(AtomicUsize::new(0));
    TestServer::start(move |_| {
        let n = served.fetch_add(1, Ordering::SeqCst);
        let status = script[n.min(script.len() - 1)];
        async move {
            text(
                hyper::StatusCode::from_u16(status).expect("a valid status"),
                format!("body {}", n + 1),
            )
        }
    })
    .await
}

/// Runs `get_with_retry` with a `sleep` that records the delays instead of
/// waiting, and returns the result and the delays.
async fn run(url: &str, policy: &RetryPolicy) -> (Result<String, RetryError>, Vec<Duration>) {
    let mut delays = Vec::new();
    let result = get_with_retry(&course_testkit::http::client(), url, policy, |delay| {
        delays.push(delay);
        std::future::ready(())
    })
    .await;
    (result, delays)
}

#[test]
fn delays_double_from_the_base() {
    let got: Vec<Duration> = (1..=4).map(|retry| POLICY.delay_before(retry)).collect();
    assert_eq!(
        got,
        ms(&[100, 200, 400, 800]),
        "delay_before(1..=4) with a base of 100 ms"
    );
}

#[test]
fn delays_stop_growing_at_the_maximum() {
    let policy = RetryPolicy {
        max_attempts: 10,
        base_delay: Duration::from_millis(100),
        max_delay: Duration::from_millis(250),
    };
    let got: Vec<Duration> = (1..=5).map(|retry| policy.delay_before(retry)).collect();
    assert_eq!(
        got,
        ms(&[100, 200, 250, 250, 250]),
        "delay_before(1..=5) with a base of 100 ms and a maximum of 250 ms"
    );
    assert_eq!(
        policy.delay_before(200),
        Duration::from_millis(250),
        "delay_before(200) must not overflow: it is the maximum, 250 ms"
    );
}

#[tokio::test]
async fn a_503_is_retried_until_it_succeeds() {
    let server = scripted(&[503, 503, 200]).await;
    let (result, delays) = run(&server.url("/report"), &POLICY).await;
    assert_eq!(
        result.as_ref().ok().map(String::as_str),
        Some("body 3"),
        "two 503s then a 200 should give the third body, got {result:?}"
    );
    assert_eq!(
        server.requests(),
        3,
        "requests the server received for 503, 503, 200"
    );
    assert_eq!(
        delays,
        ms(&[100, 200]),
        "the waits before the 2nd and 3rd attempts"
    );
    server.stop().await;
}

#[tokio::test]
async fn a_success_at_once_makes_one_request_and_never_sleeps() {
    let server = scripted(&[200]).await;
    let (result, delays) = run(&server.url("/report"), &POLICY).await;
    assert_eq!(result.ok().as_deref(), Some("body 1"), "the first body");
    assert_eq!(
        server.requests(),
        1,
        "requests the server received for a 200"
    );
    assert_eq!(
        delays,
        Vec::<Duration>::new(),
        "no wait is needed when the first attempt succeeds"
    );
}

#[tokio::test]
async fn it_gives_up_after_max_attempts() {
    let server = scripted(&[503]).await;
    let (result, delays) = run(&server.url("/report"), &POLICY).await;
    match &result {
        Err(RetryError::GaveUp {
            attempts: 4,
            last: Failure::Status(StatusCode::SERVICE_UNAVAILABLE),
        }) => {}
        other => panic!(
            "a server that always answers 503 should give Err(GaveUp {{ attempts: 4, last: Failure::Status(503) }}), got {other:?}"
        ),
    }
    assert_eq!(server.requests(), 4, "requests with max_attempts = 4");
    assert_eq!(
        delays,
        ms(&[100, 200, 400]),
        "the waits between 4 attempts (none after the last)"
    );
}

#[tokio::test]
async fn the_waits_are_capped() {
    let policy = RetryPolicy {
        max_attempts: 5,
        base_delay: Duration::from_millis(100),
        max_delay: Duration::from_millis(250),
    };
    let server = scripted(&[503]).await;
    let (_, delays) = run(&server.url("/report"), &policy).await;
    assert_eq!(server.requests(), 5, "requests with max_attempts = 5");
    assert_eq!(
        delays,
        ms(&[100, 200, 250, 250]),
        "the waits, capped at 250 ms"
    );
}

#[tokio::test]
async fn one_attempt_means_no_retry() {
    let policy = RetryPolicy {
        max_attempts: 1,
        ..POLICY
    };
    let server = scripted(&[503, 200]).await;
    let (result, delays) = run(&server.url("/report"), &policy).await;
    assert!(
        matches!(result, Err(RetryError::GaveUp { attempts: 1, .. })),
        "with max_attempts = 1 a 503 should give Err(GaveUp {{ attempts: 1, .. }}), got {result:?}"
    );
    assert_eq!(server.requests(), 1, "requests with max_attempts = 1");
    assert_eq!(
        delays,
        Vec::<Duration>::new(),
        "no wait with a single attempt"
    );
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    for (status, expected) in [
        (&[404, 200][..], StatusCode::NOT_FOUND),
        (&[400, 200][..], StatusCode::BAD_REQUEST),
        (&[429, 200][..], StatusCode::TOO_MANY_REQUESTS),
    ] {
        let server = scripted(status).await;
        let (result, delays) = run(&server.url("/report"), &POLICY).await;
        assert!(
            matches!(&result, Err(RetryError::Status(got)) if *got == expected),
            "a {expected} answer should give Err(RetryError::Status({expected})) at once, got {result:?}"
        );
        assert_eq!(server.requests(), 1, "a {expected} must not be retried");
        assert_eq!(delays, Vec::<Duration>::new(), "no wait after a {expected}");
    }
}

#[tokio::test]
async fn a_500_is_final_too() {
    let server = scripted(&[500, 200]).await;
    let (result, delays) = run(&server.url("/report"), &POLICY).await;
    assert!(
        matches!(result, Err(RetryError::Status(StatusCode::INTERNAL_SERVER_ERROR))),
        "a 500 answer should give Err(RetryError::Status(500)) at once (only 503 is retried), got {result:?}"
    );
    assert_eq!(server.requests(), 1, "a 500 must not be retried");
    assert_eq!(delays, Vec::<Duration>::new(), "no wait after a 500");
}

#[tokio::test]
async fn a_refused_connection_is_retried() {
    let closed = ClosedPort::new();
    let url = closed.url("/report");
    let policy = RetryPolicy {
        max_attempts: 3,
        ..POLICY
    };
    let (result, delays) = run(&url, &policy).await;
    match &result {
        Err(RetryError::GaveUp {
            attempts: 3,
            last: Failure::Request(error),
        }) if error.is_connect() => {}
        other => panic!(
            "with nothing listening, 3 attempts should give Err(GaveUp {{ attempts: 3, last: Failure::Request(a connection error) }}), got {other:?}"
        ),
    }
    assert_eq!(
        delays,
        ms(&[100, 200]),
        "the waits between 3 refused attempts"
    );
}

#[tokio::test]
async fn the_error_message_says_what_happened() {
    let server = scripted(&[503]).await;
    let (result, _) = run(&server.url("/report"), &POLICY).await;
    let message = result
        .expect_err("a server that always answers 503")
        .to_string();
    assert!(
        message.contains('4') && message.contains("503"),
        "the message should give the number of attempts (4) and the last status (503), got {message:?}"
    );
}
