use super::*;
use std::error::Error as _;

fn config(name: &str, port: u16, workers: u32) -> Config {
    Config {
        name: name.to_string(),
        port,
        workers,
    }
}

fn parse_err(text: &str) -> ConfigError {
    match parse_config(text) {
        Ok(config) => panic!("parse_config({text:?}) should fail, but returned {config:?}"),
        Err(err) => err,
    }
}

/// The `ParseIntError` that `value.parse::<T>()` gives, to compare sources.
fn int_error<T: std::str::FromStr<Err = ParseIntError> + std::fmt::Debug>(
    value: &str,
) -> ParseIntError {
    value.parse::<T>().unwrap_err()
}

#[test]
fn parses_a_complete_file() {
    let text = "name = web\nport = 8080\nworkers = 4\n";
    let expected = config("web", 8080, 4);
    assert_eq!(
        parse_config(text),
        Ok(expected.clone()),
        "parse_config({text:?}) should be Ok({expected:?})"
    );
}

#[test]
fn skips_comments_and_blank_lines_and_trims() {
    let text = "# server\n\n   \n  name   =  my app  \n\t# port below\nport=80\n";
    let expected = config("my app", 80, 1);
    assert_eq!(
        parse_config(text),
        Ok(expected.clone()),
        "parse_config({text:?}) should be Ok({expected:?}): comments and blank lines are skipped, keys and values trimmed, workers defaults to 1"
    );
}

#[test]
fn name_may_be_empty_and_keys_may_come_in_any_order() {
    let text = "workers = 2\nport = 1\nname =";
    let expected = config("", 1, 2);
    assert_eq!(
        parse_config(text),
        Ok(expected.clone()),
        "parse_config({text:?}) should be Ok({expected:?})"
    );
}

#[test]
fn a_line_without_equals_is_missing_equals() {
    let text = "name = web\n\nport 8080\n";
    let err = parse_err(text);
    assert_eq!(
        err,
        ConfigError::MissingEquals { line: 3 },
        "parse_config({text:?}) should fail on line 3 (blank lines count)"
    );
    assert_eq!(
        err.to_string(),
        "line 3: expected \"key = value\"",
        "the message of {err:?} should be exactly this"
    );
}

#[test]
fn an_unknown_key_is_reported_with_its_line() {
    let text = "name = web\nport = 80\ncolour = blue\n";
    let err = parse_err(text);
    assert_eq!(
        err,
        ConfigError::UnknownKey {
            line: 3,
            key: "colour".to_string()
        },
        "parse_config({text:?}) should fail with UnknownKey at line 3"
    );
    assert_eq!(
        err.to_string(),
        "line 3: unknown key `colour`",
        "the message of {err:?} should be exactly this"
    );
}

#[test]
fn a_duplicate_key_is_reported_at_its_second_line() {
    let text = "port = 80\nname = web\nport = oops\n";
    let err = parse_err(text);
    assert_eq!(
        err,
        ConfigError::DuplicateKey {
            line: 3,
            key: "port".to_string()
        },
        "parse_config({text:?}): the second `port` is a duplicate, whatever its value"
    );
    assert_eq!(
        err.to_string(),
        "line 3: duplicate key `port`",
        "the message of {err:?} should be exactly this"
    );
}

#[test]
fn a_bad_number_keeps_the_parse_error_as_its_source() {
    let text = "name = web\nport = 80\nworkers = four\n";
    let err = parse_err(text);
    assert_eq!(
        err,
        ConfigError::InvalidNumber {
            line: 3,
            source: int_error::<u32>("four")
        },
        "parse_config({text:?}) should fail with InvalidNumber at line 3"
    );
    assert_eq!(
        err.to_string(),
        "line 3: invalid number",
        "the message of {err:?} (the cause belongs in source(), not in the message)"
    );
    let source = err.source().map(|s| s.to_string());
    assert_eq!(
        source.as_deref(),
        Some("invalid digit found in string"),
        "{err:?}.source() should be the ParseIntError"
    );
}

#[test]
fn a_port_too_large_for_u16_is_an_invalid_number() {
    let text = "name = web\nport = 70000\n";
    let err = parse_err(text);
    assert_eq!(
        err,
        ConfigError::InvalidNumber {
            line: 2,
            source: int_error::<u16>("70000")
        },
        "parse_config({text:?}): a port must fit in a u16"
    );
    let source = err.source().map(|s| s.to_string());
    assert_eq!(
        source.as_deref(),
        Some("number too large to fit in target type"),
        "{err:?}.source() should be the ParseIntError"
    );
}

#[test]
fn the_first_error_in_line_order_wins() {
    let text = "name = web\ncolour = blue\nport = x\n";
    let expected = ConfigError::UnknownKey {
        line: 2,
        key: "colour".to_string(),
    };
    assert_eq!(
        parse_config(text),
        Err(expected.clone()),
        "parse_config({text:?}) should be Err({expected:?})"
    );
}

#[test]
fn missing_keys_are_reported_after_all_lines() {
    let text = "name = web\n";
    let err = parse_err(text);
    assert_eq!(
        err,
        ConfigError::MissingKey("port"),
        "parse_config({text:?}) should fail with MissingKey(\"port\")"
    );
    assert_eq!(
        err.to_string(),
        "missing key `port`",
        "the message of {err:?} should be exactly this"
    );
    assert!(err.source().is_none(), "{err:?} has no source");

    for text in ["", "# nothing here\n", "port = 80\n"] {
        assert_eq!(
            parse_config(text),
            Err(ConfigError::MissingKey("name")),
            "parse_config({text:?}) should report the missing `name` first"
        );
    }
    assert_eq!(
        ConfigError::MissingKey("name").to_string(),
        "missing key `name`",
        "the message of MissingKey(\"name\")"
    );
}
