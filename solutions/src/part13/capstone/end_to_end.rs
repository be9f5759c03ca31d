//! Step 5: the whole program. Write `main_with`: `main` without the
//! process. The arguments, the two output streams and the shutdown signal
//! are parameters and the exit code is the result, so the tests run the
//! program as a learner would (a server on `127.0.0.1`, port 0, and client
//! commands against it) without spawning processes. The binary `kv` of the
//! crate `course-kv` is this function plus a runtime.
//!
//! The steps before this one are given, finished, in `course_kv`: the
//! command line (`cli::Cli`, `cli::run`, the `EXIT_*` codes), the router
//! (`api::router`) and the store (`store::KvStore`).

use clap::Parser;
use course_kv::api::router;
use course_kv::cli::{self, Cli, Command, EXIT_LOCAL};
use course_kv::store::KvStore;
use std::error::Error;
use std::ffi::OsString;
use std::future::Future;
use std::io::Write;
use tokio::net::TcpListener;

/// Runs `kv` with `args` (the program's name first) and returns its exit
/// code.
///
/// - Bad arguments: clap's message on `stderr` (or the help on `stdout`),
///   clap's exit code (2, or 0 for `--help` and `--version`).
/// - `serve`: opens the data file, binds `--addr`, writes
///   `listening on http://ADDR` (the bound address, so port 0 shows the
///   port the system chose) and a newline to `stdout`, and serves until
///   `shutdown` completes; then 0. A file that cannot be opened or an
///   address that cannot be bound: a message on `stderr`, [`EXIT_LOCAL`].
/// - A client command: [`cli::run`]; an error is written to `stderr` as
///   `error: MESSAGE` with one `  caused by: …` line per source, and the
///   exit code is the error's.
pub async fn main_with<I, T>(
    args: I,
    mut stdout: impl Write + Send,
    mut stderr: impl Write + Send,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let shown = if error.use_stderr() {
                write!(stderr, "{error}")
            } else {
                write!(stdout, "{error}")
            };
            return if shown.is_ok() {
                u8::try_from(error.exit_code()).unwrap_or(cli::EXIT_USAGE)
            } else {
                EXIT_LOCAL
            };
        }
    };
    match cli.command {
        Command::Serve(serve) => {
            let served = async {
                let store = KvStore::open(&serve.data).await?;
                let listener = TcpListener::bind(cli.addr).await?;
                writeln!(stdout, "listening on http://{}", listener.local_addr()?)?;
                stdout.flush()?;
                tracing::info!(addr = %listener.local_addr()?, "serving");
                axum::serve(listener, router(store))
                    .with_graceful_shutdown(shutdown)
                    .await?;
                Ok::<(), Box<dyn Error + Send + Sync>>(())
            };
            match served.await {
                Ok(()) => 0,
                Err(error) => {
                    report(&mut stderr, &*error);
                    EXIT_LOCAL
                }
            }
        }
        Command::Client(command) => match cli::run(cli.addr, command, &mut stdout).await {
            Ok(()) => 0,
            Err(error) => {
                report(&mut stderr, &error);
                error.exit_code()
            }
        },
    }
}

/// Writes `error` and its chain of sources to `out`.
fn report(out: &mut impl Write, error: &(dyn Error + 'static)) {
    let _ = writeln!(out, "error: {error}");
    let mut source = error.source();
    while let Some(cause) = source {
        let _ = writeln!(out, "  caused by: {cause}");
        source = cause.source();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part13/capstone/end_to_end.rs"]
mod tests;
