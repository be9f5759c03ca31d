use super::*;
use axum::routing::get;
use std::sync::Arc;
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

/// Sends `GET path` on a new connection and returns the whole answer.
async fn get_raw(address: SocketAddr, path: &str) -> io::Result<String> {
    let mut socket = TcpStream::connect(address).await?;
    let request = format!("GET {path} HTTP/1.1\r\nhost: {address}\r\nconnection: close\r\n\r\n");
    socket.write_all(request.as_bytes()).await?;
    let mut answer = String::new();
    socket.read_to_string(&mut answer).await?;
    Ok(answer)
}

fn ping_app() -> Router {
    Router::new().route("/ping", get(|| async { "pong" }))
}

#[tokio::test]
async fn serves_on_a_real_port_of_127_0_0_1() {
    let server = RunningServer::start(ping_app()).await.expect("start");
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
    let answer = within_limit("GET /ping", get_raw(address, "/ping"))
        .await
        .expect("GET /ping");
    assert!(
        answer.starts_with("HTTP/1.1 200") && answer.ends_with("pong"),
        "GET /ping should answer 200 with `pong`, got:\n{answer}"
    );
    within_limit("shutdown", server.shutdown())
        .await
        .expect("shutdown");
}

#[tokio::test]
async fn after_shutdown_connections_are_refused() {
    let server = RunningServer::start(ping_app()).await.expect("start");
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
    let app = Router::new().route(
        "/slow",
        get({
            let (started, release) = (Arc::clone(&started), Arc::clone(&release));
            move || async move {
                started.notify_one();
                release.notified().await;
                "done"
            }
        }),
    );
    let server = RunningServer::start(app).await.expect("start");
    let address = server.address();

    let in_flight = tokio::spawn(get_raw(address, "/slow"));
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
    assert!(
        answer.starts_with("HTTP/1.1 200") && answer.ends_with("done"),
        "the in-flight request should answer 200 with `done`, got:\n{answer}"
    );
    within_limit("shutdown", shutdown)
        .await
        .expect("shutdown() did not panic")
        .expect("shutdown() returns the server's Ok(())");
}
