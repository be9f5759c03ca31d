//! Write `serve`: a tiny key-value server that speaks a line protocol over
//! TCP. Each request is one line, and each gets one line back:
//!
//! - `SET key value` stores `value` (the rest of the line, spaces included)
//!   under `key` and answers `OK`.
//! - `GET key` answers the value stored under `key`, or `NONE`.
//! - Any other line answers `ERR unknown command`.
//!
//! All connections share one store, so a value set by one client can be read
//! by another. Serve every connection in a task of its own: a client that
//! has sent nothing yet must not keep the others waiting. A connection ends
//! when its client stops sending (end of input).
//!
//! When `stop` fires (or its sender is dropped), stop accepting, drop the
//! listener and return how many connections were accepted. Connections
//! already open may finish on their own.

use std::collections::HashMap;
use std::io;
use std::sync::{Arc, Mutex};
#[allow(unused_imports)] // course:hide
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// The values, shared by every connection.
pub type Store = Arc<Mutex<HashMap<String, String>>>;

/// Accepts and serves connections until `stop` fires; returns how many
/// connections were accepted.
pub async fn serve(listener: TcpListener, stop: oneshot::Receiver<()>) -> io::Result<usize> {
    let _ = (listener, stop); // course:hide
    todo!("accept connections, one task each, until stop fires")
}

/// Answers the requests of one connection until its client stops sending.
pub async fn handle(socket: TcpStream, store: Store) -> io::Result<()> {
    let _ = (socket, store); // course:hide
    todo!("read lines, answer each one")
}

/// The answer to one request line, without its `'\n'`.
pub fn answer(store: &Mutex<HashMap<String, String>>, line: &str) -> String {
    todo!(
        "answer {line:?} from a store of {} keys",
        store.lock().unwrap().len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/runtimes/kv_server.rs"]
mod tests;
