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
    let (command, rest) = line.split_once(' ').unwrap_or((line, ""));
    let reply = match command {
        "" => "ERR empty request".to_string(),
        "PING" => "PONG".to_string(),
        "ECHO" => rest.to_string(),
        "QUIT" => return None,
        "SUM" => {
            let mut sum: i64 = 0;
            for word in rest.split_whitespace() {
                match word.parse::<i64>() {
                    Ok(n) => sum = sum.wrapping_add(n),
                    Err(_) => return Some(format!("ERR bad number: {word}")),
                }
            }
            sum.to_string()
        }
        other => format!("ERR unknown command: {other}"),
    };
    Some(reply)
}

/// Serves connections until `shutdown` completes; returns how many it
/// accepted.
pub async fn serve(
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()>,
) -> io::Result<usize> {
    let (stop, stopped) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut accepted = 0;
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            result = listener.accept() => {
                let (socket, _) = result?;
                accepted += 1;
                connections.spawn(handle(socket, config, stopped.clone()));
            }
            // Reap finished connections so the set does not grow forever.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    // Every receiver sees the change, even one that is busy right now.
    let _ = stop.send(true);
    while connections.join_next().await.is_some() {}
    Ok(accepted)
}

/// Serves one connection.
async fn handle(socket: TcpStream, config: Config, mut stop: watch::Receiver<bool>) {
    let mut lines = Framed::new(socket, LinesCodec::new_with_max_length(config.max_line));
    loop {
        let next = tokio::select! {
            // The only change ever sent is "stop"; a change made before
            // this task first looked counts too.
            _ = stop.changed() => {
                let _ = lines.send("BYE server shutting down").await;
                return;
            }
            next = tokio::time::timeout(config.idle_timeout, lines.next()) => next,
        };
        let reply = match next {
            Err(_elapsed) => "ERR idle timeout".to_string(),
            Ok(None) => return, // the client closed the connection
            Ok(Some(Err(LinesCodecError::MaxLineLengthExceeded))) => "ERR line too long".into(),
            Ok(Some(Err(LinesCodecError::Io(e)))) if e.kind() == ErrorKind::InvalidData => {
                "ERR not UTF-8".into()
            }
            Ok(Some(Err(LinesCodecError::Io(_)))) => return,
            Ok(Some(Ok(line))) => match answer(&line) {
                Some(reply) => {
                    if lines.send(reply).await.is_err() {
                        return;
                    }
                    continue;
                }
                None => "BYE".into(),
            },
        };
        // Every other outcome answers once and closes.
        let _ = lines.send(reply).await;
        return;
    }
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
        self.lines.send(line).await.map_err(into_io)?;
        self.next_line().await
    }

    /// Reads the next line the server sends.
    pub async fn next_line(&mut self) -> io::Result<String> {
        match self.lines.next().await {
            Some(line) => line.map_err(into_io),
            None => Err(io::Error::new(
                ErrorKind::UnexpectedEof,
                "the server closed the connection",
            )),
        }
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
