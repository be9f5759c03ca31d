//! Write `RunningServer`: an axum server that runs in a task of its own on
//! `127.0.0.1` with a port the system picks, and that stops gracefully.
//!
//! - `start(app)` binds `127.0.0.1:0`, starts serving `app` in a spawned
//!   task and returns at once. `address()` is the real address, with the
//!   port the system picked (never port 0).
//! - `shutdown()` stops accepting connections at once, lets the requests
//!   already in flight finish and get their answers, and returns only when
//!   the server task has ended, with the task's result. Once it has returned,
//!   connecting to the address is refused.

use axum::Router;
use std::io;
use std::net::SocketAddr;
#[allow(unused_imports)] // course:hide
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A server running in a task of its own.
#[derive(Debug)]
#[allow(dead_code)] // course:hide
pub struct RunningServer {
    address: SocketAddr,
    stop: oneshot::Sender<()>,
    task: JoinHandle<io::Result<()>>,
}

impl RunningServer {
    /// Binds `127.0.0.1:0` and serves `app` there in a spawned task.
    pub async fn start(app: Router) -> io::Result<RunningServer> {
        todo!("bind 127.0.0.1:0 and serve {app:?} in a task")
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
#[path = "../../../../exercise-tests/part5/frameworks/shutdown.rs"]
mod tests;
