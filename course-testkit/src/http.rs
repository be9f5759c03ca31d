//! An HTTP/1 server on loopback for tests, and a client to call it.
//!
//! [`TestServer::start`] binds `127.0.0.1:0` (a free port the system picks),
//! answers every request with a closure, counts the requests, and stops when
//! it is dropped (or with [`TestServer::stop`]). Nothing leaves the machine.
//! [`chunked`] answers with a body sent in pieces that can end normally,
//! stall or break off, and [`ClosedPort`] is an address where nothing
//! listens, for connection errors.
//!
//! ```
//! use course_testkit::http::{text, TestServer};
//! use hyper::StatusCode;
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let server = TestServer::start(|request| async move {
//!     text(StatusCode::OK, format!("you asked for {}", request.uri().path()))
//! })
//! .await;
//! let client = course_testkit::http::client();
//! let body = client.get(server.url("/hello")).send().await.unwrap().text().await.unwrap();
//! assert_eq!(body, "you asked for /hello");
//! assert_eq!(server.requests(), 1);
//! # }
//! ```

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::BodyExt as _;
use http_body_util::Full;
use hyper::body::Frame;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use std::collections::VecDeque;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// The body type of a [`TestServer`]'s responses: any body, boxed.
pub type Body = BoxBody<Bytes, Box<dyn std::error::Error + Send + Sync>>;

/// A response with a plain-text body.
pub fn text(status: StatusCode, body: impl Into<Bytes>) -> Response<Body> {
    let body = Full::new(body.into())
        .map_err(|never| match never {})
        .boxed();
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(body)
        .expect("a status and one header make a valid response")
}

/// A response with a JSON body (`body` is already JSON text).
pub fn json(status: StatusCode, body: impl Into<Bytes>) -> Response<Body> {
    let mut response = text(status, body);
    response.headers_mut().insert(
        "content-type",
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}

/// How the body of a [`chunked`] response ends after its last chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The body ends normally.
    Finish,
    /// The body never ends and sends nothing more: a stalled server.
    Stall,
    /// The server breaks the connection off, as a crashed server would.
    Break,
}

/// A response whose body is a [`ChunkedBody`] of `chunks`, ending as
/// `ending` says.
///
/// The client receives the chunks as they are sent, so a test can check that
/// it reads a body piece by piece (a client that waits for the whole body of
/// an [`Ending::Stall`] response never returns).
pub fn chunked(status: StatusCode, chunks: Vec<Bytes>, ending: Ending) -> Response<Body> {
    Response::builder()
        .status(status)
        .header("content-type", "application/octet-stream")
        .body(ChunkedBody::new(chunks, ending).boxed())
        .expect("a status and one header make a valid response")
}

/// A body sent as its chunks, one frame each, of no known length (so HTTP/1
/// sends it with chunked encoding, without `content-length`), then ending
/// as its [`Ending`] says. It serves as a response body ([`chunked`]) and as
/// a request body (`reqwest::Body::wrap(ChunkedBody::new(..))`).
#[derive(Debug)]
pub struct ChunkedBody {
    chunks: VecDeque<Bytes>,
    ending: Ending,
    /// For [`Ending::Break`]: whether the body has already paused once, so
    /// that hyper has sent what came before.
    paused: bool,
}

impl ChunkedBody {
    /// A body of `chunks`, then `ending`.
    pub fn new(chunks: Vec<Bytes>, ending: Ending) -> ChunkedBody {
        ChunkedBody {
            chunks: chunks.into(),
            ending,
            paused: false,
        }
    }
}

impl hyper::body::Body for ChunkedBody {
    type Data = Bytes;
    type Error = Box<dyn std::error::Error + Send + Sync>;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        context: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if let Some(chunk) = self.chunks.pop_front() {
            return Poll::Ready(Some(Ok(Frame::data(chunk))));
        }
        match self.ending {
            Ending::Finish => Poll::Ready(None),
            // Never woken: the connection stays open until the client gives
            // up or the server stops.
            Ending::Stall => Poll::Pending,
            // hyper writes out what it holds while the body is pending, so
            // pause once (asking to be polled again at once) before failing:
            // otherwise it would drop the head and the chunks unsent.
            Ending::Break if !self.paused => {
                self.paused = true;
                context.waker().wake_by_ref();
                Poll::Pending
            }
            // hyper closes the connection when a body fails, without the
            // final empty chunk, so the other side sees a truncated body.
            Ending::Break => Poll::Ready(Some(Err("the body was broken off on purpose".into()))),
        }
    }
}

/// A port on `127.0.0.1` where nothing listens: connecting to it fails at
/// once with "connection refused" (`reqwest::Error::is_connect`).
///
/// The port is bound but never listened on, and stays reserved until the
/// `ClosedPort` is dropped, so no other socket (another test's server) can
/// take it in the meantime.
#[derive(Debug)]
pub struct ClosedPort {
    // Held only to keep the port reserved.
    _socket: tokio::net::TcpSocket,
    address: SocketAddr,
}

impl ClosedPort {
    /// Reserves a free port on `127.0.0.1` without listening on it.
    pub fn new() -> ClosedPort {
        let socket = tokio::net::TcpSocket::new_v4().expect("creating a TCP socket failed");
        socket
            .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
            .expect("binding a free port on 127.0.0.1 failed");
        let address = socket.local_addr().expect("a bound socket has an address");
        ClosedPort {
            _socket: socket,
            address,
        }
    }

    /// The address (`127.0.0.1:PORT`).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The URL of `path` at this address (`path` starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }
}

impl Default for ClosedPort {
    fn default() -> ClosedPort {
        ClosedPort::new()
    }
}

/// An HTTP/1 server on `127.0.0.1` with a port of its own, for one test.
#[derive(Debug)]
pub struct TestServer {
    address: SocketAddr,
    requests: Arc<AtomicUsize>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl TestServer {
    /// Starts a server that answers every request with `handler`. Call it
    /// inside a tokio runtime: the server runs in a task of its own.
    pub async fn start<H, F>(handler: H) -> TestServer
    where
        H: Fn(Request<Incoming>) -> F + Clone + Send + Sync + 'static,
        F: Future<Output = Response<Body>> + Send + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("binding a free port on 127.0.0.1 failed");
        let address = listener
            .local_addr()
            .expect("a bound socket has an address");
        let requests = Arc::new(AtomicUsize::new(0));
        let (stop, mut stopped) = oneshot::channel::<()>();
        let counter = Arc::clone(&requests);
        let task = tokio::spawn(async move {
            let mut connections = tokio::task::JoinSet::new();
            loop {
                tokio::select! {
                    _ = &mut stopped => break,
                    accepted = listener.accept() => {
                        let Ok((socket, _)) = accepted else { continue };
                        let handler = handler.clone();
                        let counter = Arc::clone(&counter);
                        let service = service_fn(move |request| {
                            counter.fetch_add(1, Ordering::SeqCst);
                            let answer = handler(request);
                            async move { Ok::<_, Infallible>(answer.await) }
                        });
                        connections.spawn(async move {
                            // A client that goes away mid-request is the
                            // client's business, not a server failure.
                            let _ = http1::Builder::new()
                                .serve_connection(TokioIo::new(socket), service)
                                .await;
                        });
                    }
                }
            }
            // Dropping the set aborts the connections still open.
        });
        TestServer {
            address,
            requests,
            stop: Some(stop),
            task,
        }
    }

    /// The server's address (`127.0.0.1:PORT`).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The URL of `path` on this server (`path` starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// How many requests the server has received so far.
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Stops the server and waits until its port is closed.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// An HTTP client with a 5-second time limit per request, so that a test
/// never hangs on a server that does not answer. It uses no proxy, whatever
/// `HTTP_PROXY` says, so requests to the test server stay on loopback.
pub fn client() -> reqwest::Client {
    client_with_timeout(Duration::from_secs(5))
}

/// An HTTP client whose requests fail with a timeout error after `timeout`
/// (and that uses no proxy, as [`client`]).
pub fn client_with_timeout(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(timeout)
        .no_proxy()
        .build()
        .expect("a client with a timeout and rustls's default provider builds")
}
