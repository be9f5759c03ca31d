//! Running a learner's test process under a deadline, and leaving nothing
//! behind.
//!
//! A test binary runs the learner's code, which may loop, flood its output,
//! start processes of its own, or detach them from its process group with
//! `setsid`. [`run`] guarantees three things whatever the code does:
//!
//! - **The deadline holds for the whole run**, reading output included: a
//!   process that keeps a pipe open after the test binary exits cannot keep
//!   the checker waiting.
//! - **Output is bounded**: the streams are handed to [`Sink`]s chunk by
//!   chunk, and a run whose output passes a hard cap is stopped.
//! - **Nothing survives**: when `run` returns, every process the run started
//!   is gone, on success, failure and time-out alike. The test binary leads a
//!   process group of its own, which is killed as a whole; on Linux the
//!   checker is also a *child subreaper* ([`become_subreaper`]), so orphaned
//!   descendants, including those that left the group with `setsid`, are
//!   re-parented to the checker instead of to init, where the sweep finds and
//!   kills them ([`sweep`]).

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};

/// How long to wait, after the test process is gone, for its descendants to
/// die and its pipes to close. Killing is asynchronous in the kernel.
const GRACE: Duration = Duration::from_secs(3);

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The process exited with this code (0: every selected test passed,
    /// 101: some failed).
    Code(i32),
    /// A signal ended it (abort, segmentation fault, ...).
    Signal(i32),
    /// It ran past the deadline and was stopped.
    TimedOut,
    /// Its output passed the hard cap and it was stopped.
    Flooded,
}

/// Receives one output stream of the test process, chunk by chunk. It must
/// keep what it stores bounded, whatever it is given.
pub trait Sink: Send + 'static {
    /// The next bytes of the stream.
    fn write(&mut self, bytes: &[u8]);
}

/// What [`run`] hands back: how the run ended and the two sinks.
pub struct Finished<O, E> {
    /// How it ended.
    pub exit: Exit,
    /// The sink of standard output (`None`: a process the checker could not
    /// stop kept the stream open; what it received is lost).
    pub stdout: Option<O>,
    /// The sink of standard error (as `stdout`).
    pub stderr: Option<E>,
    /// How many processes besides the test process were still running when
    /// it ended, and were stopped.
    pub stragglers: usize,
}

/// Makes the checker a child subreaper (Linux), so that processes orphaned
/// by a test are re-parented to it and can be found and stopped. Elsewhere
/// it does nothing, and only the test's process group is stopped.
pub fn become_subreaper() {
    #[cfg(target_os = "linux")]
    {
        // Without it, escaped processes are merely not found; not fatal.
        let _ = nix::sys::prctl::set_child_subreaper(true);
    }
}

/// The run in progress, for [`interrupt`]: its process group, the
/// descendants that were there before it, and whether to sweep.
static ACTIVE: Mutex<Option<(u32, Vec<u32>, bool)>> = Mutex::new(None);

/// Runs `command` until it exits, `deadline` passes or its output passes
/// `output_cap` bytes (both streams together), feeding its output to the
/// sinks. Returns only when its process group is gone and, with `sweep`,
/// every other process it started too (or, for one that cannot be stopped,
/// after a grace period). Builds run without `sweep`, so that a compiler
/// cache's server that cargo starts (sccache) keeps running.
pub fn run<O: Sink, E: Sink>(
    mut command: Command,
    deadline: Instant,
    output_cap: u64,
    stdout: O,
    stderr: E,
    sweep_after: bool,
) -> Result<Finished<O, E>> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    own_process_group(&mut command);
    let before = tree::descendants();
    let mut child = command
        .spawn()
        .with_context(|| format!("cannot start {}", command.get_program().to_string_lossy()))?;
    let group = child.id();
    *lock_active() = Some((group, before.clone(), sweep_after));
    let (events, inbox) = mpsc::channel();
    let total = Arc::new(AtomicU64::new(0));
    let flooded = Arc::new(AtomicBool::new(false));
    let out = read_stream(
        child.stdout.take(),
        stdout,
        output_cap,
        &total,
        &flooded,
        &events,
    );
    let err = read_stream(
        child.stderr.take(),
        stderr,
        output_cap,
        &total,
        &flooded,
        &events,
    );
    wait_for(child, events);

    let exit = match next_event(&inbox, deadline) {
        Some(Event::Exited(status)) => exit_of(status),
        Some(Event::Flooded) => {
            kill_group(group);
            let _ = next_event(&inbox, Instant::now() + GRACE);
            Exit::Flooded
        }
        None => {
            kill_group(group);
            let _ = next_event(&inbox, Instant::now() + GRACE);
            Exit::TimedOut
        }
    };
    // The test process is gone; whatever it left behind goes too, and only
    // then are its pipes sure to close.
    let stragglers = if sweep_after {
        let left: Vec<u32> = tree::descendants()
            .into_iter()
            .filter(|pid| !before.contains(pid))
            .collect();
        kill_group(group);
        sweep(&before).max(left.len())
    } else {
        kill_group(group);
        0
    };
    *lock_active() = None;
    let grace = Instant::now() + GRACE;
    Ok(Finished {
        exit,
        stdout: out.recv_timeout(remaining(grace)).ok(),
        stderr: err.recv_timeout(remaining(grace)).ok(),
        stragglers,
    })
}

/// Stops the run in progress, if any, as [`run`] would at its deadline.
/// For Ctrl-C: the test's process group is not the terminal's, so the
/// terminal's interrupt does not reach it.
pub fn interrupt() {
    if let Some((group, before, sweep_after)) = lock_active().take() {
        kill_group(group);
        if sweep_after {
            sweep(&before);
        }
    }
}

fn lock_active() -> std::sync::MutexGuard<'static, Option<(u32, Vec<u32>, bool)>> {
    ACTIVE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

enum Event {
    Exited(ExitStatus),
    Flooded,
}

/// The next event that decides the run, or `None` at the deadline.
fn next_event(inbox: &Receiver<Event>, deadline: Instant) -> Option<Event> {
    // Every sender outlives the event that ends the run (the waiter sends
    // before it drops its sender), so an error is the deadline.
    inbox.recv_timeout(remaining(deadline)).ok()
}

fn remaining(deadline: Instant) -> Duration {
    deadline.saturating_duration_since(Instant::now())
}

/// Reaps the test process on a thread of its own and reports its exit.
fn wait_for(mut child: Child, events: Sender<Event>) {
    thread::spawn(move || {
        // An error means the sweep reaped it first: it is gone either way.
        if let Ok(status) = child.wait() {
            let _ = events.send(Event::Exited(status));
        }
    });
}

/// Reads a pipe to its end on a thread of its own, feeding `sink`, and
/// sends the sink back when the pipe closes.
fn read_stream<S: Sink>(
    pipe: Option<impl Read + Send + 'static>,
    mut sink: S,
    cap: u64,
    total: &Arc<AtomicU64>,
    flooded: &Arc<AtomicBool>,
    events: &Sender<Event>,
) -> Receiver<S> {
    let (done, result) = mpsc::channel();
    let (total, flooded, events) = (Arc::clone(total), Arc::clone(flooded), events.clone());
    thread::spawn(move || {
        let mut buffer = vec![0; 64 * 1024];
        if let Some(mut pipe) = pipe {
            loop {
                match pipe.read(&mut buffer) {
                    Ok(0) => break,
                    Ok(n) => {
                        let so_far = total.fetch_add(n as u64, Ordering::Relaxed) + n as u64;
                        if so_far <= cap {
                            sink.write(&buffer[..n]);
                        } else if !flooded.swap(true, Ordering::Relaxed) {
                            let _ = events.send(Event::Flooded);
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
        }
        let _ = done.send(sink);
    });
    result
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
fn own_process_group(command: &mut Command) {
    use std::os::unix::process::CommandExt as _;
    command.process_group(0);
    #[cfg(target_os = "linux")]
    // SAFETY: the closure runs in the child between fork and exec, and only
    // makes one async-signal-safe system call (prctl).
    unsafe {
        // If the checker itself is killed, the kernel stops the test process.
        command.pre_exec(|| {
            nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL)
                .map_err(std::io::Error::from)
        });
    }
}

#[cfg(not(unix))]
fn own_process_group(_command: &mut Command) {}

/// Kills the process group led by the test process (its id is the group's).
fn kill_group(group: u32) {
    #[cfg(unix)]
    {
        use nix::sys::signal::{killpg, Signal};
        use nix::unistd::Pid;
        if let Ok(id) = i32::try_from(group) {
            let _ = killpg(Pid::from_raw(id), Signal::SIGKILL);
        }
    }
    #[cfg(not(unix))]
    let _ = group;
}

/// Kills every descendant of the checker that was not there before the run
/// (`before`), until none is left, and reaps them. Runs must therefore not
/// overlap within one checker process (they never do). Returns how many were
/// found. Killed processes cannot start new ones, and their orphans come to
/// the checker (a subreaper), so each round finds what the last one missed.
fn sweep(before: &[u32]) -> usize {
    let deadline = Instant::now() + GRACE;
    let mut seen = std::collections::BTreeSet::new();
    loop {
        tree::reap_orphans();
        let alive: Vec<u32> = tree::descendants()
            .into_iter()
            .filter(|pid| !before.contains(pid))
            .collect();
        if alive.is_empty() || Instant::now() >= deadline {
            return seen.len();
        }
        for pid in alive {
            seen.insert(pid);
            tree::kill(pid);
        }
        // SIGKILL is delivered asynchronously; look again shortly.
        thread::sleep(Duration::from_millis(2));
    }
}

/// The process tree below the checker, read from `/proc` (Linux).
#[cfg(target_os = "linux")]
mod tree {
    use std::collections::HashMap;

    /// Live (not zombie) descendants of this process.
    pub fn descendants() -> Vec<u32> {
        let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        for entry in entries.flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
                continue;
            };
            if let Some((parent, state)) = parent_and_state(pid) {
                if state != 'Z' && state != 'X' {
                    children.entry(parent).or_default().push(pid);
                }
            }
        }
        let mut out = Vec::new();
        let mut queue = vec![std::process::id()];
        while let Some(pid) = queue.pop() {
            for &child in children.get(&pid).map(Vec::as_slice).unwrap_or_default() {
                out.push(child);
                queue.push(child);
            }
        }
        out
    }

    /// `(parent pid, state)` from `/proc/PID/stat`. The command name in
    /// parentheses may hold spaces and parentheses, so read after the last `)`.
    fn parent_and_state(pid: u32) -> Option<(u32, char)> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        let mut fields = stat.get(stat.rfind(')')? + 1..)?.split_whitespace();
        let state = fields.next()?.chars().next()?;
        let parent = fields.next()?.parse().ok()?;
        Some((parent, state))
    }

    pub fn kill(pid: u32) {
        use nix::sys::signal::{kill, Signal};
        use nix::unistd::Pid;
        if let Ok(id) = i32::try_from(pid) {
            let _ = kill(Pid::from_raw(id), Signal::SIGKILL);
        }
    }

    /// Reaps every child that has exited: processes re-parented to the
    /// checker become its children, and would otherwise stay zombies.
    pub fn reap_orphans() {
        use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
        while let Ok(status) = waitpid(None, Some(WaitPidFlag::WNOHANG)) {
            if status == WaitStatus::StillAlive {
                break;
            }
        }
    }
}

/// Elsewhere only the process group is stopped.
#[cfg(not(target_os = "linux"))]
mod tree {
    pub fn descendants() -> Vec<u32> {
        Vec::new()
    }
    pub fn kill(_pid: u32) {}
    pub fn reap_orphans() {}
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;
    use std::path::Path;

    #[derive(Default)]
    struct Keep(Vec<u8>);
    impl Sink for Keep {
        fn write(&mut self, bytes: &[u8]) {
            self.0.extend_from_slice(bytes);
        }
    }

    /// Counts bytes and keeps none.
    #[derive(Default)]
    struct Count(u64);
    impl Sink for Count {
        fn write(&mut self, bytes: &[u8]) {
            self.0 += bytes.len() as u64;
        }
    }

    fn script(dir: &Path, body: &str) -> Command {
        let path = dir.join("fake-test");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut command = Command::new(path);
        command.current_dir(dir);
        command
    }

    /// The sweep stops every new descendant of the process, so runs in one
    /// process must not overlap: these tests take turns.
    static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn serial() -> std::sync::MutexGuard<'static, ()> {
        SERIAL
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn run_script(dir: &Path, body: &str, limit: Duration) -> Finished<Keep, Keep> {
        let _turn = serial();
        become_subreaper();
        run(
            script(dir, body),
            Instant::now() + limit,
            1 << 20,
            Keep::default(),
            Keep::default(),
            true,
        )
        .unwrap()
    }

    /// Whether a process is gone (or a zombie nobody has reaped yet).
    fn is_gone(pid: &str) -> bool {
        match std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())) {
            Err(_) => true,
            Ok(stat) => stat
                .rsplit(") ")
                .next()
                .is_some_and(|rest| rest.starts_with('Z')),
        }
    }

    fn pid_in(dir: &Path) -> String {
        std::fs::read_to_string(dir.join("child.pid")).unwrap()
    }

    #[test]
    fn captures_output_and_exit_code() {
        let dir = tempfile::tempdir().unwrap();
        let done = run_script(
            dir.path(),
            "echo out; echo err >&2; exit 101",
            Duration::from_secs(60),
        );
        assert_eq!(done.exit, Exit::Code(101));
        assert_eq!(done.stdout.unwrap().0, b"out\n");
        assert_eq!(done.stderr.unwrap().0, b"err\n");
        assert_eq!(done.stragglers, 0);
    }

    #[test]
    fn reports_a_signal() {
        let dir = tempfile::tempdir().unwrap();
        let done = run_script(dir.path(), "kill -ABRT $$", Duration::from_secs(60));
        assert_eq!(done.exit, Exit::Signal(6));
    }

    /// The time-out itself is never asserted on; only that the run ends with
    /// it and leaves nothing behind. The limit is generous so that a loaded
    /// machine still starts the child before the stop.
    #[test]
    fn a_time_out_stops_the_process_and_its_children() {
        let dir = tempfile::tempdir().unwrap();
        let body = "sleep 600 &\necho $! > child.pid\nexec sleep 600";
        let done = run_script(dir.path(), body, Duration::from_secs(3));
        assert_eq!(done.exit, Exit::TimedOut);
        let pid = pid_in(dir.path());
        assert!(
            is_gone(&pid),
            "the test's child {pid} survived the time-out"
        );
    }

    #[test]
    fn a_child_holding_the_pipe_does_not_keep_the_run_waiting() {
        let dir = tempfile::tempdir().unwrap();
        // The child inherits stdout and outlives the script, which exits at once.
        let body = "sleep 600 &\necho $! > child.pid\necho done";
        let done = run_script(dir.path(), body, Duration::from_secs(600));
        assert_eq!(done.exit, Exit::Code(0));
        assert_eq!(done.stdout.unwrap().0, b"done\n", "the output is complete");
        assert_eq!(done.stragglers, 1, "the sleeping child was found");
        let pid = pid_in(dir.path());
        assert!(is_gone(&pid), "the child {pid} survived the run");
    }

    #[test]
    fn a_child_that_left_the_process_group_is_stopped_too() {
        let dir = tempfile::tempdir().unwrap();
        // `setsid` starts a new session (and group): killing the test's group
        // cannot reach it; only the subreaper sweep can.
        let body = "setsid sleep 600 >/dev/null 2>&1 </dev/null &\necho $! > child.pid\nsleep 0.2";
        let done = run_script(dir.path(), body, Duration::from_secs(600));
        assert_eq!(done.exit, Exit::Code(0));
        let pid = pid_in(dir.path());
        assert!(is_gone(&pid), "the escaped child {pid} survived the run");
        assert!(done.stragglers >= 1);
    }

    #[test]
    fn an_endless_writer_is_stopped_at_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let _turn = serial();
        become_subreaper();
        let done = run(
            script(dir.path(), "exec yes flood"),
            Instant::now() + Duration::from_secs(600),
            4 << 20,
            Count::default(),
            Count::default(),
            true,
        )
        .unwrap();
        assert_eq!(done.exit, Exit::Flooded);
        let kept = done.stdout.unwrap().0;
        assert!(kept <= 4 << 20, "the sink got {kept} bytes, past the cap");
    }
}
