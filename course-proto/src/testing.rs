//! A gRPC server on loopback for tests (see [`TestServer`]).
//!
//! [`TestServer::start`] binds `127.0.0.1:0` (a free port the system picks),
//! serves one tonic service there, and stops when [`TestServer::stop`] is
//! awaited or the value is dropped. Nothing leaves the machine.
//!
//! ```
//! use course_proto::inventory::inventory_client::InventoryClient;
//! use course_proto::inventory::inventory_server::{Inventory, InventoryServer};
//! use course_proto::inventory::{GetItemRequest, Item, ListItemsRequest};
//! use course_proto::testing::TestServer;
//! use tonic::{Request, Response, Status};
//!
//! struct Empty;
//!
//! #[tonic::async_trait]
//! impl Inventory for Empty {
//!     async fn get_item(&self, request: Request<GetItemRequest>) -> Result<Response<Item>, Status> {
//!         Err(Status::not_found(format!("no item {:?}", request.get_ref().sku)))
//!     }
//!     type ListItemsStream = tokio_stream::Empty<Result<Item, Status>>;
//!     async fn list_items(
//!         &self,
//!         _: Request<ListItemsRequest>,
//!     ) -> Result<Response<Self::ListItemsStream>, Status> {
//!         Ok(Response::new(tokio_stream::empty()))
//!     }
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let server = TestServer::start(InventoryServer::new(Empty)).await;
//! let mut client = InventoryClient::connect(server.url()).await.unwrap();
//! let status = client.get_item(GetItemRequest { sku: "A1".into() }).await.unwrap_err();
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! server.stop().await;
//! # }
//! ```

use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tonic::codegen::{http, Body as HttpBody, Bytes, Service, StdError};
use tonic::transport::server::TcpIncoming;
use tonic::transport::Server;

/// A tonic server on `127.0.0.1`, port 0, serving one service.
#[derive(Debug)]
pub struct TestServer {
    address: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<Result<(), tonic::transport::Error>>>,
}

impl TestServer {
    /// Binds `127.0.0.1:0` and serves `service` there (such as
    /// `InventoryServer::new(..)`, or one wrapped in an interceptor).
    ///
    /// # Panics
    ///
    /// If no loopback port can be bound.
    pub async fn start<S, B>(service: S) -> TestServer
    where
        S: Service<http::Request<tonic::body::Body>, Response = http::Response<B>>
            + Clone
            + Send
            + 'static,
        S::Future: Send,
        S::Error: Into<StdError> + Send + 'static,
        B: HttpBody<Data = Bytes> + Send + 'static,
        B::Error: Into<StdError>,
    {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("tests need a free port on 127.0.0.1");
        let address = listener
            .local_addr()
            .expect("a bound socket has an address");
        let (shutdown, signal) = oneshot::channel::<()>();
        let task = tokio::spawn(Server::builder().serve_with_incoming_shutdown(
            service,
            TcpIncoming::from(listener),
            async {
                // A dropped sender also stops the server.
                let _ = signal.await;
            },
        ));
        TestServer {
            address,
            shutdown: Some(shutdown),
            task: Some(task),
        }
    }

    /// The server's address, such as `127.0.0.1:41234`.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The URL a tonic client connects to: `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Stops accepting connections, waits for the open ones to finish, and
    /// waits for the server task.
    ///
    /// # Panics
    ///
    /// If the server failed, its task panicked, or it had not finished 5 s
    /// after the signal (a call it serves never ends).
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            // A call that never ends would keep the server draining forever.
            match tokio::time::timeout(Duration::from_secs(5), task).await {
                Err(_) => panic!(
                    "the gRPC test server did not finish within 5 s of the shutdown signal: \
                     a call it serves is still running"
                ),
                Ok(joined) => joined
                    .expect("the gRPC test server's task panicked")
                    .expect("the gRPC test server failed"),
            }
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        // A test that fails before `stop` still closes the port: the task
        // ends with the runtime, and aborting it stops serving at once.
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
