use super::*;

const LINE: &str = "2026-12-06T03:00:00Z WARN db::pool: connection slow (812 ms)";

#[test]
fn splits_a_line_into_its_parts() {
    assert_eq!(
        parse_line(LINE),
        Some(LogLine {
            timestamp: "2026-12-06T03:00:00Z",
            level: "WARN",
            target: "db::pool",
            message: "connection slow (812 ms)",
        })
    );
}

#[test]
fn the_parts_borrow_from_the_line() {
    let parsed = parse_line(LINE).expect("a valid line");
    let range = LINE.as_bytes().as_ptr_range();
    for part in [
        parsed.timestamp,
        parsed.level,
        parsed.target,
        parsed.message,
    ] {
        assert!(
            range.contains(&part.as_ptr()),
            "{part:?} should be a slice of the line, not a copy"
        );
    }
}

#[test]
fn parsing_allocates_nothing() {
    let (parsed, stats) = course_alloc::measure(|| parse_line(LINE));
    assert!(parsed.is_some(), "the line is valid");
    assert_eq!(
        stats.allocations, 0,
        "parse_line should not allocate, but allocated {stats:?}"
    );
    let (parsed, stats) = course_alloc::measure(|| parse_line("not a log line"));
    assert_eq!(parsed, None);
    assert_eq!(
        stats.allocations, 0,
        "rejecting a line should not allocate either: {stats:?}"
    );
}

#[test]
fn rejects_lines_without_all_four_parts() {
    for bad in [
        "",
        "2026-12-06T03:00:00Z",
        "2026-12-06T03:00:00Z WARN",
        "2026-12-06T03:00:00Z WARN db::pool connection slow",
        "2026-12-06T03:00:00Z WARN db::pool: ",
        "2026-12-06T03:00:00Z  WARN db::pool: slow",
        " WARN db::pool: slow",
    ] {
        assert_eq!(parse_line(bad), None, "parse_line({bad:?})");
    }
}

#[test]
fn the_message_keeps_its_colons_and_spaces() {
    let parsed = parse_line("t INFO http: GET /a: 200 OK").expect("a valid line");
    assert_eq!(parsed.target, "http");
    assert_eq!(parsed.message, "GET /a: 200 OK");
}
