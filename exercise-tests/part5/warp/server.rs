use super::*;
use std::time::Duration;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tokio::sync::Notify;

/// Guards every test against a server that never stops: a clear failure
/// instead of a hang (a limit on hanging, not a timing assertion).
async fn within_limit<T>(what: &str, future: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), future)
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish within 10 s: does the server stop?"))
}

/// Sends `METHOD path` on a new connection and returns the whole answer.
async fn raw(address: SocketAddr, method: &str, path: &str) -> io::Result<String> {
    let mut socket = TcpStream::connect(address).await?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nhost: {address}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
    );
    socket.write_all(request.as_bytes()).await?;
    let mut answer = String::new();
    socket.read_to_string(&mut answer).await?;
    Ok(answer)
}

/// The status code and the body of a raw HTTP/1.1 answer.
fn status_and_body(answer: &str) -> (u16, &str) {
    let status = answer
        .get(9..12)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP/1.1 answer: {answer:?}"));
    let body = answer.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    (status, body)
}

async fn in_process(routes: &BoxedFilter<(Response,)>, method: &str) -> (u16, String) {
    let response = warp::test::request()
        .method(method)
        .path("/hits")
        .reply(routes)
        .await;
    let body = String::from_utf8_lossy(response.body()).into_owned();
    (response.status().as_u16(), body)
}

#[tokio::test]
async fn the_counter_routes_share_the_callers_counter() {
    let hits = Arc::new(AtomicU64::new(0));
    let routes = counter_routes(Arc::clone(&hits));
    assert_eq!(
        in_process(&routes, "GET").await,
        (200, "0".to_string()),
        "GET /hits at first"
    );
    for expected in 1..=3 {
        assert_eq!(
            in_process(&routes, "POST").await,
            (200, expected.to_string()),
            "POST /hits number {expected} answers the new count"
        );
    }
    assert_eq!(
        in_process(&routes, "GET").await,
        (200, "3".to_string()),
        "GET /hits after three POSTs"
    );
    assert_eq!(
        in_process(&routes, "GET").await,
        (200, "3".to_string()),
        "GET /hits does not count"
    );
    assert_eq!(
        hits.load(Ordering::Relaxed),
        3,
        "the counter given to counter_routes() counts the hits"
    );
    // A clone of the filter (one per connection, in a server) shares it too.
    let clone = routes.clone();
    assert_eq!(
        in_process(&clone, "POST").await,
        (200, "4".to_string()),
        "POST through a clone"
    );
    let response = warp::test::request()
        .method("DELETE")
        .path("/hits")
        .reply(&routes)
        .await;
    assert_eq!(response.status().as_u16(), 405, "DELETE /hits");
}

#[tokio::test]
async fn serves_the_counter_on_127_0_0_1_across_connections() {
    let hits = Arc::new(AtomicU64::new(0));
    let server = RunningServer::start(counter_routes(Arc::clone(&hits)))
        .await
        .expect("start");
    let address = server.address();
    assert!(
        address.ip().is_loopback(),
        "the server must listen on 127.0.0.1, not {address}"
    );
    assert_ne!(
        address.port(),
        0,
        "address() must be the port the system picked, not 0"
    );
    for expected in ["1", "2"] {
        let answer = within_limit("POST /hits", raw(address, "POST", "/hits"))
            .await
            .expect("POST /hits");
        assert_eq!(
            status_and_body(&answer),
            (200, expected),
            "POST /hits on a new connection:\n{answer}"
        );
    }
    let answer = within_limit("GET /hits", raw(address, "GET", "/hits"))
        .await
        .expect("GET /hits");
    assert_eq!(status_and_body(&answer), (200, "2"), "GET /hits:\n{answer}");
    let answer = within_limit("GET /nope", raw(address, "GET", "/nope"))
        .await
        .expect("GET /nope");
    assert_eq!(status_and_body(&answer).0, 404, "GET /nope:\n{answer}");
    within_limit("shutdown", server.shutdown())
        .await
        .expect("shutdown");
    assert_eq!(
        hits.load(Ordering::Relaxed),
        2,
        "the caller's counter saw both hits"
    );
}

#[tokio::test]
async fn after_shutdown_connections_are_refused() {
    let server = RunningServer::start(counter_routes(Arc::default()))
        .await
        .expect("start");
    let address = server.address();
    within_limit("shutdown", server.shutdown())
        .await
        .expect("shutdown");
    let error = TcpStream::connect(address)
        .await
        .expect_err("connecting after shutdown() returned must fail: the listener must be closed");
    assert_eq!(error.kind(), io::ErrorKind::ConnectionRefused, "{error}");
}

#[tokio::test]
async fn a_request_in_flight_completes_while_new_connections_are_refused() {
    let started = Arc::new(Notify::new());
    let release = Arc::new(Notify::new());
    let slow = warp::path!("slow")
        .then({
            let (started, release) = (Arc::clone(&started), Arc::clone(&release));
            move || {
                let (started, release) = (Arc::clone(&started), Arc::clone(&release));
                async move {
                    started.notify_one();
                    release.notified().await;
                    "done"
                }
            }
        })
        .map(Reply::into_response)
        .boxed();
    let server = RunningServer::start(slow).await.expect("start");
    let address = server.address();

    let in_flight = tokio::spawn(raw(address, "GET", "/slow"));
    within_limit("the slow handler starting", started.notified()).await;
    let shutdown = tokio::spawn(server.shutdown());

    // Shutting down closes the listener soon, while the request still waits.
    within_limit("the listener closing after shutdown()", async {
        while TcpStream::connect(address).await.is_ok() {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await;
    assert!(
        !shutdown.is_finished(),
        "shutdown() returned while a request was still in flight: it must wait for the server task"
    );

    release.notify_one();
    let answer = within_limit("the in-flight request", in_flight)
        .await
        .expect("the client task did not panic")
        .expect("the in-flight request must get its answer, not a broken connection");
    assert_eq!(
        status_and_body(&answer),
        (200, "done"),
        "the in-flight request:\n{answer}"
    );
    within_limit("shutdown", shutdown)
        .await
        .expect("shutdown() did not panic")
        .expect("shutdown() returns Ok(()) once the server has ended");
}
