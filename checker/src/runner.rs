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

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    /// Writes a shell script that stands in for a test binary.
    fn script(dir: &Path, body: &str) -> std::path::PathBuf {
        let path = dir.join("fake-test");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    fn run_in(dir: &Path, body: &str, limit: Duration) -> Run {
        let exe = script(dir, body);
        run_tests(&exe, dir, "exercises", limit, None).unwrap()
    }

    fn run(body: &str, limit: Duration) -> Run {
        run_in(tempfile::tempdir().unwrap().path(), body, limit)
    }

    /// Whether a process is gone (or a zombie nobody has reaped yet).
    fn is_gone(pid: &str) -> bool {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => true,
            Ok(stat) => stat
                .rsplit(") ")
                .next()
                .is_some_and(|rest| rest.starts_with('Z')),
        }
    }

    #[test]
    fn captures_output_and_exit_code() {
        let run = run(
            "echo 'test tests::a ... ok'; echo oops >&2; exit 101",
            Duration::from_secs(30),
        );
        assert_eq!(run.exit, Exit::Code(101));
        assert_eq!(run.stdout, "test tests::a ... ok\n");
        assert_eq!(run.stderr, "oops\n");
    }

    #[test]
    fn passes_cargo_environment_and_arguments() {
        let run = run("echo \"$CARGO_PKG_NAME $*\"", Duration::from_secs(30));
        assert_eq!(run.stdout, "exercises --color never\n");
    }

    #[test]
    fn reports_a_signal() {
        let run = run("kill -ABRT $$", Duration::from_secs(30));
        assert_eq!(run.exit, Exit::Signal(6));
    }

    #[test]
    fn stops_a_runaway_process_and_its_children() {
        let dir = tempfile::tempdir().unwrap();
        // A background child (output detached, so it cannot hold our pipes)
        // records its pid; then the script itself becomes a long sleep.
        let body = "sleep 600 >/dev/null 2>&1 </dev/null &\necho $! > child.pid\nexec sleep 600";
        // Generous, so a loaded machine still starts the child before the stop.
        let run = run_in(dir.path(), body, Duration::from_secs(2));
        assert_eq!(run.exit, Exit::TimedOut);
        let pid = std::fs::read_to_string(dir.path().join("child.pid")).unwrap();
        let pid = pid.trim();
        // Killing is asynchronous; allow the kernel a moment, then insist.
        let gone = (0..100).any(|_| {
            std::thread::sleep(Duration::from_millis(50));
            is_gone(pid)
        });
        assert!(gone, "the test's child process {pid} survived the time-out: the process group was not killed");
        let _ = std::process::Command::new("kill")
            .args(["-9", pid])
            .status();
    }
}
