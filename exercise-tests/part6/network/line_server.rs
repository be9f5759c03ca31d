use super::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// Generous for a loaded machine; a correct server needs milliseconds.
const LIMIT: Duration = Duration::from_secs(10);

const CONFIG: Config = Config {
    max_line: 64,
    idle_timeout: Duration::from_secs(60),
};

/// Runs `test`, failing if it takes longer than `LIMIT` instead of hanging.
async fn within<T>(what: &str, test: impl Future<Output = T>) -> T {
    match tokio::time::timeout(LIMIT, test).await {
        Ok(value) => value,
        Err(_) => panic!("{what} did not finish within {LIMIT:?}: is a call waiting forever?"),
    }
}

/// A running server on 127.0.0.1, a port of its own.
struct Server {
    addr: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<io::Result<usize>>,
}

async fn start(config: Config) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(serve(listener, config, async move {
        let _ = stopped.await;
    }));
    Server { addr, stop, task }
}

impl Server {
    /// Shuts the server down and returns what `serve` returned.
    async fn shut_down(self) -> io::Result<usize> {
        let _ = self.stop.send(());
        within("serve after shutdown", self.task).await.unwrap()
    }
}

/// Everything the server sends until it closes the connection.
async fn read_to_end(socket: &mut TcpStream) -> String {
    let mut bytes = Vec::new();
    within(
        "reading until the server closes",
        socket.read_to_end(&mut bytes),
    )
    .await
    .unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn answers_to_each_command() {
    let cases = [
        ("PING", Some("PONG")),
        ("ECHO hello world", Some("hello world")),
        ("ECHO", Some("")),
        ("SUM 1 2 -3", Some("0")),
        ("SUM 40 2", Some("42")),
        ("SUM", Some("0")),
        ("SUM 1 x", Some("ERR bad number: x")),
        ("", Some("ERR empty request")),
        ("DANCE now", Some("ERR unknown command: DANCE")),
        ("ping", Some("ERR unknown command: ping")),
        ("QUIT", None),
    ];
    for (line, expected) in cases {
        let got = answer(line);
        assert_eq!(got.as_deref(), expected, "answer({line:?})");
    }
}

#[tokio::test]
async fn a_client_talks_to_the_server() {
    let server = start(CONFIG).await;
    within("the conversation", async {
        let mut client = Client::connect(server.addr).await.unwrap();
        assert_eq!(client.call("PING").await.unwrap(), "PONG", "PING");
        assert_eq!(
            client.call("ECHO hi there").await.unwrap(),
            "hi there",
            "ECHO"
        );
        assert_eq!(client.call("SUM 1 2 3").await.unwrap(), "6", "SUM");
        assert_eq!(
            client.call("NOPE").await.unwrap(),
            "ERR unknown command: NOPE",
            "a malformed request gets an error, and the connection stays open"
        );
        assert_eq!(
            client.call("PING").await.unwrap(),
            "PONG",
            "PING after an error"
        );
    })
    .await;
    assert_eq!(
        server.shut_down().await.unwrap(),
        1,
        "one connection was accepted"
    );
}

#[tokio::test]
async fn quit_says_bye_and_closes() {
    let server = start(CONFIG).await;
    within("QUIT", async {
        let mut client = Client::connect(server.addr).await.unwrap();
        assert_eq!(client.call("QUIT").await.unwrap(), "BYE", "QUIT");
        let after = client.call("PING").await;
        assert_eq!(
            after.as_ref().map_err(|e| e.kind()),
            Err(ErrorKind::UnexpectedEof),
            "after BYE the server should have closed the connection, got {after:?}"
        );
    })
    .await;
    server.shut_down().await.unwrap();
}

#[tokio::test]
async fn connections_are_served_at_the_same_time() {
    let server = start(CONFIG).await;
    within("two clients", async {
        let mut first = Client::connect(server.addr).await.unwrap();
        assert_eq!(
            first.call("PING").await.unwrap(),
            "PONG",
            "the first client"
        );
        // The first connection stays open and idle while the second talks.
        let mut second = Client::connect(server.addr).await.unwrap();
        assert_eq!(
            second.call("ECHO second").await.unwrap(),
            "second",
            "the second client must be answered while the first is still connected"
        );
        assert_eq!(
            first.call("ECHO first").await.unwrap(),
            "first",
            "the first again"
        );
    })
    .await;
    assert_eq!(
        server.shut_down().await.unwrap(),
        2,
        "two connections were accepted"
    );
}

#[tokio::test]
async fn a_line_too_long_is_rejected_and_the_connection_closed() {
    let server = start(CONFIG).await;
    let mut socket = TcpStream::connect(server.addr).await.unwrap();
    let long = format!("ECHO {}\n", "x".repeat(200));
    socket.write_all(long.as_bytes()).await.unwrap();
    let reply = read_to_end(&mut socket).await;
    assert_eq!(
        reply, "ERR line too long\n",
        "a 205-byte line with max_line 64: one error line, then the connection closes"
    );
    server.shut_down().await.unwrap();
}

#[tokio::test]
async fn bytes_that_are_not_utf8_are_rejected() {
    let server = start(CONFIG).await;
    let mut socket = TcpStream::connect(server.addr).await.unwrap();
    socket.write_all(b"ECHO \xff\xfe\n").await.unwrap();
    let reply = read_to_end(&mut socket).await;
    assert_eq!(
        reply, "ERR not UTF-8\n",
        "invalid UTF-8: one error line, then close"
    );
    server.shut_down().await.unwrap();
}

#[tokio::test]
async fn crlf_line_endings_are_accepted() {
    let server = start(CONFIG).await;
    let mut socket = TcpStream::connect(server.addr).await.unwrap();
    socket.write_all(b"PING\r\nQUIT\r\n").await.unwrap();
    let reply = read_to_end(&mut socket).await;
    assert_eq!(
        reply, "PONG\nBYE\n",
        "two requests ended by \\r\\n, sent in one write"
    );
    server.shut_down().await.unwrap();
}

#[tokio::test]
async fn an_idle_connection_is_closed() {
    let server = start(Config {
        max_line: 64,
        idle_timeout: Duration::from_millis(200),
    })
    .await;
    let mut socket = TcpStream::connect(server.addr).await.unwrap();
    // Half a request, then silence.
    socket.write_all(b"PIN").await.unwrap();
    let reply = read_to_end(&mut socket).await;
    assert_eq!(
        reply, "ERR idle timeout\n",
        "no complete request within idle_timeout: one error line, then close"
    );
    server.shut_down().await.unwrap();
}

#[tokio::test]
async fn shutdown_says_goodbye_to_open_connections() {
    let server = start(CONFIG).await;
    let addr = server.addr;
    let mut client = Client::connect(addr).await.unwrap();
    // One round trip, so the connection is surely accepted and served.
    assert_eq!(
        within("PING", client.call("PING")).await.unwrap(),
        "PONG",
        "PING"
    );
    let accepted = server.shut_down().await;
    assert_eq!(
        accepted.as_ref().ok(),
        Some(&1),
        "serve should return Ok(1) once its connection has ended, got {accepted:?}"
    );
    let goodbye = within("the goodbye", client.next_line()).await;
    assert_eq!(
        goodbye.as_deref().ok(),
        Some("BYE server shutting down"),
        "an open connection should be told before it is closed, got {goodbye:?}"
    );
    let after = within("the close", client.next_line()).await;
    assert_eq!(
        after.map_err(|e| e.kind()).err(),
        Some(ErrorKind::UnexpectedEof),
        "after the goodbye, the connection should be closed"
    );
    let refused = TcpStream::connect(addr).await;
    assert!(
        refused.is_err(),
        "after serve returned, the listener should be closed and connecting refused"
    );
}

#[tokio::test]
async fn shutdown_with_no_connections() {
    let server = start(CONFIG).await;
    assert_eq!(
        server.shut_down().await.unwrap(),
        0,
        "no connection was accepted"
    );
}
