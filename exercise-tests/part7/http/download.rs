use super::*;
use bytes::Bytes;
use course_testkit::http::{chunked, text, ClosedPort, Ending, TestServer};
use std::time::Duration;

/// `count` chunks of 1 KiB, chunk `i` filled with the byte `i`.
fn kib_chunks(count: u8) -> Vec<Bytes> {
    (0..count).map(|i| Bytes::from(vec![i; 1024])).collect()
}

async fn streaming(count: u8, ending: Ending) -> TestServer {
    TestServer::start(
        move |_| async move { chunked(hyper::StatusCode::OK, kib_chunks(count), ending) },
    )
    .await
}

#[tokio::test]
async fn a_body_in_chunks_is_put_together() {
    let server = streaming(5, Ending::Finish).await;
    let body = download_capped(
        &course_testkit::http::client(),
        &server.url("/file"),
        64 * 1024,
    )
    .await;
    let expected: Vec<u8> = kib_chunks(5).concat();
    match body {
        Ok(body) => assert!(
            body == expected,
            "the body of 5 chunks of 1 KiB should be their bytes in order ({} bytes); got {} bytes",
            expected.len(),
            body.len()
        ),
        Err(error) => panic!("a 5 KiB body under a 64 KiB limit should download, got {error:?}"),
    }
    server.stop().await;
}

#[tokio::test]
async fn a_body_exactly_at_the_limit_is_allowed() {
    let server = streaming(4, Ending::Finish).await;
    let body = download_capped(
        &course_testkit::http::client(),
        &server.url("/file"),
        4 * 1024,
    )
    .await;
    assert_eq!(
        body.as_ref().map(Vec::len).ok(),
        Some(4096),
        "a body of exactly `limit` bytes should download, got {body:?}"
    );
}

#[tokio::test]
async fn an_endless_body_is_refused_once_past_the_limit() {
    // 8 KiB, then the server sends nothing more and never ends the body: a
    // client that waits for the whole body runs into the 5 s time limit.
    let server = streaming(8, Ending::Stall).await;
    let body = download_capped(
        &course_testkit::http::client(),
        &server.url("/file"),
        4 * 1024,
    )
    .await;
    assert!(
        matches!(body, Err(DownloadError::TooLarge { limit: 4096 })),
        "a body that passes 4096 bytes should give Err(TooLarge {{ limit: 4096 }}) as soon as it does, without waiting for the end; got {body:?}"
    );
}

#[tokio::test]
async fn a_large_content_length_is_refused() {
    let server =
        TestServer::start(|_| async { text(hyper::StatusCode::OK, vec![b'x'; 10_000]) }).await;
    let body = download_capped(&course_testkit::http::client(), &server.url("/file"), 1000).await;
    assert!(
        matches!(body, Err(DownloadError::TooLarge { limit: 1000 })),
        "a body of 10,000 bytes under a limit of 1000 should give Err(TooLarge {{ limit: 1000 }}), got {body:?}"
    );
}

#[tokio::test]
async fn an_error_status_is_reported_without_the_body() {
    let server =
        TestServer::start(|_| async { text(hyper::StatusCode::NOT_FOUND, "no such file") }).await;
    let body = download_capped(&course_testkit::http::client(), &server.url("/file"), 1000).await;
    assert!(
        matches!(body, Err(DownloadError::Status(StatusCode::NOT_FOUND))),
        "a 404 should give Err(Status(404)), got {body:?}"
    );
}

#[tokio::test]
async fn a_server_that_never_answers_times_out() {
    let server = TestServer::start(|_| async {
        std::future::pending::<()>().await;
        unreachable!("the handler never finishes")
    })
    .await;
    let client = course_testkit::http::client_with_timeout(Duration::from_millis(200));
    let body = download_capped(&client, &server.url("/file"), 1000).await;
    assert!(
        matches!(body, Err(DownloadError::TimedOut(_))),
        "a server that never answers should give Err(TimedOut(..)) once the client's time limit runs out, got {body:?}"
    );
}

#[tokio::test]
async fn a_body_that_stalls_times_out() {
    let server = streaming(2, Ending::Stall).await;
    let client = course_testkit::http::client_with_timeout(Duration::from_millis(200));
    let body = download_capped(&client, &server.url("/file"), 64 * 1024).await;
    assert!(
        matches!(body, Err(DownloadError::TimedOut(_))),
        "a body that stops after 2 KiB and never ends should give Err(TimedOut(..)), not Interrupted, once the time limit runs out; got {body:?}"
    );
}

#[tokio::test]
async fn a_body_that_breaks_off_is_interrupted() {
    let server = streaming(3, Ending::Break).await;
    let body = download_capped(
        &course_testkit::http::client(),
        &server.url("/file"),
        64 * 1024,
    )
    .await;
    match body {
        Err(DownloadError::Interrupted { received, .. }) => assert!(
            received <= 3 * 1024,
            "the server sent 3 KiB before breaking off, yet received = {received}"
        ),
        other => panic!(
            "a body that breaks off after 3 KiB should give Err(Interrupted {{ .. }}), got {other:?}"
        ),
    }
}

#[tokio::test]
async fn no_server_is_a_request_error() {
    let closed = ClosedPort::new();
    let url = closed.url("/file");
    let body = download_capped(&course_testkit::http::client(), &url, 1000).await;
    assert!(
        matches!(&body, Err(DownloadError::Request(error)) if error.is_connect()),
        "with nothing listening, download_capped should give Err(Request(a connection error)), got {body:?}"
    );
}
