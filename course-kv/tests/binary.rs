//! Runs the real `kv` binary as a learner would: `kv serve` on
//! `127.0.0.1:0`, then `kv put/get/list/delete` against it, then a restart
//! on the same data file. Nothing leaves the loopback interface.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};

const KV: &str = env!("CARGO_BIN_EXE_kv");

/// A `kv serve` process, killed when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(data: &Path) -> Server {
        let mut child = Command::new(KV)
            .args(["serve", "--addr", "127.0.0.1:0", "--data"])
            .arg(data)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the kv binary starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout is piped"))
            .read_line(&mut line)
            .expect("kv serve writes its address");
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| {
                panic!("kv serve should print `listening on http://ADDR`, printed {line:?}")
            })
            .to_owned();
        Server { child, addr }
    }

    fn kv(&self, args: &[&str]) -> Output {
        Command::new(KV)
            .arg("--addr")
            .arg(&self.addr)
            .args(args)
            .env("RUST_LOG", "warn")
            .output()
            .expect("the kv binary runs")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_binary_serves_and_its_client_commands_talk_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("kv.log");
    {
        let server = Server::start(&data);
        let put = server.kv(&["put", "greeting", "hello, world"]);
        assert_eq!(put.status.code(), Some(0), "kv put: {put:?}");
        let get = server.kv(&["get", "greeting"]);
        assert_eq!(
            (get.status.code(), stdout(&get).as_str()),
            (Some(0), "hello, world\n")
        );
        assert_eq!(server.kv(&["put", "grass", "green"]).status.code(), Some(0));
        let list = server.kv(&["list", "--prefix", "gr"]);
        assert_eq!(stdout(&list), "grass\ngreeting\n");
        let missing = server.kv(&["get", "nothing"]);
        assert_eq!(
            missing.status.code(),
            Some(1),
            "kv get of a missing key: {missing:?}"
        );
        let bad = server.kv(&["get", "../etc"]);
        assert_eq!(
            bad.status.code(),
            Some(2),
            "kv get of an invalid key: {bad:?}"
        );
        assert_eq!(server.kv(&["delete", "grass"]).status.code(), Some(0));
        // Dropping the server kills the process: every acknowledged write
        // is already on disk.
    }
    let server = Server::start(&data);
    let list = server.kv(&["list"]);
    assert_eq!(stdout(&list), "greeting\n", "after a restart");
}
