use super::*;
use clap::error::ErrorKind;

fn command(args: &[&str]) -> Command {
    // `--file` is given, so the environment does not matter to these tests.
    let mut line = args.to_vec();
    line.extend(["--file", "t.json"]);
    match parse(&line) {
        Ok(invocation) => invocation.command,
        Err(error) => panic!("parsing {line:?} failed:\n{error}"),
    }
}

fn error(args: &[&str]) -> clap::Error {
    match parse(args) {
        Ok(invocation) => panic!("{args:?} should be refused, got {invocation:?}"),
        Err(error) => error,
    }
}

#[test]
fn add_with_and_without_a_priority() {
    assert_eq!(
        command(&["todo", "add", "write the chapter"]),
        Command::Add {
            title: "write the chapter".into(),
            priority: 3
        },
        "`add TITLE` takes priority 3"
    );
    for flag in ["-p", "--priority"] {
        assert_eq!(
            command(&["todo", "add", flag, "5", "ship it"]),
            Command::Add {
                title: "ship it".into(),
                priority: 5
            },
            "`add {flag} 5 TITLE`"
        );
    }
}

#[test]
fn done_and_list() {
    assert_eq!(
        command(&["todo", "done", "3", "4"]),
        Command::Done { ids: vec![3, 4] },
        "`done 3 4`"
    );
    assert_eq!(
        command(&["todo", "list"]),
        Command::List {
            all: false,
            limit: None
        },
        "`list`"
    );
    assert_eq!(
        command(&["todo", "list", "--limit", "10", "--all"]),
        Command::List {
            all: true,
            limit: Some(10)
        },
        "`list --limit 10 --all`"
    );
}

#[test]
fn the_file_comes_from_the_flag_then_the_environment_then_the_default() {
    // The only test that reads TODO_FILE: the others pass --file, which
    // wins over the environment, so they do not race with this one.
    let file = |args: &[&str]| match parse(args) {
        Ok(invocation) => invocation.file,
        Err(error) => panic!("parsing {args:?} failed:\n{error}"),
    };
    std::env::remove_var("TODO_FILE");
    assert_eq!(
        file(&["todo", "list"]),
        PathBuf::from("todo.json"),
        "no flag, no TODO_FILE"
    );
    std::env::set_var("TODO_FILE", "from-env.json");
    let from_env = file(&["todo", "list"]);
    let flag_before = file(&["todo", "--file", "a.json", "list"]);
    let flag_after = file(&["todo", "list", "--file", "b.json"]);
    std::env::remove_var("TODO_FILE");
    assert_eq!(
        from_env,
        PathBuf::from("from-env.json"),
        "TODO_FILE=from-env.json, no flag"
    );
    assert_eq!(
        flag_before,
        PathBuf::from("a.json"),
        "--file before the subcommand wins over TODO_FILE"
    );
    assert_eq!(
        flag_after,
        PathBuf::from("b.json"),
        "--file after the subcommand (global) wins too"
    );
}

#[test]
fn bad_values_are_validation_errors() {
    for (args, what) in [
        (&["todo", "add", "x", "--priority", "9"][..], "--priority 9"),
        (&["todo", "add", "x", "-p", "0"], "-p 0"),
        (&["todo", "done", "3", "four"], "done four"),
        (&["todo", "list", "--limit", "0"], "--limit 0"),
        (&["todo", "done", "-1"], "done -1"),
    ] {
        let error = error(args);
        assert!(
            matches!(
                error.kind(),
                ErrorKind::ValueValidation | ErrorKind::UnknownArgument
            ),
            "{what}: expected a ValueValidation error, got {:?}:\n{error}",
            error.kind()
        );
    }
    let message = error(&["todo", "add", "x", "--priority", "9"]).to_string();
    assert!(
        message.contains("1..=5"),
        "--priority 9: the message should name 1..=5, got:\n{message}"
    );
}

#[test]
fn missing_and_unknown_things_are_errors() {
    let kind = |args: &[&str]| error(args).kind();
    assert_eq!(
        kind(&["todo", "add"]),
        ErrorKind::MissingRequiredArgument,
        "`add` without a title"
    );
    assert_eq!(
        kind(&["todo", "done"]),
        ErrorKind::MissingRequiredArgument,
        "`done` without an id"
    );
    assert_eq!(
        kind(&["todo", "frobnicate"]),
        ErrorKind::InvalidSubcommand,
        "an unknown subcommand"
    );
    assert_eq!(
        kind(&["todo", "list", "--colour"]),
        ErrorKind::UnknownArgument,
        "an unknown flag"
    );
    assert!(
        matches!(
            kind(&["todo"]),
            ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        ),
        "no subcommand at all should be an error saying one is missing"
    );
}
