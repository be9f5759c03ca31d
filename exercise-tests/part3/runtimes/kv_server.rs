use super::*;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, Lines};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::task::JoinHandle;

/// Runs `test` with a time limit, so that a server that never answers fails
/// the test instead of hanging it. The limit is never what a test checks.
async fn within<T>(what: &str, test: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(5), test)
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish within 5 seconds"))
}

/// A server on a free loopback port: its address, its stop signal, and the
/// task that returns what `serve` returned.
async fn start() -> (
    SocketAddr,
    oneshot::Sender<()>,
    JoinHandle<io::Result<usize>>,
) {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("the test could not bind a loopback port");
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = oneshot::channel();
    (address, stop, tokio::spawn(serve(listener, stopped)))
}

/// One connection to the server, asking one line at a time.
struct Client {
    replies: Lines<BufReader<OwnedReadHalf>>,
    requests: OwnedWriteHalf,
}

impl Client {
    async fn connect(address: SocketAddr) -> Client {
        let socket = TcpStream::connect(address)
            .await
            .expect("connecting to the server failed: is it listening?");
        let (reader, requests) = socket.into_split();
        Client {
            replies: BufReader::new(reader).lines(),
            requests,
        }
    }

    /// Sends `request` and a `'\n'`, and returns the line that comes back.
    async fn ask(&mut self, request: &str) -> String {
        let line = format!("{request}\n");
        self.requests.write_all(line.as_bytes()).await.unwrap();
        match self.replies.next_line().await {
            Ok(Some(reply)) => reply,
            Ok(None) => panic!("the server closed the connection instead of answering {request:?}"),
            Err(error) => panic!("reading the answer to {request:?} failed: {error}"),
        }
    }
}

fn empty_store() -> Mutex<HashMap<String, String>> {
    Mutex::new(HashMap::new())
}

#[test]
fn answer_follows_the_protocol() {
    let store = empty_store();
    for (request, expected) in [
        ("GET colour", "NONE"),
        ("SET colour blue", "OK"),
        ("GET colour", "blue"),
        ("SET colour green", "OK"),
        ("GET colour", "green"),
        ("SET greeting hello big world", "OK"),
        ("GET greeting", "hello big world"),
        ("DELETE colour", "ERR unknown command"),
        ("", "ERR unknown command"),
        ("get colour", "ERR unknown command"),
    ] {
        assert_eq!(
            answer(&store, request),
            expected,
            "answer({request:?}) after the requests before it in this test"
        );
    }
}

#[tokio::test]
async fn one_client_sets_and_gets() {
    within("a client asking SET and GET", async {
        let (address, _stop, _server) = start().await;
        let mut client = Client::connect(address).await;
        for (request, expected) in [
            ("GET city", "NONE"),
            ("SET city Lyon", "OK"),
            ("GET city", "Lyon"),
            ("PING", "ERR unknown command"),
        ] {
            let reply = client.ask(request).await;
            assert_eq!(reply, expected, "the answer to {request:?}");
        }
    })
    .await;
}

#[tokio::test]
async fn clients_share_one_store() {
    within("two clients sharing a value", async {
        let (address, _stop, _server) = start().await;
        let mut first = Client::connect(address).await;
        let mut second = Client::connect(address).await;
        let reply = first.ask("SET shared 42").await;
        assert_eq!(reply, "OK", "the answer to \"SET shared 42\"");
        let reply = second.ask("GET shared").await;
        assert_eq!(
            reply, "42",
            "a value set by one client should be readable by another"
        );
    })
    .await;
}

#[tokio::test]
async fn a_silent_client_does_not_keep_others_waiting() {
    within(
        "a client's request while another client has sent half a line",
        async {
            let (address, _stop, _server) = start().await;
            let mut silent = Client::connect(address).await;
            silent.requests.write_all(b"SET half").await.unwrap(); // no '\n' yet
            let mut other = Client::connect(address).await;
            let reply = other.ask("GET anything").await;
            assert_eq!(
                reply, "NONE",
                "the second client should be answered while the first one waits"
            );
        },
    )
    .await;
}

#[tokio::test]
async fn a_connection_ends_with_its_input() {
    within("a client that sends one line and closes", async {
        let (address, _stop, _server) = start().await;
        let mut socket = TcpStream::connect(address).await.unwrap();
        socket.write_all(b"SET k v\nGET k\n").await.unwrap();
        socket.shutdown().await.unwrap(); // end of input
        let mut replies = String::new();
        socket.read_to_string(&mut replies).await.unwrap();
        assert_eq!(
            replies, "OK\nv\n",
            "after the client's end of input, the server should answer both lines and close"
        );
    })
    .await;
}

#[tokio::test]
async fn stop_returns_the_count_and_closes_the_port() {
    within("stopping the server", async {
        let (address, stop, server) = start().await;
        for n in 0..3 {
            let mut client = Client::connect(address).await;
            let reply = client.ask(&format!("SET n{n} {n}")).await;
            assert_eq!(reply, "OK", "the answer to \"SET n{n} {n}\"");
        }
        stop.send(()).expect("serve should still be running");
        let accepted = server
            .await
            .expect("serve panicked")
            .expect("serve returned an error");
        assert_eq!(
            accepted, 3,
            "serve should report the 3 connections it accepted"
        );
        assert!(
            TcpStream::connect(address).await.is_err(),
            "after serve has returned, nothing should listen on its port any more"
        );
    })
    .await;
}

#[tokio::test]
async fn dropping_the_stop_sender_stops_the_server() {
    within("dropping the stop sender", async {
        let (_address, stop, server) = start().await;
        drop(stop);
        let accepted = server
            .await
            .expect("serve panicked")
            .expect("serve returned an error");
        assert_eq!(accepted, 0, "no client connected, so serve should report 0");
    })
    .await;
}
