use super::*;
use clap::error::ErrorKind;

fn parse(args: &[&str]) -> Args {
    Args::try_parse_from(args).unwrap_or_else(|error| panic!("parsing {args:?} failed:\n{error}"))
}

fn parse_error(args: &[&str]) -> clap::Error {
    match Args::try_parse_from(args) {
        Ok(parsed) => panic!("{args:?} should be refused, got {parsed:?}"),
        Err(error) => error,
    }
}

#[test]
fn a_name_alone_uses_the_defaults() {
    let args = parse(&["greet", "ada"]);
    assert_eq!(
        (args.name.as_str(), args.count, args.shout),
        ("ada", 1, false),
        "`greet ada`: (name, count, shout)"
    );
    assert_eq!(
        greeting(&args),
        "Hello, ada!",
        "the greeting for `greet ada`"
    );
}

#[test]
fn short_and_long_options_in_any_order() {
    for line in [
        &["greet", "-c", "3", "-s", "bob"][..],
        &["greet", "bob", "--count", "3", "--shout"],
        &["greet", "--shout", "--count=3", "bob"],
    ] {
        let args = parse(line);
        assert_eq!(
            (args.name.as_str(), args.count, args.shout),
            ("bob", 3, true),
            "{line:?}: (name, count, shout)"
        );
    }
    let args = parse(&["greet", "-s", "-c", "2", "bob"]);
    assert_eq!(
        greeting(&args),
        "HELLO, BOB!\nHELLO, BOB!",
        "the greeting, twice and shouted"
    );
}

#[test]
fn a_count_out_of_range_is_a_validation_error() {
    for count in ["0", "11"] {
        let error = parse_error(&["greet", "ada", "--count", count]);
        assert_eq!(
            error.kind(),
            ErrorKind::ValueValidation,
            "--count {count}: {error}"
        );
        assert!(
            error.to_string().contains("1..=10"),
            "--count {count}: the message should name the range 1..=10, got:\n{error}"
        );
    }
    let error = parse_error(&["greet", "ada", "--count", "three"]);
    assert_eq!(
        error.kind(),
        ErrorKind::ValueValidation,
        "--count three: {error}"
    );
}

#[test]
fn a_missing_name_and_an_unknown_flag_are_errors() {
    let error = parse_error(&["greet", "--shout"]);
    assert_eq!(
        error.kind(),
        ErrorKind::MissingRequiredArgument,
        "no name: {error}"
    );
    assert!(
        error.to_string().contains("<NAME>"),
        "the message should name <NAME>, got:\n{error}"
    );

    let error = parse_error(&["greet", "ada", "--colour", "red"]);
    assert_eq!(
        error.kind(),
        ErrorKind::UnknownArgument,
        "--colour: {error}"
    );
}

#[test]
fn the_help_shows_the_doc_comments() {
    let error = parse_error(&["greet", "--help"]);
    assert_eq!(
        error.kind(),
        ErrorKind::DisplayHelp,
        "--help is reported as DisplayHelp"
    );
    let help = error.to_string();
    for expected in [
        "-c, --count <COUNT>",
        "-s, --shout",
        "How many times to greet",
        "[default: 1]",
    ] {
        assert!(
            help.contains(expected),
            "the help should contain {expected:?}, got:\n{help}"
        );
    }
}
