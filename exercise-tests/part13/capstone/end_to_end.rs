use super::*;
use course_testkit::http::ClosedPort;
use std::io;
use std::path::Path;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

/// A `Write` whose bytes the test reads while the program runs: what
/// `serve` writes to its standard output.
struct Pipe(mpsc::UnboundedSender<Vec<u8>>);

impl Write for Pipe {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let _ = self.0.send(bytes.to_vec());
        Ok(bytes.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// `kv serve` running in a task.
struct Server {
    addr: String,
    stop: oneshot::Sender<()>,
    task: JoinHandle<(u8, Vec<u8>)>,
}

/// Runs `kv serve --addr 127.0.0.1:0 --data DATA` and waits for its
/// `listening on` line.
async fn serve(data: &Path) -> Server {
    let (lines, mut output) = mpsc::unbounded_channel();
    let (stop, stopped) = oneshot::channel::<()>();
    let args = vec![
        "kv".to_owned(),
        "serve".into(),
        "--addr".into(),
        "127.0.0.1:0".into(),
        "--data".into(),
        data.display().to_string(),
    ];
    let task = tokio::spawn(async move {
        let mut stderr = Vec::new();
        let shutdown = async {
            let _ = stopped.await;
        };
        let code = main_with(args, Pipe(lines), &mut stderr, shutdown).await;
        (code, stderr)
    });
    let mut printed = Vec::new();
    let line = tokio::time::timeout(Duration::from_secs(20), async {
        while let Some(bytes) = output.recv().await {
            printed.extend(bytes);
            if printed.contains(&b'\n') {
                return String::from_utf8_lossy(&printed).into_owned();
            }
        }
        panic!(
            "`kv serve` ended without a line on stdout; it printed {:?}",
            String::from_utf8_lossy(&printed)
        )
    })
    .await
    .expect("`kv serve` did not finish within 20 seconds writing `listening on http://ADDR`");
    let addr = line
        .trim_end()
        .strip_prefix("listening on http://")
        .unwrap_or_else(|| {
            panic!("`kv serve` should print `listening on http://ADDR`, printed {line:?}")
        })
        .to_owned();
    assert!(
        addr.starts_with("127.0.0.1:") && !addr.ends_with(":0"),
        "the address printed should be the bound one, with the port the system chose: {addr}"
    );
    Server { addr, stop, task }
}

impl Server {
    /// Stops the server and returns its exit code and what it wrote on stderr.
    async fn stop(self) -> (u8, String) {
        self.stop.send(()).expect("the server is still running");
        let (code, stderr) = tokio::time::timeout(Duration::from_secs(20), self.task)
            .await
            .expect("`kv serve` did not finish within 20 seconds after the shutdown signal")
            .expect("`kv serve` panicked");
        (code, String::from_utf8_lossy(&stderr).into_owned())
    }
}

/// What one run of the program did.
#[derive(Debug)]
struct Run {
    code: u8,
    stdout: String,
    stderr: String,
}

/// Runs `kv ARGS` to the end.
async fn kv(args: &[&str]) -> Run {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let args: Vec<String> = std::iter::once("kv")
        .chain(args.iter().copied())
        .map(String::from)
        .collect();
    let code = main_with(args, &mut stdout, &mut stderr, std::future::pending()).await;
    Run {
        code,
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_then_use_the_client_commands_then_restart() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("kv.log");
    let server = serve(&data).await;
    let addr = server.addr.clone();
    let at = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["--addr".to_owned(), addr.clone()];
        all.extend(args.iter().map(|a| a.to_string()));
        all
    };
    let run = |args: Vec<String>| async move {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        kv(&args).await
    };

    let put = run(at(&["put", "greeting", "hello, world"])).await;
    assert_eq!((put.code, put.stdout.as_str()), (0, ""), "kv put: {put:?}");
    run(at(&["put", "grass", "green"])).await;

    let get = run(at(&["get", "greeting"])).await;
    assert_eq!(
        (get.code, get.stdout.as_str()),
        (0, "hello, world\n"),
        "kv get: {get:?}"
    );

    let list = run(at(&["list", "--prefix", "gr"])).await;
    assert_eq!(
        (list.code, list.stdout.as_str()),
        (0, "grass\ngreeting\n"),
        "kv list: {list:?}"
    );

    let missing = run(at(&["get", "nothing"])).await;
    assert_eq!(
        missing.code, 1,
        "kv get of a missing key exits with 1: {missing:?}"
    );
    assert_eq!(missing.stdout, "", "nothing on stdout for an error");
    assert_eq!(missing.stderr, "error: no value under the key `nothing`\n");

    let bad = run(at(&["put", "../etc/passwd", "x"])).await;
    assert_eq!(bad.code, 2, "an invalid key is a usage error: {bad:?}");
    assert!(
        bad.stderr.contains("a key cannot contain '/'"),
        "clap's message is on stderr: {bad:?}"
    );

    let deleted = run(at(&["delete", "grass"])).await;
    assert_eq!(deleted.code, 0, "kv delete: {deleted:?}");

    let (code, stderr) = server.stop().await;
    assert_eq!(
        code, 0,
        "`kv serve` exits with 0 after a shutdown; stderr: {stderr}"
    );

    // The same data file, a new server: everything acknowledged is there.
    let server = serve(&data).await;
    let mut args = vec!["--addr", server.addr.as_str(), "list"];
    let list = kv(&args).await;
    assert_eq!(list.stdout, "greeting\n", "after a restart: {list:?}");
    args.truncate(2);
    args.extend(["get", "greeting"]);
    assert_eq!(kv(&args).await.stdout, "hello, world\n");
    server.stop().await;
}

#[tokio::test]
async fn help_goes_to_stdout_with_exit_code_0() {
    let help = kv(&["--help"]).await;
    assert_eq!(help.code, 0, "kv --help: {help:?}");
    assert!(
        help.stdout.contains("Usage: kv"),
        "the help is on stdout: {help:?}"
    );
    assert_eq!(help.stderr, "");
}

#[tokio::test]
async fn a_client_command_without_a_server_explains_why_with_exit_code_4() {
    let closed = ClosedPort::new();
    let addr = closed.address().to_string();
    let run = kv(&["--addr", &addr, "get", "k"]).await;
    assert_eq!(run.code, 4, "nothing listens at {addr}: {run:?}");
    assert!(
        run.stderr
            .starts_with(&format!("error: cannot reach the server at {addr}\n")),
        "the first line names the address: {run:?}"
    );
    assert!(
        run.stderr.contains("\n  caused by: "),
        "the error's sources follow, one `  caused by:` line each: {run:?}"
    );
}

#[tokio::test]
async fn serve_reports_a_data_file_it_cannot_open_with_exit_code_5() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("no-such-folder").join("kv.log");
    let (stop, stopped) = oneshot::channel::<()>();
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let args = [
        "kv",
        "serve",
        "--addr",
        "127.0.0.1:0",
        "--data",
        data.to_str().unwrap(),
    ];
    let code = tokio::time::timeout(
        Duration::from_secs(20),
        main_with(args, &mut stdout, &mut stderr, async {
            let _ = stopped.await;
        }),
    )
    .await
    .expect("`kv serve` with a data file it cannot open did not finish within 20 seconds: it should fail at once");
    drop(stop);
    let stderr = String::from_utf8_lossy(&stderr);
    assert_eq!(code, 5, "stderr: {stderr}");
    assert!(
        stdout.is_empty(),
        "no `listening on` line when nothing listens"
    );
    assert!(
        stderr.starts_with("error: "),
        "the reason is on stderr: {stderr:?}"
    );
}

#[tokio::test]
async fn serve_reports_an_address_in_use_with_exit_code_5() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("kv.log");
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let args = [
        "kv",
        "serve",
        "--addr",
        &addr,
        "--data",
        data.to_str().unwrap(),
    ];
    let code = tokio::time::timeout(
        Duration::from_secs(20),
        main_with(args, &mut stdout, &mut stderr, std::future::pending()),
    )
    .await
    .expect(
        "`kv serve` on an address in use did not finish within 20 seconds: it should fail at once",
    );
    let stderr = String::from_utf8_lossy(&stderr);
    assert_eq!(code, 5, "{addr} is taken; stderr: {stderr}");
    assert!(
        stdout.is_empty(),
        "no `listening on` line when nothing listens"
    );
    assert!(
        stderr.starts_with("error: "),
        "the reason is on stderr: {stderr:?}"
    );
}
