//! Write a small line-based protocol server with tokio, and its client.
//! Each request is one line of UTF-8 text (ended by `\n`; a `\r` before it
//! is ignored), and each answer one line:
//!
//! | request           | answer                                      |
//! |-------------------|---------------------------------------------|
//! | `PING`            | `PONG`                                      |
//! | `ECHO text`       | `text`                                      |
//! | `SUM 1 2 -3`      | `0` (the sum, as `i64`; `SUM` alone is `0`) |
//! | `QUIT`            | `BYE`, then the server closes the connection |
//! | an empty line     | `ERR empty request`                         |
//! | `SUM 1 x`         | `ERR bad number: x`                         |
//! | anything else     | `ERR unknown command: WORD` (its first word) |
//!
//! `answer` computes one answer (or `None` for `QUIT`).
//!
//! `serve(listener, config, shutdown)` accepts connections until the
//! `shutdown` future completes, and handles each in a task of its own,
//! with `Framed` and `LinesCodec::new_with_max_length(config.max_line)`:
//!
//! - A line longer than `max_line`: answer `ERR line too long`, close.
//! - Bytes that are not UTF-8: answer `ERR not UTF-8`, close.
//! - No complete request for `config.idle_timeout`: answer
//!   `ERR idle timeout`, close.
//! - When `shutdown` completes: stop accepting (drop the listener), tell
//!   every open connection, which answers `BYE server shutting down`
//!   (after the request it is handling, if any) and closes, and return once
//!   all connection tasks have ended, with the number of connections
//!   accepted. A `tokio::sync::watch` channel is one way to tell them.
//!
//! `Client::connect` and `Client::call(line)` are the client: `call` sends
//! one line and returns the answer, or `ErrorKind::UnexpectedEof` if the
//! server closed the connection instead.

#![allow(dead_code, unused_imports, unused_variables, unused_mut)] // course:hide

use futures_util::{SinkExt, StreamExt};
use std::future::Future;
use std::io::{self, ErrorKind};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio_util::codec::{Framed, LinesCodec, LinesCodecError};

/// Limits for each connection.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// The longest request line, in bytes.
    pub max_line: usize,
    /// How long a connection may stay without a request.
    pub idle_timeout: Duration,
}

/// The answer to one request line, or `None` for `QUIT`.
pub fn answer(line: &str) -> Option<String> {
    todo!("answer {line:?}")
}

/// Serves connections until `shutdown` completes; returns how many it
/// accepted.
pub async fn serve(
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()>,
) -> io::Result<usize> {
    todo!("accept connections until shutdown; config: {config:?}")
}

/// Serves one connection.
async fn handle(socket: TcpStream, config: Config, mut stop: watch::Receiver<bool>) {
    todo!("serve one connection with {config:?}")
}

/// A connection to the server.
pub struct Client {
    lines: Framed<TcpStream, LinesCodec>,
}

impl Client {
    /// Connects to the server at `addr`.
    pub async fn connect(addr: SocketAddr) -> io::Result<Client> {
        let socket = TcpStream::connect(addr).await?;
        Ok(Client {
            lines: Framed::new(socket, LinesCodec::new_with_max_length(64 * 1024)),
        })
    }

    /// Sends `line` and returns the answer.
    pub async fn call(&mut self, line: &str) -> io::Result<String> {
        todo!("send {line:?} and read the answer")
    }

    /// Reads the next line the server sends.
    pub async fn next_line(&mut self) -> io::Result<String> {
        todo!("read one line, or UnexpectedEof")
    }
}

/// Turns a codec error into an `io::Error`.
fn into_io(error: LinesCodecError) -> io::Error {
    match error {
        LinesCodecError::Io(e) => e,
        other => io::Error::new(ErrorKind::InvalidData, other),
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/network/line_server.rs"]
mod tests;
