use super::*;
use course_testkit::capture::{self, CapturedEvent};
use tracing::Level;

const TOKEN: &str = "s3cret-t0ken";

/// Runs `body` on a single-threaded runtime with a capturing subscriber as
/// this thread's default (so spawned tasks, which run on the same thread,
/// report to it too), and returns the events.
fn capture<F: std::future::Future>(body: F) -> (F::Output, Vec<CapturedEvent>) {
    let (subscriber, captured) = capture::subscriber();
    let _default = tracing::subscriber::set_default(subscriber);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded tokio runtime");
    let output = runtime.block_on(body);
    (output, captured.events())
}

/// The `handle` spans an event happened in.
fn handle_spans(event: &CapturedEvent) -> Vec<&course_testkit::capture::CapturedSpan> {
    event
        .spans
        .iter()
        .filter(|span| span.name == "handle")
        .collect()
}

fn unquoted(value: Option<&str>) -> Option<&str> {
    value.map(|v| v.trim_matches('"'))
}

#[test]
fn every_event_of_a_request_is_in_its_handle_span() {
    let (result, events) = capture(handle(7, "ada", TOKEN));
    assert_eq!(result, Ok(1), "handle(7, \"ada\", ..)");
    let messages: Vec<_> = events.iter().filter_map(|e| e.message()).collect();
    for expected in ["querying the accounts table", "audited", "handled"] {
        assert!(
            messages.contains(&expected),
            "expected an event {expected:?}, got {messages:?}"
        );
    }
    for event in &events {
        let spans = handle_spans(event);
        assert_eq!(
            spans.len(),
            1,
            "{:?} should be in one `handle` span, got spans {:?}",
            event.message(),
            event.span_names()
        );
        assert_eq!(
            spans[0].field("request_id"),
            Some("7"),
            "the span's request_id, on {:?}",
            event.message()
        );
        assert_eq!(
            unquoted(spans[0].field("user")),
            Some("ada"),
            "the span's user, on {:?}",
            event.message()
        );
    }
    let lookup_event = events
        .iter()
        .find(|e| e.message() == Some("querying the accounts table"))
        .expect("lookup logs an event");
    assert_eq!(
        lookup_event.span_names(),
        ["handle", "lookup"],
        "lookup's span is inside handle's"
    );
}

#[test]
fn the_token_is_never_logged() {
    let (_, events) = capture(handle(8, "bob", TOKEN));
    for event in &events {
        let in_event = event
            .fields
            .iter()
            .any(|(k, v)| k == "token" || v.contains(TOKEN));
        let in_spans = event.spans.iter().any(|span| {
            span.fields
                .iter()
                .any(|(k, v)| k == "token" || v.contains(TOKEN))
        });
        assert!(
            !in_event && !in_spans,
            "the secret token appears in the logs: {event:#?}"
        );
    }
}

#[test]
fn concurrent_requests_do_not_share_spans() {
    let (results, events) =
        capture(async { tokio::join!(handle(1, "ada", TOKEN), handle(2, "bob", TOKEN)) });
    assert_eq!(results, (Ok(1), Ok(2)), "the two requests' results");
    for event in &events {
        let ids: Vec<_> = handle_spans(event)
            .iter()
            .map(|span| span.field("request_id"))
            .collect();
        assert_eq!(
            ids.len(),
            1,
            "{:?} happened in {} `handle` spans (request ids {ids:?}): a span was still entered while another request ran",
            event.message(),
            ids.len()
        );
    }
    let handled: Vec<_> = events
        .iter()
        .filter(|e| e.message() == Some("handled"))
        .map(|e| (handle_spans(e)[0].field("request_id"), e.field("account")))
        .collect();
    assert_eq!(handled.len(), 2, "one `handled` event per request");
    for (id, account) in handled {
        assert_eq!(
            id, account,
            "request 1 is ada's (account 1), request 2 bob's (account 2)"
        );
    }
}

#[test]
fn a_failure_is_logged_as_an_error_in_the_span() {
    let (result, events) = capture(handle(9, "eve", TOKEN));
    assert_eq!(
        result,
        Err("no such user: eve".to_string()),
        "handle(9, \"eve\", ..)"
    );
    let errors: Vec<_> = events.iter().filter(|e| e.level == Level::ERROR).collect();
    assert_eq!(
        errors.len(),
        1,
        "one ERROR event for the failed request, got {events:#?}"
    );
    assert_eq!(
        unquoted(errors[0].field("error")),
        Some("no such user: eve"),
        "the ERROR event's `error` field"
    );
    assert_eq!(
        handle_spans(errors[0])
            .first()
            .and_then(|span| span.field("request_id")),
        Some("9"),
        "the ERROR event is in the request's span"
    );
}
