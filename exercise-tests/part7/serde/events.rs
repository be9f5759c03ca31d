use super::*;
use proptest::prelude::*;
use serde_json::json;

fn purchase(user: &str, amount: Amount, extra: &[(&str, serde_json::Value)]) -> Event {
    Event::Purchase {
        user: user.to_string(),
        amount,
        extra: extra
            .iter()
            .map(|(key, value)| (key.to_string(), value.clone()))
            .collect(),
    }
}

fn parse_one(line: &str) -> Event {
    serde_json::from_str(line).unwrap_or_else(|error| panic!("{line} should parse: {error}"))
}

#[test]
fn events_are_tagged_by_type_in_snake_case() {
    let login = Event::Login {
        user: "ada".to_string(),
    };
    let json = serde_json::to_value(&login).expect("an Event always serializes");
    assert_eq!(
        json,
        json!({"type": "login", "user": "ada"}),
        "the JSON of Event::Login"
    );
    assert_eq!(
        parse_one(r#"{"user":"ada","type":"logout"}"#),
        Event::Logout {
            user: "ada".to_string()
        },
        "the tag may come after the fields"
    );
}

#[test]
fn amounts_are_numbers_or_strings_without_a_tag() {
    assert_eq!(
        parse_one(r#"{"type":"purchase","user":"ada","amount":1250}"#),
        purchase("ada", Amount::Cents(1250), &[]),
        "an amount written as a number"
    );
    assert_eq!(
        parse_one(r#"{"type":"purchase","user":"bob","amount":"12.50"}"#),
        purchase("bob", Amount::Text("12.50".to_string()), &[]),
        "an amount written as a string"
    );
    let json = serde_json::to_value(purchase("ada", Amount::Cents(99), &[])).unwrap();
    assert_eq!(
        json,
        json!({"type": "purchase", "user": "ada", "amount": 99}),
        "Amount::Cents(99) is written as the number 99"
    );
}

#[test]
fn other_keys_of_a_purchase_are_kept_in_extra_and_written_back_flat() {
    let line = r#"{"type":"purchase","user":"ada","amount":1250,"coupon":"SPRING","items":3}"#;
    let expected = purchase(
        "ada",
        Amount::Cents(1250),
        &[("coupon", json!("SPRING")), ("items", json!(3))],
    );
    assert_eq!(parse_one(line), expected, "parsing {line}");
    let json = serde_json::to_value(&expected).unwrap();
    assert_eq!(
        json,
        json!({"type": "purchase", "user": "ada", "amount": 1250, "coupon": "SPRING", "items": 3}),
        "the extra keys are written at the top level, not under \"extra\""
    );
}

#[test]
fn parse_events_skips_blank_lines() {
    let log =
        "{\"type\":\"login\",\"user\":\"ada\"}\n\n  \n{\"type\":\"logout\",\"user\":\"ada\"}\n";
    let expected = vec![
        Event::Login {
            user: "ada".to_string(),
        },
        Event::Logout {
            user: "ada".to_string(),
        },
    ];
    assert_eq!(parse_events(log), Ok(expected), "parsing {log:?}");
}

#[test]
fn an_unknown_type_is_reported_with_its_line_number() {
    let log = "{\"type\":\"login\",\"user\":\"ada\"}\n\n{\"type\":\"refund\",\"user\":\"ada\"}\n";
    match parse_events(log) {
        Ok(events) => panic!("line 3 has an unknown type, but the log parsed as {events:?}"),
        Err(error) => {
            assert_eq!(
                error.line, 3,
                "the bad line is line 3 (blank lines count), got {error:?}"
            );
            let text = error.to_string();
            assert!(
                text.starts_with("line 3: unknown variant `refund`"),
                "the message should start with \"line 3: unknown variant `refund`\", got {text:?}"
            );
        }
    }
}

#[test]
fn broken_json_and_missing_fields_are_errors_not_panics() {
    for (log, line, says) in [
        (
            "{\"type\":\"login\",\"user\":\"ada\"",
            1,
            "EOF while parsing",
        ),
        ("{\"type\":\"login\"}", 1, "missing field `user`"),
        (
            "{\"type\":\"login\",\"user\":\"a\"}\n{\"user\":\"b\"}",
            2,
            "missing field `type`",
        ),
        (
            "{\"type\":\"purchase\",\"user\":\"ada\",\"amount\":true}",
            1,
            "did not match any variant",
        ),
    ] {
        match parse_events(log) {
            Ok(events) => panic!("{log:?} should be rejected, but parsed as {events:?}"),
            Err(error) => {
                assert_eq!(error.line, line, "the bad line of {log:?}");
                assert!(
                    error.message.contains(says),
                    "the message for {log:?} should contain {says:?}, got {:?}",
                    error.message
                );
            }
        }
    }
}

fn any_event() -> impl Strategy<Value = Event> {
    let user = "[a-z]{1,10}";
    let amount = prop_oneof![
        any::<u64>().prop_map(Amount::Cents),
        "[0-9]{1,4}\\.[0-9]{2}".prop_map(Amount::Text),
    ];
    // Extra keys never collide with the ones the event has itself.
    let extra = proptest::collection::btree_map(
        "x_[a-z]{1,6}",
        prop_oneof![
            "[ -~]{0,10}".prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<bool>().prop_map(serde_json::Value::from),
        ],
        0..3,
    );
    prop_oneof![
        user.prop_map(|user| Event::Login { user }),
        user.prop_map(|user| Event::Logout { user }),
        (user, amount, extra).prop_map(|(user, amount, extra)| Event::Purchase {
            user,
            amount,
            extra
        }),
    ]
}

proptest! {
    // Failing cases are not saved: the file would land next to the stub.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn every_log_survives_a_round_trip(events in proptest::collection::vec(any_event(), 0..5)) {
        let log: String = events
            .iter()
            .map(|event| serde_json::to_string(event).expect("an Event always serializes") + "\n")
            .collect();
        prop_assert_eq!(parse_events(&log), Ok(events), "parsing the log\n{}", log);
    }
}
