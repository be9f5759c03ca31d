use super::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn check(line: &str, expected: Option<(f64, f64, f64)>) {
    let got = parse_time_line(line);
    match (got, expected) {
        (None, None) => {}
        (Some(e), Some((low, mid, high)))
            if close(e.low, low) && close(e.mid, mid) && close(e.high, high) => {}
        _ => panic!("parse_time_line({line:?}) should be {expected:?} (in ns), but it is {got:?}"),
    }
}

#[test]
fn lines_as_criterion_prints_them() {
    check(
        "parse_sum/bytes/65536   time:   [1.1557 ms 1.2725 ms 1.3940 ms]",
        Some((1_155_700.0, 1_272_500.0, 1_394_000.0)),
    );
    check(
        "                        time:   [509.09 ns 549.69 ns 595.92 ns]",
        Some((509.09, 549.69, 595.92)),
    );
    check(
        "sort/10      time:   [787.33 ps 844.60 ps 903.95 ps]",
        Some((0.78733, 0.8446, 0.90395)),
    );
    check(
        "x time: [6.1576 µs 6.5745 µs 7.0178 µs]",
        Some((6157.6, 6574.5, 7017.8)),
    );
    check(
        "x time: [6.1576 us 6.5745 us 7.0178 us]",
        Some((6157.6, 6574.5, 7017.8)),
    );
    check(
        "transpose/naive/4096    time:   [14.225 s 22.969 s 34.575 s]",
        Some((14.225e9, 22.969e9, 34.575e9)),
    );
    check(
        "mixed time: [999.10 µs 1.0020 ms 1.0100 ms]",
        Some((999_100.0, 1_002_000.0, 1_010_000.0)),
    );
}

#[test]
fn anything_else_is_none() {
    for line in [
        "",
        "parse_sum/bytes/65536",
        "thrpt:  [264.02 MiB/s 289.24 MiB/s 318.46 MiB/s]",
        "time:   1.1557 ms 1.2725 ms 1.3940 ms",
        "time:   [1.1557 ms 1.2725 ms]",
        "time:   [1.1557 ms 1.2725 ms 1.3940 ms 1.5 ms]",
        "time:   [1.1557 ms 1.2725 ms 1.3940 ms",
        "time:   [1.1557 min 1.2725 min 1.3940 min]",
        "time:   [fast ms 1.2725 ms 1.3940 ms]",
        "time:   [NaN ms 1.2725 ms 1.3940 ms]",
    ] {
        check(line, None);
    }
}

fn estimate(low: f64, mid: f64, high: f64) -> Estimate {
    Estimate { low, mid, high }
}

#[test]
fn only_separate_intervals_are_a_verdict() {
    let before = estimate(100.0, 110.0, 120.0);
    let cases = [
        (
            estimate(80.0, 85.0, 99.0),
            Verdict::Faster,
            "entirely below",
        ),
        (
            estimate(121.0, 125.0, 130.0),
            Verdict::Slower,
            "entirely above",
        ),
        (
            estimate(90.0, 95.0, 105.0),
            Verdict::Unclear,
            "the estimate is lower, but the intervals overlap",
        ),
        (
            estimate(115.0, 130.0, 140.0),
            Verdict::Unclear,
            "the estimate is higher, but the intervals overlap",
        ),
        (estimate(101.0, 110.0, 119.0), Verdict::Unclear, "inside"),
        (estimate(50.0, 110.0, 200.0), Verdict::Unclear, "around"),
        (
            estimate(90.0, 95.0, 100.0),
            Verdict::Unclear,
            "touching at 100",
        ),
    ];
    for (after, expected, why) in cases {
        let got = compare(&before, &after);
        assert_eq!(
            got, expected,
            "compare({before:?}, {after:?}) should be {expected:?} ({why})"
        );
    }
}
