//! The command line and the HTTP client (step 4 of the capstone,
//! `capstone-cli`).
//!
//! ```text
//! kv [--addr ADDR] serve --data FILE
//! kv [--addr ADDR] put KEY VALUE
//! kv [--addr ADDR] get KEY
//! kv [--addr ADDR] delete KEY
//! kv [--addr ADDR] list [--prefix PREFIX]
//! ```
//!
//! Keys are parsed into [`Key`]s by clap (through `FromStr`), so an invalid
//! key is a usage error before any request is sent. The exit codes are the
//! constants below.

use crate::api::{ErrorBody, KeysBody, PutBody, ValueBody};
use crate::keys::Key;
use clap::{Args, Parser, Subcommand};
use reqwest::{StatusCode, Url};
use std::io::{self, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// The address `--addr` defaults to.
pub const DEFAULT_ADDR: &str = "127.0.0.1:7878";

/// Exit code: the key is not there (`get`, `delete`).
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit code: the arguments are wrong (clap's own code for usage errors).
pub const EXIT_USAGE: u8 = 2;
/// Exit code: the server answered with an error, or with something that is
/// not the API's JSON.
pub const EXIT_SERVER: u8 = 3;
/// Exit code: the server cannot be reached.
pub const EXIT_UNREACHABLE: u8 = 4;
/// Exit code: a local failure (writing the output, opening the data file,
/// binding the address).
pub const EXIT_LOCAL: u8 = 5;

/// A small key-value service and its client.
#[derive(Debug, Parser)]
#[command(name = "kv", version)]
pub struct Cli {
    /// The server's address (to listen on, or to connect to).
    #[arg(long, global = true, default_value = DEFAULT_ADDR)]
    pub addr: SocketAddr,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the server, storing the data in one file.
    Serve(ServeArgs),
    /// A request to a running server.
    #[command(flatten)]
    Client(ClientCommand),
}

/// The arguments of `kv serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The file the data lives in (created if missing).
    #[arg(long)]
    pub data: PathBuf,
}

/// The subcommands that talk to a server.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum ClientCommand {
    /// Stores VALUE under KEY.
    Put {
        /// The key: 1 to 128 of `A-Z a-z 0-9 - _ .`, not `.` or `..`.
        key: Key,
        /// The value.
        value: String,
    },
    /// Prints the value stored under KEY.
    Get {
        /// The key.
        key: Key,
    },
    /// Removes KEY.
    Delete {
        /// The key.
        key: Key,
    },
    /// Prints the keys, one per line, in ascending order.
    List {
        /// Only keys that start with this.
        #[arg(long, default_value = "")]
        prefix: String,
    },
}

/// Why a client command failed.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The key is not there.
    #[error("no value under the key `{0}`")]
    NotFound(Key),
    /// The server answered with an error status.
    #[error("the server answered {status}: {message}")]
    Server {
        /// The status.
        status: StatusCode,
        /// The `error` of its JSON body, or the body itself.
        message: String,
    },
    /// The server's answer is not what the API promises.
    #[error("the server's answer is not the API's JSON")]
    BadAnswer(#[source] reqwest::Error),
    /// The request did not get an answer.
    #[error("cannot reach the server at {addr}")]
    Unreachable {
        /// The address tried.
        addr: SocketAddr,
        /// What went wrong.
        #[source]
        source: reqwest::Error,
    },
    /// Writing the output failed.
    #[error("cannot write the output")]
    Output(#[from] io::Error),
}

impl CliError {
    /// The process's exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::NotFound(_) => EXIT_NOT_FOUND,
            CliError::Server { .. } | CliError::BadAnswer(_) => EXIT_SERVER,
            CliError::Unreachable { .. } => EXIT_UNREACHABLE,
            CliError::Output(_) => EXIT_LOCAL,
        }
    }
}

/// Sends `command` to the server at `addr` and writes what it prints to
/// `out`: nothing for `put` and `delete`, the value and a newline for
/// `get`, one key per line for `list`.
pub async fn run(
    addr: SocketAddr,
    command: ClientCommand,
    out: &mut (impl Write + Send),
) -> Result<(), CliError> {
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
        .build()
        .expect("a client without proxy and with rustls's default provider builds");
    let base = format!("http://{addr}/v1/keys");
    let unreachable = |source| CliError::Unreachable { addr, source };
    match command {
        ClientCommand::Put { key, value } => {
            // A `Key` holds only URL-safe characters: no escaping needed.
            let response = client
                .put(format!("{base}/{key}"))
                .json(&PutBody { value })
                .send()
                .await
                .map_err(unreachable)?;
            check(response, &key).await?;
        }
        ClientCommand::Get { key } => {
            let response = client
                .get(format!("{base}/{key}"))
                .send()
                .await
                .map_err(unreachable)?;
            let body: ValueBody = check(response, &key)
                .await?
                .json()
                .await
                .map_err(CliError::BadAnswer)?;
            writeln!(out, "{}", body.value)?;
        }
        ClientCommand::Delete { key } => {
            let response = client
                .delete(format!("{base}/{key}"))
                .send()
                .await
                .map_err(unreachable)?;
            check(response, &key).await?;
        }
        ClientCommand::List { prefix } => {
            let mut url = Url::parse(&base).expect("an address makes a valid URL");
            url.query_pairs_mut().append_pair("prefix", &prefix);
            let response = client.get(url).send().await.map_err(unreachable)?;
            if !response.status().is_success() {
                return Err(server_error(response).await);
            }
            let body: KeysBody = response.json().await.map_err(CliError::BadAnswer)?;
            for key in body.keys {
                writeln!(out, "{key}")?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Passes a successful answer through; turns `404` into
/// [`CliError::NotFound`] and any other error status into
/// [`CliError::Server`].
async fn check(response: reqwest::Response, key: &Key) -> Result<reqwest::Response, CliError> {
    match response.status() {
        status if status.is_success() => Ok(response),
        StatusCode::NOT_FOUND => Err(CliError::NotFound(key.clone())),
        _ => Err(server_error(response).await),
    }
}

async fn server_error(response: reqwest::Response) -> CliError {
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    let message = match serde_json::from_str::<ErrorBody>(&text) {
        Ok(body) => body.error,
        Err(_) => text,
    };
    CliError::Server { status, message }
}
