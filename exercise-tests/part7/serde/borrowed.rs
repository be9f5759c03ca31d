use super::*;

/// Whether `part` is a slice of `whole` (points into its bytes).
fn points_into(part: &str, whole: &str) -> bool {
    let range = whole.as_bytes().as_ptr_range();
    let start = part.as_ptr();
    range.start <= start && start.wrapping_add(part.len()) <= range.end
}

fn parse(line: &str) -> Record<'_> {
    parse_record(line).unwrap_or_else(|error| panic!("{line} should parse: {error}"))
}

#[test]
fn strings_are_borrowed_from_the_input() {
    let line = r#"{"level":"warn","target":"db","message":"slow query"}"#;
    let record = parse(line);
    assert_eq!(record.level, "warn", "the level of {line}");
    assert_eq!(record.target, "db", "the target of {line}");
    assert_eq!(record.message, "slow query", "the message of {line}");
    assert!(
        points_into(record.level, line) && points_into(record.target, line),
        "level and target should be slices of the input line"
    );
    match &record.message {
        Cow::Borrowed(message) => assert!(
            points_into(message, line),
            "the borrowed message should be a slice of the input line"
        ),
        Cow::Owned(message) => panic!(
            "the message {message:?} has no escapes, so it should be Cow::Borrowed, not Cow::Owned: \
             serde needs to be told to borrow into a Cow"
        ),
    }
}

#[test]
fn a_message_with_escapes_is_owned_and_unescaped() {
    let line = r#"{"level":"info","target":"web","message":"said \"hi\"\nand left"}"#;
    let record = parse(line);
    assert_eq!(
        record.message, "said \"hi\"\nand left",
        "the message of {line}, unescaped"
    );
    assert!(
        matches!(record.message, Cow::Owned(_)),
        "a message with escapes cannot point into the input, so it is Cow::Owned"
    );
}

#[test]
fn an_escaped_level_is_an_error_not_a_panic() {
    let line = r#"{"level":"wa\u0072n","target":"db","message":"m"}"#;
    match parse_record(line) {
        Ok(record) => panic!("{line} cannot be borrowed as &str, yet it parsed as {record:?}"),
        Err(error) => {
            let message = error.to_string();
            assert!(
                message.contains("expected a borrowed string"),
                "serde's error should say it expected a borrowed string, got: {message}"
            );
        }
    }
}

#[test]
fn levels_are_counted_with_borrowed_keys() {
    let input = concat!(
        r#"{"level":"info","target":"web","message":"GET /"}"#,
        "\n",
        r#"{"level":"warn","target":"db","message":"slow"}"#,
        "\n\n",
        r#"{"level":"info","target":"web","message":"GET /about"}"#,
        "\n",
    );
    let counts = match count_by_level(input) {
        Ok(counts) => counts,
        Err(error) => panic!("the input should parse: {error}"),
    };
    let expected: BTreeMap<&str, usize> = [("info", 2), ("warn", 1)].into_iter().collect();
    assert_eq!(counts, expected, "the counts of the levels");
    for key in counts.keys() {
        assert!(
            points_into(key, input),
            "the key {key:?} should be a slice of the input"
        );
    }
}

#[test]
fn a_bad_line_is_an_error_not_a_panic() {
    let input =
        "{\"level\":\"info\",\"target\":\"web\",\"message\":\"ok\"}\n{\"level\":\"info\"}\n";
    match count_by_level(input) {
        Ok(counts) => panic!("line 2 has no target, yet the input was counted: {counts:?}"),
        Err(error) => assert!(
            error.to_string().contains("missing field `target`"),
            "the error should name the missing field, got: {error}"
        ),
    }
}
