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
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use warp::filters::BoxedFilter;
use warp::reply::Response;
use warp::{Filter, Reply};

/// `POST /hits` and `GET /hits` over the shared counter `hits`.
pub fn counter_routes(hits: Arc<AtomicU64>) -> BoxedFilter<(Response,)> {
    let with_hits = warp::any().map(move || Arc::clone(&hits));
    let add = warp::path!("hits")
        .and(warp::post())
        .and(with_hits.clone())
        .map(|hits: Arc<AtomicU64>| (hits.fetch_add(1, Ordering::Relaxed) + 1).to_string());
    let read = warp::path!("hits")
        .and(warp::get())
        .and(with_hits)
        .map(|hits: Arc<AtomicU64>| hits.load(Ordering::Relaxed).to_string());
    add.or(read).unify().map(Reply::into_response).boxed()
}

/// A warp server running in a task of its own.
#[derive(Debug)]
pub struct RunningServer {
    address: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

impl RunningServer {
    /// Binds `127.0.0.1:0` and serves `routes` there in a spawned task.
    pub async fn start(routes: BoxedFilter<(Response,)>) -> io::Result<RunningServer> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let server = warp::serve(routes).incoming(listener).graceful(async {
            // A dropped sender means "stop" as well.
            let _ = stopped.await;
        });
        let task = tokio::spawn(server.run());
        Ok(RunningServer {
            address,
            stop,
            task,
        })
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Stops the server gracefully and waits until it has ended.
    pub async fn shutdown(self) -> io::Result<()> {
        // The task may already have ended: then nobody listens.
        let _ = self.stop.send(());
        self.task.await.map_err(io::Error::other)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/warp/server.rs"]
mod tests;
