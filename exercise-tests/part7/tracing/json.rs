use super::*;
use serde_json::Value;
use std::io;
use std::sync::{Arc, Mutex, PoisonError};

/// Collects what the subscriber writes, for the test to read.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl io::Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    /// Every line written so far, each parsed as JSON.
    fn lines(&self) -> Vec<Value> {
        let bytes = self
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let text = String::from_utf8(bytes).expect("the logs are UTF-8");
        text.lines()
            .map(|line| {
                serde_json::from_str(line)
                    .unwrap_or_else(|error| panic!("a log line is not JSON ({error}): {line}"))
            })
            .collect()
    }
}

/// Logs a few events, from two targets and at several levels, under the
/// subscriber built from `spec`, and returns the JSON lines it wrote.
fn log_with(spec: &str) -> Vec<Value> {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    let subscriber = json_subscriber(spec, move || writer.clone())
        .unwrap_or_else(|error| panic!("json_subscriber({spec:?}) failed: {error}"));
    tracing::subscriber::with_default(subscriber, || {
        let _span = tracing::info_span!("request", id = 7).entered();
        tracing::debug!(target: "shop::db", rows = 3, "query done");
        tracing::info!(target: "shop::http", status = 200, "answered");
        tracing::warn!(target: "shop::http", retries = 2, "slow client");
        tracing::error!(target: "payments", "card declined");
    });
    buffer.lines()
}

fn messages(lines: &[Value]) -> Vec<&str> {
    lines
        .iter()
        .map(|line| line["message"].as_str().unwrap_or("(no message)"))
        .collect()
}

#[test]
fn the_filter_keeps_what_it_names() {
    assert_eq!(
        messages(&log_with("warn,shop::db=debug")),
        ["query done", "slow client", "card declined"],
        "with `warn,shop::db=debug`: shop::db from debug, everything else from warn"
    );
    assert_eq!(
        messages(&log_with("error")),
        ["card declined"],
        "with `error`"
    );
    assert_eq!(
        messages(&log_with("shop=info")),
        ["answered", "slow client"],
        "with `shop=info`: only shop and its modules, from info"
    );
}

#[test]
fn each_line_is_a_flat_json_object() {
    let lines = log_with("debug");
    assert_eq!(lines.len(), 4, "with `debug`, all four events: {lines:#?}");
    let query = &lines[0];
    for (key, expected) in [
        ("level", Value::from("DEBUG")),
        ("target", Value::from("shop::db")),
        ("message", Value::from("query done")),
        ("rows", Value::from(3)),
    ] {
        assert_eq!(
            query[key], expected,
            "the key {key:?} of the first line, {query}"
        );
    }
    for key in ["timestamp", "span", "spans", "fields"] {
        assert!(
            query.get(key).is_none(),
            "the line should have no {key:?} key: {query}"
        );
    }
}

#[test]
fn a_malformed_filter_is_an_error_that_shows_a_good_one() {
    for spec in ["shop=loud", "info,db=verbose"] {
        let error = match json_subscriber(spec, io::sink) {
            Ok(_) => panic!("{spec:?} is not a valid filter, yet json_subscriber accepted it"),
            Err(error) => error,
        };
        let FilterError::Invalid { spec: named, .. } = &error;
        assert_eq!(named, spec, "the error holds the filter as given");
        let message = error.to_string();
        assert!(
            message.starts_with(&format!("invalid log filter {spec:?}: ")),
            "the message should start by naming the filter, got: {message}"
        );
        assert!(
            message.ends_with("; use directives such as \"info\" or \"shop=debug,shop::db=warn\""),
            "the message should end with an example of a good filter, got: {message}"
        );
    }
}
