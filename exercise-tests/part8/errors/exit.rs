use super::*;
use std::io;
use std::path::{Path, PathBuf};

/// A temporary folder with a config file (and an input file, if given).
struct Setup {
    dir: tempfile::TempDir,
}

impl Setup {
    fn new() -> Self {
        Setup {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.path(name);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }

    /// A config whose input is `input`, as a JSON string.
    fn config_for(&self, input: &Path) -> String {
        let json = serde_json::json!({ "input": input.display().to_string() });
        self.write("config.json", &json.to_string())
    }
}

fn failure(args: &[&str]) -> anyhow::Error {
    match run(args) {
        Ok(lines) => panic!("run({args:?}) should fail, got Ok({lines})"),
        Err(error) => error,
    }
}

#[test]
fn counts_the_lines_of_the_input() {
    let setup = Setup::new();
    setup.write("data.txt", "one\ntwo\nthree\n");
    let config = setup.config_for(&setup.path("data.txt"));
    assert_eq!(run(&["--config", &config]).unwrap(), 3);
}

#[test]
fn a_wrong_command_line_is_a_usage_error() {
    for args in [
        &[][..],
        &["--config"],
        &["--conf", "x.json"],
        &["x.json"],
        &["--config", "x.json", "extra"],
    ] {
        let error = failure(args);
        assert!(
            error.downcast_ref::<UsageError>().is_some(),
            "run({args:?}) should fail with UsageError, got {error:#}"
        );
        assert_eq!(exit_code(&error), 64, "exit code for run({args:?})");
    }
}

#[test]
fn a_missing_config_is_no_input_with_context() {
    let setup = Setup::new();
    let path = setup.path("missing.json").display().to_string();
    let error = failure(&["--config", &path]);
    assert_eq!(exit_code(&error), 66, "exit code for a missing config");
    let line = log_line(&error);
    let expected_start = format!("reading config {path}: ");
    assert!(
        line.starts_with(&expected_start),
        "the log line should start with {expected_start:?}, got {line:?}"
    );
    let cause = error
        .root_cause()
        .downcast_ref::<io::Error>()
        .expect("the root cause should be the io::Error itself");
    assert_eq!(cause.kind(), io::ErrorKind::NotFound);
    assert!(
        line.ends_with(&cause.to_string()),
        "the log line should end with the cause {cause}, got {line:?}"
    );
}

#[test]
fn a_malformed_config_is_a_config_error_with_serde_s_message() {
    let setup = Setup::new();
    for text in [
        "",
        "not json",
        r#"{"input": 5}"#,
        r#"{"inptu": "data.txt"}"#,
        r#"{"input": "data.txt", "mode": "fast"}"#,
        r#"{"input": "data.txt""#,
        "[]",
    ] {
        let path = setup.write("config.json", text);
        let error = failure(&["--config", &path]);
        assert_eq!(exit_code(&error), 78, "exit code for the config {text:?}");
        let cause = error
            .root_cause()
            .downcast_ref::<serde_json::Error>()
            .unwrap_or_else(|| {
                panic!(
                    "for the config {text:?} the cause should be serde_json's error, got {error:#}"
                )
            });
        assert_eq!(
            log_line(&error),
            format!("parsing config {path}: {cause}"),
            "the log line for the config {text:?}"
        );
    }
}

#[test]
fn a_missing_input_is_no_input_with_its_path() {
    let setup = Setup::new();
    let input = setup.path("gone.txt");
    let config = setup.config_for(&input);
    let error = failure(&["--config", &config]);
    assert_eq!(exit_code(&error), 66, "exit code for a missing input");
    let expected_start = format!("reading input {}: ", input.display());
    let line = log_line(&error);
    assert!(
        line.starts_with(&expected_start),
        "the log line should start with {expected_start:?}, got {line:?}"
    );
}

#[test]
fn an_input_that_cannot_be_read_is_an_io_error() {
    let setup = Setup::new();
    // A folder exists, but cannot be read as text.
    let config = setup.config_for(setup.dir.path());
    let error = failure(&["--config", &config]);
    assert_eq!(
        exit_code(&error),
        74,
        "exit code for an input that is a folder"
    );
    assert!(log_line(&error).starts_with("reading input "));
}

#[test]
fn the_exit_code_looks_through_every_layer_of_context() {
    let deep = anyhow::Error::from(io::Error::new(io::ErrorKind::NotFound, "gone"))
        .context("opening the cache")
        .context("starting up");
    assert_eq!(exit_code(&deep), 66);
    let deep = anyhow::Error::from(io::Error::other("disk on fire"))
        .context("writing the report")
        .context("finishing");
    assert_eq!(exit_code(&deep), 74);
}

#[test]
fn anything_else_is_an_internal_error() {
    assert_eq!(exit_code(&anyhow::anyhow!("invariant broken")), 70);
    let wrapped = anyhow::Error::from(std::fmt::Error).context("formatting the summary");
    assert_eq!(exit_code(&wrapped), 70);
}

#[test]
fn the_log_line_holds_the_whole_chain_in_order() {
    let error = anyhow::anyhow!("connection reset")
        .context("fetching page 3")
        .context("syncing the catalogue");
    assert_eq!(
        log_line(&error),
        "syncing the catalogue: fetching page 3: connection reset"
    );
    assert!(!log_line(&error).contains('\n'), "one line only");
}
