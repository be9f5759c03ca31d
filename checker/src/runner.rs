//! Running one test executable under a time limit.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread::JoinHandle;
use std::time::Duration;

use anyhow::{Context as _, Result};
use wait_timeout::ChildExt as _;

/// How a test process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// It exited with this code (0: every test passed, 101: some failed).
    Code(i32),
    /// A signal ended it (abort, segmentation fault, ...).
    Signal(i32),
    /// It ran past the time limit and was stopped.
    TimedOut,
}

/// What a test process printed and how it ended.
#[derive(Debug, Clone)]
pub struct Run {
    /// How it ended.
    pub exit: Exit,
    /// Its standard output (libtest's report and captured test output).
    pub stdout: String,
    /// Its standard error (panic messages of crashes, stack overflows).
    pub stderr: String,
}

/// Runs `executable` as cargo would run a test binary of the package in
/// `package_dir`, stopping it after `limit`. `filter` selects tests by name,
/// as libtest's own filter argument does.
pub fn run_tests(
    executable: &Path,
    package_dir: &Path,
    package: &str,
    limit: Duration,
    filter: Option<&str>,
) -> Result<Run> {
    let mut command = Command::new(executable);
    command
        .current_dir(package_dir)
        .args(["--color", "never"])
        .args(filter)
        // Cargo sets these for test binaries; tests may read them at run time.
        .env("CARGO_MANIFEST_DIR", package_dir)
        .env("CARGO_PKG_NAME", package)
        .env("CARGO", crate::cargo::cargo())
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    new_process_group(&mut command);
    let mut child = command
        .spawn()
        .with_context(|| format!("cannot start {}", executable.display()))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let exit = match child.wait_timeout(limit)? {
        Some(status) => exit_of(status),
        None => {
            kill_tree(&mut child);
            Exit::TimedOut
        }
    };
    Ok(Run {
        exit,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}

/// Reads a pipe to the end on its own thread, so a chatty test cannot fill
/// the pipe and block while we wait for it.
fn drain(pipe: Option<impl Read + Send + 'static>) -> JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn exit_of(status: ExitStatus) -> Exit {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt as _;
        if let Some(signal) = status.signal() {
            return Exit::Signal(signal);
        }
    }
    Exit::Code(status.code().unwrap_or(-1))
}

#[cfg(unix)]
fn new_process_group(command: &mut Command) {
    use std::os::unix::process::CommandExt as _;
    // Its own process group, so a time-out also stops anything it started.
    command.process_group(0);
}

#[cfg(not(unix))]
fn new_process_group(_command: &mut Command) {}

fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    {
        use nix::sys::signal::{killpg, Signal};
        use nix::unistd::Pid;
        // The child leads its own process group; stop the whole group.
        if let Ok(id) = i32::try_from(child.id()) {
            let _ = killpg(Pid::from_raw(id), Signal::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}
