use super::*;
use std::cell::Cell;
use std::error::Error as _;

/// The `ParseIntError` that `text.parse::<u16>()` gives, to compare sources.
fn u16_error(text: &str) -> ParseIntError {
    text.parse::<u16>().unwrap_err()
}

#[test]
fn parses_every_port_in_order() {
    let lines = ["80", " 443 ", "8080"];
    assert_eq!(
        parse_ports(lines),
        Ok(vec![80, 443, 8080]),
        "parse_ports({lines:?})"
    );
}

#[test]
fn no_lines_give_no_ports() {
    let lines: [&str; 0] = [];
    assert_eq!(parse_ports(lines), Ok(vec![]), "parse_ports of no lines");
}

#[test]
fn blank_lines_are_skipped_but_counted() {
    let lines = ["", "22", "  \t", "25"];
    assert_eq!(
        parse_ports(lines),
        Ok(vec![22, 25]),
        "parse_ports({lines:?}): blank lines are skipped"
    );
    let lines = ["", "22", " ", "smtp"];
    let expected = PortError {
        line: 4,
        source: u16_error("smtp"),
    };
    assert_eq!(
        parse_ports(lines),
        Err(expected.clone()),
        "parse_ports({lines:?}) should fail at line 4: blank lines still count"
    );
}

#[test]
fn a_bad_line_is_reported_with_its_number_and_cause() {
    let lines = ["80", "http", "443"];
    let err = match parse_ports(lines) {
        Ok(ports) => panic!("parse_ports({lines:?}) should fail, but returned {ports:?}"),
        Err(err) => err,
    };
    assert_eq!(
        err,
        PortError {
            line: 2,
            source: u16_error("http")
        },
        "parse_ports({lines:?}) should fail at line 2"
    );
    assert_eq!(
        err.to_string(),
        "line 2: not a port number",
        "the message of {err:?}"
    );
    assert_eq!(
        err.source().map(|s| s.to_string()).as_deref(),
        Some("invalid digit found in string"),
        "the source() of {err:?} should be the ParseIntError"
    );
}

#[test]
fn the_first_bad_line_wins() {
    let lines = ["1", "70000", "x", "-1"];
    let expected = PortError {
        line: 2,
        source: u16_error("70000"),
    };
    assert_eq!(
        parse_ports(lines),
        Err(expected.clone()),
        "parse_ports({lines:?}) should report line 2 (too large for a u16), the first bad line"
    );
}

#[test]
fn parse_ports_stops_at_the_first_bad_line() {
    let mut lines = vec!["1", "2", "oops"];
    lines.extend(std::iter::repeat_n("3", 100));
    let read = Cell::new(0);
    let counted = lines.iter().copied().inspect(|_| read.set(read.get() + 1));
    let got = parse_ports(counted);
    assert!(
        got.is_err(),
        "parse_ports should fail at line 3 (\"oops\"), got {got:?}"
    );
    assert_eq!(
        read.get(),
        3,
        "parse_ports read {} of 103 lines, but should stop after line 3, the first bad one: \
         collect into a Result (or return early) instead of collecting every Result first",
        read.get()
    );
}

#[test]
fn total_size_adds_up() {
    let sizes = ["512", " 1024", "2048 "];
    assert_eq!(total_size(sizes), Ok(3584), "total_size({sizes:?})");
    let none: [&str; 0] = [];
    assert_eq!(
        total_size(none),
        Ok(0),
        "total_size of no sizes should be 0"
    );
}

#[test]
fn total_size_returns_the_first_error() {
    let sizes = ["512", "lots", ""];
    assert_eq!(
        total_size(sizes),
        Err("lots".parse::<u64>().unwrap_err()),
        "total_size({sizes:?}) should be the error of \"lots\", the first bad size"
    );
}

#[test]
fn total_size_stops_at_the_first_error() {
    let mut sizes = vec!["1", "-5"];
    sizes.extend(std::iter::repeat_n("7", 50));
    let read = Cell::new(0);
    let counted = sizes.iter().copied().inspect(|_| read.set(read.get() + 1));
    let got = total_size(counted);
    assert!(
        got.is_err(),
        "total_size should fail at \"-5\" (a u64 has no sign), got {got:?}"
    );
    assert_eq!(
        read.get(),
        2,
        "total_size read {} of 52 sizes, but should stop after the second, the first bad one",
        read.get()
    );
}
