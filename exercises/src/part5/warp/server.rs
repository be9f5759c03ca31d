//! Write a hit counter served by warp on a real socket, and a server that
//! stops gracefully.
//!
//! - `counter_routes(hits)`: `POST /hits` adds one to `hits` and answers the
//!   new count as text (`1`, then `2`, ...); `GET /hits` answers the current
//!   count without changing it. Every request, on every connection, shares
//!   the one `hits` given: it is the caller's counter, so the caller sees the
//!   count too. The routes are boxed, so that `start` can take any of them.
//! - `RunningServer::start(routes)` binds `127.0.0.1:0`, starts serving
//!   `routes` with `warp::serve` in a spawned task, and returns at once.
//!   `address()` is the real address, with the port the system picked.
//! - `shutdown()` stops accepting connections at once, lets the requests in
//!   flight finish and get their answers, and returns only when the server
//!   task has ended. Once it has returned, connecting is refused.

use std::io;
use std::net::SocketAddr;
#[allow(unused_imports)] // course:hide
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
#[allow(unused_imports)] // course:hide
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use warp::filters::BoxedFilter;
use warp::reply::Response;
#[allow(unused_imports)] // course:hide
use warp::{Filter, Reply};

/// `POST /hits` and `GET /hits` over the shared counter `hits`.
pub fn counter_routes(hits: Arc<AtomicU64>) -> BoxedFilter<(Response,)> {
    todo!("the two routes over {hits:?}, boxed")
}

/// A warp server running in a task of its own.
#[derive(Debug)]
#[allow(dead_code)] // course:hide
pub struct RunningServer {
    address: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

impl RunningServer {
    /// Binds `127.0.0.1:0` and serves `routes` there in a spawned task.
    pub async fn start(routes: BoxedFilter<(Response,)>) -> io::Result<RunningServer> {
        todo!("bind 127.0.0.1:0 and serve {routes:?} in a task")
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stops the server gracefully and waits until it has ended.
    pub async fn shutdown(self) -> io::Result<()> {
        todo!("stop the server at {}", self.address)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/warp/server.rs"]
mod tests;
