use super::*;
use clap::error::ErrorKind;
use course_testkit::http::{json, text, ClosedPort, TestServer};

fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
    Cli::try_parse_from(args)
}

fn key(text: &str) -> Key {
    Key::new(text).unwrap()
}

#[test]
fn the_arguments_parse_into_commands() {
    let cli = parse(&["kv", "put", "greeting", "hello world"]).unwrap();
    assert_eq!(
        cli.addr,
        DEFAULT_ADDR.parse::<SocketAddr>().unwrap(),
        "--addr has a default"
    );
    assert!(matches!(
        cli.command,
        Command::Client(ClientCommand::Put { ref key, ref value }) if key.as_str() == "greeting" && value == "hello world"
    ));
    // `--addr` is global: before or after the subcommand.
    let cli = parse(&["kv", "get", "k", "--addr", "127.0.0.1:9"]).unwrap();
    assert_eq!(cli.addr.port(), 9);
    let cli = parse(&["kv", "--addr", "127.0.0.1:10", "list", "--prefix", "user-"]).unwrap();
    assert_eq!(cli.addr.port(), 10);
    match cli.command {
        Command::Client(command) => assert_eq!(
            command,
            ClientCommand::List {
                prefix: "user-".into()
            }
        ),
        Command::Serve(_) => panic!("`kv list` parsed as `serve`"),
    }
    let cli = parse(&["kv", "serve", "--data", "kv.log"]).unwrap();
    assert!(
        matches!(cli.command, Command::Serve(ServeArgs { ref data }) if data.as_os_str() == "kv.log")
    );
}

#[test]
fn bad_arguments_are_usage_errors_with_exit_code_2() {
    let cases: [(&[&str], ErrorKind); 5] = [
        (&["kv", "get", "../etc/passwd"], ErrorKind::ValueValidation),
        (&["kv", "put", "k"], ErrorKind::MissingRequiredArgument),
        (&["kv", "frobnicate"], ErrorKind::InvalidSubcommand),
        (&["kv", "serve"], ErrorKind::MissingRequiredArgument),
        (
            &["kv", "--addr", "localhost:http", "get", "k"],
            ErrorKind::ValueValidation,
        ),
    ];
    for (args, kind) in cases {
        let error = parse(args).expect_err(&format!("{args:?} should not parse"));
        assert_eq!(error.kind(), kind, "{args:?}: {error}");
        assert_eq!(
            error.exit_code(),
            i32::from(EXIT_USAGE),
            "{args:?} exits with 2"
        );
    }
    let error = parse(&["kv", "get", "a b"]).unwrap_err();
    assert!(
        error.to_string().contains("a key cannot contain ' '"),
        "the usage error should carry KeyError's message: {error}"
    );
}

/// Starts the API of step 3 (course-kv's) over a new store on
/// 127.0.0.1:0. Dropping the returned sender stops it.
async fn start_api() -> (
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tempfile::TempDir,
) {
    let dir = tempfile::tempdir().unwrap();
    let store = course_kv::store::KvStore::open(dir.path().join("kv.log"))
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        axum::serve(listener, course_kv::api::router(store))
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    (addr, stop, dir)
}

/// Runs one command and returns its result and its output.
async fn kv(addr: SocketAddr, command: ClientCommand) -> (Result<(), CliError>, String) {
    let mut out = Vec::new();
    let result = run(addr, command, &mut out).await;
    (result, String::from_utf8(out).expect("the output is UTF-8"))
}

#[tokio::test]
async fn the_commands_talk_to_a_real_server_and_print_their_answers() {
    let (addr, _stop, _dir) = start_api().await;
    let put = |k: &str, v: &str| ClientCommand::Put {
        key: key(k),
        value: v.into(),
    };
    let (result, out) = kv(addr, put("greeting", "hello, world")).await;
    assert!(result.is_ok(), "put should succeed: {result:?}");
    assert_eq!(out, "", "put prints nothing");
    kv(addr, put("grass", "green")).await.0.unwrap();
    kv(addr, put("blue", "sky")).await.0.unwrap();

    let (result, out) = kv(
        addr,
        ClientCommand::Get {
            key: key("greeting"),
        },
    )
    .await;
    assert!(result.is_ok(), "get should succeed: {result:?}");
    assert_eq!(out, "hello, world\n", "get prints the value and a newline");

    let (result, out) = kv(
        addr,
        ClientCommand::List {
            prefix: "gr".into(),
        },
    )
    .await;
    assert!(result.is_ok(), "list should succeed: {result:?}");
    assert_eq!(out, "grass\ngreeting\n", "list prints one key per line");
    let (_, out) = kv(
        addr,
        ClientCommand::List {
            prefix: String::new(),
        },
    )
    .await;
    assert_eq!(out, "blue\ngrass\ngreeting\n");

    let (result, out) = kv(addr, ClientCommand::Delete { key: key("grass") }).await;
    assert!(
        result.is_ok() && out.is_empty(),
        "delete succeeds silently: {result:?} {out:?}"
    );
    let (_, out) = kv(
        addr,
        ClientCommand::List {
            prefix: "gr".into(),
        },
    )
    .await;
    assert_eq!(out, "greeting\n", "the deleted key is gone");
}

#[tokio::test]
async fn a_prefix_with_characters_that_need_escaping_reaches_the_server_intact() {
    let server = TestServer::start(|request| async move {
        let query = request.uri().query().unwrap_or("").to_owned();
        if query == "prefix=a+b%26c%3D" || query == "prefix=a%20b%26c%3D" {
            json(StatusCode::OK, r#"{"keys": ["escaped"]}"#)
        } else {
            json(
                StatusCode::BAD_REQUEST,
                format!(r#"{{"error": "query was {query:?}"}}"#),
            )
        }
    })
    .await;
    let (result, out) = kv(
        server.address(),
        ClientCommand::List {
            prefix: "a b&c=".into(),
        },
    )
    .await;
    assert!(
        result.is_ok(),
        "list --prefix 'a b&c=' should URL-encode the prefix: {result:?}"
    );
    assert_eq!(out, "escaped\n");
}

#[tokio::test]
async fn a_missing_key_is_not_found_with_exit_code_1() {
    let (addr, _stop, _dir) = start_api().await;
    for command in [
        ClientCommand::Get {
            key: key("nothing"),
        },
        ClientCommand::Delete {
            key: key("nothing"),
        },
    ] {
        let (result, out) = kv(addr, command.clone()).await;
        match result {
            Err(error @ CliError::NotFound(_)) => {
                assert_eq!(error.exit_code(), EXIT_NOT_FOUND, "{command:?}");
                assert_eq!(error.to_string(), "no value under the key `nothing`");
            }
            other => panic!("{command:?} of a missing key should be Err(NotFound), got {other:?}"),
        }
        assert_eq!(out, "", "{command:?} prints nothing on an error");
    }
}

#[tokio::test]
async fn an_error_status_is_a_server_error_with_the_apis_message() {
    let server = TestServer::start(|_| async {
        json(
            StatusCode::INTERNAL_SERVER_ERROR,
            r#"{"error": "internal error in the store"}"#,
        )
    })
    .await;
    for command in [
        ClientCommand::Put {
            key: key("k"),
            value: "v".into(),
        },
        ClientCommand::Get { key: key("k") },
        ClientCommand::Delete { key: key("k") },
        ClientCommand::List {
            prefix: String::new(),
        },
    ] {
        let (result, out) = kv(server.address(), command.clone()).await;
        match result {
            Err(error @ CliError::Server { .. }) => {
                let CliError::Server { status, message } = &error else {
                    unreachable!()
                };
                assert_eq!(*status, StatusCode::INTERNAL_SERVER_ERROR);
                assert_eq!(
                    message, "internal error in the store",
                    "the message is the JSON body's `error`"
                );
                assert_eq!(
                    error.exit_code(),
                    EXIT_SERVER,
                    "{command:?}: a server error exits with 3"
                );
            }
            other => panic!(
                "{command:?} against a server answering 500 should be Err(Server), got {other:?}"
            ),
        }
        assert_eq!(out, "", "{command:?} prints nothing on an error");
    }
}

#[tokio::test]
async fn an_error_that_is_not_the_apis_json_keeps_its_body_as_the_message() {
    let server =
        TestServer::start(|_| async { text(StatusCode::BAD_GATEWAY, "upstream is down") }).await;
    let (result, _) = kv(server.address(), ClientCommand::Get { key: key("k") }).await;
    match result {
        Err(CliError::Server { status, message }) => {
            assert_eq!(
                (status, message.as_str()),
                (StatusCode::BAD_GATEWAY, "upstream is down")
            );
        }
        other => panic!("a 502 with a text body should be Err(Server), got {other:?}"),
    }
}

#[tokio::test]
async fn a_success_that_is_not_the_apis_json_is_a_bad_answer() {
    let server =
        TestServer::start(|_| async { text(StatusCode::OK, "<html>a proxy's login page</html>") })
            .await;
    let (result, out) = kv(server.address(), ClientCommand::Get { key: key("k") }).await;
    match result {
        Err(error @ CliError::BadAnswer(_)) => assert_eq!(error.exit_code(), EXIT_SERVER),
        other => panic!("a 200 with an HTML body should be Err(BadAnswer), got {other:?}"),
    }
    assert_eq!(
        out, "",
        "nothing is printed from an answer that is not the API's"
    );
}

#[tokio::test]
async fn no_server_is_unreachable_with_exit_code_4() {
    let closed = ClosedPort::new();
    let (result, _) = kv(closed.address(), ClientCommand::Get { key: key("k") }).await;
    match result {
        Err(error @ CliError::Unreachable { .. }) => {
            let CliError::Unreachable { addr, .. } = &error else {
                unreachable!()
            };
            assert_eq!(*addr, closed.address(), "the error names the address tried");
            assert_eq!(error.exit_code(), EXIT_UNREACHABLE);
            assert!(
                std::error::Error::source(&error).is_some(),
                "the reqwest error is the source"
            );
        }
        other => {
            panic!("a command against a closed port should be Err(Unreachable), got {other:?}")
        }
    }
}

#[test]
fn every_error_has_its_own_exit_code() {
    let output = CliError::Output(io::Error::other("stdout closed"));
    assert_eq!(output.exit_code(), EXIT_LOCAL);
    assert_eq!(CliError::NotFound(key("k")).exit_code(), EXIT_NOT_FOUND);
    let server = CliError::Server {
        status: StatusCode::BAD_REQUEST,
        message: "bad".into(),
    };
    assert_eq!(
        server.exit_code(),
        EXIT_SERVER,
        "a 400 from the server is a server error too, not a success"
    );
}

#[tokio::test]
async fn an_output_that_cannot_be_written_is_an_output_error() {
    struct Broken;
    impl Write for Broken {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the reader went away",
            ))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let (addr, _stop, _dir) = start_api().await;
    kv(
        addr,
        ClientCommand::Put {
            key: key("k"),
            value: "v".into(),
        },
    )
    .await
    .0
    .unwrap();
    let result = run(addr, ClientCommand::Get { key: key("k") }, &mut Broken).await;
    match result {
        Err(error @ CliError::Output(_)) => assert_eq!(error.exit_code(), EXIT_LOCAL),
        other => panic!("writing to a broken pipe should be Err(Output), got {other:?}"),
    }
}
