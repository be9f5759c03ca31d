use super::*;
use course_testkit::capture::{self, CapturedEvent};
use tracing::Level;

/// Runs `checkout` under a capturing subscriber (for this thread only) and
/// returns its result and the one event it logged.
fn logged(user: &str, cents: u64, limit: u64) -> (bool, CapturedEvent) {
    let (subscriber, captured) = capture::subscriber();
    let charged = tracing::subscriber::with_default(subscriber, || checkout(user, cents, limit));
    let mut events = captured.events();
    assert_eq!(
        events.len(),
        1,
        "checkout({user:?}, {cents}, {limit}) should log one event, got {events:#?}"
    );
    (charged, events.remove(0))
}

fn fields(event: &CapturedEvent) -> Vec<(&str, &str)> {
    event
        .fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

#[test]
fn a_charge_is_an_info_event_with_fields() {
    let (charged, event) = logged("ada", 1250, 5000);
    assert!(charged, "1250 cents is within the limit of 5000");
    assert_eq!(event.level, Level::INFO, "the level of a charge");
    assert_eq!(
        fields(&event),
        [("cents", "1250"), ("message", "charged"), ("user", "ada")],
        "the fields of a charge (the message is a field too), in name order"
    );
    assert_eq!(
        event.target,
        module_path!().trim_end_matches("::tests"),
        "the target is the module's path"
    );
}

#[test]
fn a_refusal_is_a_warning_with_the_limit() {
    let (charged, event) = logged("bob", 9000, 5000);
    assert!(!charged, "9000 cents is over the limit of 5000");
    assert_eq!(
        event.level,
        Level::WARN,
        "a refused charge is a warning, not an error: nothing failed"
    );
    assert_eq!(
        fields(&event),
        [
            ("cents", "9000"),
            ("limit", "5000"),
            ("message", "charge refused"),
            ("user", "bob")
        ],
        "the fields of a refusal, in name order"
    );
}

#[test]
fn nothing_to_charge_is_a_debug_event() {
    let (charged, event) = logged("eve", 0, 5000);
    assert!(charged, "charging nothing succeeds");
    assert_eq!(event.level, Level::DEBUG, "the level of a zero charge");
    assert_eq!(
        fields(&event),
        [("message", "nothing to charge"), ("user", "eve")],
        "the fields of a zero charge"
    );
}
