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
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// The values, shared by every connection.
pub type Store = Arc<Mutex<HashMap<String, String>>>;

/// Accepts and serves connections until `stop` fires; returns how many
/// connections were accepted.
pub async fn serve(listener: TcpListener, mut stop: oneshot::Receiver<()>) -> io::Result<usize> {
    let store = Store::default();
    let mut accepted = 0;
    loop {
        tokio::select! {
            // A value or a dropped sender: both mean stop. Returning drops
            // the listener, which closes the port.
            _ = &mut stop => return Ok(accepted),
            connection = listener.accept() => {
                let (socket, _peer) = connection?;
                accepted += 1;
                let store = Arc::clone(&store);
                tokio::spawn(async move {
                    // One failed connection must not stop the server.
                    if let Err(error) = handle(socket, store).await {
                        eprintln!("a connection failed: {error}");
                    }
                });
            }
        }
    }
}

/// Answers the requests of one connection until its client stops sending.
pub async fn handle(socket: TcpStream, store: Store) -> io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        // The lock is taken and released inside `answer`, never across an `.await`.
        let mut reply = answer(&store, &line);
        reply.push('\n');
        writer.write_all(reply.as_bytes()).await?;
    }
    Ok(())
}

/// The answer to one request line, without its `'\n'`.
pub fn answer(store: &Mutex<HashMap<String, String>>, line: &str) -> String {
    let mut store = store
        .lock()
        .expect("no request panics while holding the store");
    match line.split_once(' ') {
        Some(("SET", rest)) => match rest.split_once(' ') {
            Some((key, value)) => {
                store.insert(key.to_string(), value.to_string());
                "OK".to_string()
            }
            None => "ERR unknown command".to_string(),
        },
        Some(("GET", key)) => store
            .get(key)
            .cloned()
            .unwrap_or_else(|| "NONE".to_string()),
        _ => "ERR unknown command".to_string(),
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/runtimes/kv_server.rs"]
mod tests;
