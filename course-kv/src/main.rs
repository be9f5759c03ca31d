//! `kv`: the capstone's key-value service and its client.
//!
//! ```text
//! cargo run -p course-kv -- serve --addr 127.0.0.1:7878 --data kv.log
//! cargo run -p course-kv -- put greeting hello
//! cargo run -p course-kv -- get greeting
//! ```
//!
//! Logs go to standard error; `RUST_LOG` chooses them (default `info`).
//! The server stops when the process is interrupted (Ctrl-C): every
//! acknowledged write is already on disk, so there is nothing to flush.

use std::process::ExitCode;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the async runtime: {error}");
            return ExitCode::from(course_kv::cli::EXIT_LOCAL);
        }
    };
    let code = runtime.block_on(course_kv::app::main_with(
        std::env::args_os(),
        std::io::stdout(),
        std::io::stderr(),
        std::future::pending(),
    ));
    ExitCode::from(code)
}
