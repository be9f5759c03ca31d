use super::*;
use std::num::ParseIntError;
use std::panic::{self, AssertUnwindSafe};

fn check(trace: &Trace, expected: &[&str], what: &str) {
    assert_eq!(
        trace.lines(),
        expected,
        "after {what}, the trace should read {expected:#?}"
    );
    assert_eq!(
        trace.depth(),
        0,
        "after {what}, every span is closed, so the depth should be back at 0"
    );
}

#[test]
fn one_span_writes_enter_and_exit() {
    let trace = Trace::new();
    {
        let _span = Span::enter("load", &trace);
        assert_eq!(
            trace.lines(),
            ["enter load"],
            "Span::enter should write \"enter load\" at once, and nothing else yet"
        );
        assert_eq!(trace.depth(), 1, "while the span is open, the depth is 1");
        trace.write("working");
    }
    check(
        &trace,
        &["enter load", "  working", "exit load"],
        "one span around one line",
    );
}

fn number(trace: &Trace) {
    let _span = Span::enter("number", trace);
}

fn parse(trace: &Trace) {
    let _span = Span::enter("parse", trace);
    number(trace);
    number(trace);
}

#[test]
fn nested_spans_indent_and_close_in_reverse_order() {
    let trace = Trace::new();
    parse(&trace);
    check(
        &trace,
        &[
            "enter parse",
            "  enter number",
            "  exit number",
            "  enter number",
            "  exit number",
            "exit parse",
        ],
        "parse() with two nested number() spans",
    );
}

#[test]
fn three_levels_deep() {
    let trace = Trace::new();
    {
        let _a = Span::enter("a", &trace);
        let _b = Span::enter("b", &trace);
        let _c = Span::enter("c", &trace);
        trace.write("deep");
    }
    check(
        &trace,
        &[
            "enter a",
            "  enter b",
            "    enter c",
            "      deep",
            "    exit c",
            "  exit b",
            "exit a",
        ],
        "three spans opened in one scope (they close in reverse order)",
    );
}

fn find(trace: &Trace, values: &[i32], wanted: i32) -> Option<usize> {
    let _span = Span::enter("find", trace);
    for (i, &value) in values.iter().enumerate() {
        if value == wanted {
            return Some(i);
        }
    }
    None
}

#[test]
fn an_early_return_closes_the_span() {
    let trace = Trace::new();
    assert_eq!(
        find(&trace, &[3, 7, 9], 7),
        Some(1),
        "find(7) in [3, 7, 9] should be Some(1)"
    );
    check(
        &trace,
        &["enter find", "exit find"],
        "a `return` from inside a loop",
    );
}

fn port(trace: &Trace, text: &str) -> Result<u16, ParseIntError> {
    let _span = Span::enter("port", trace);
    let port = text.parse()?;
    trace.write("parsed");
    Ok(port)
}

#[test]
fn the_question_mark_closes_the_span() {
    let trace = Trace::new();
    assert!(
        port(&trace, "eighty").is_err(),
        "parsing \"eighty\" as a port should fail"
    );
    check(
        &trace,
        &["enter port", "exit port"],
        "`?` returning an error",
    );
}

#[test]
fn a_panic_closes_every_open_span() {
    let trace = Trace::new();
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let _outer = Span::enter("outer", &trace);
        let _inner = Span::enter("inner", &trace);
        panic!("failure inside two spans");
    }));
    assert!(result.is_err(), "the closure should have panicked");
    check(
        &trace,
        &["enter outer", "  enter inner", "  exit inner", "exit outer"],
        "a panic that unwinds through two spans",
    );
}
