//! Tests for `SampleWindow`. The library is `no_std`; the tests run on the
//! host with `std`.

use course_nostd::{ReportTooLong, SampleWindow};

fn window<const N: usize>(samples: &[i32]) -> SampleWindow<N> {
    let mut window = SampleWindow::new();
    for &s in samples {
        window.push(s);
    }
    window
}

#[test]
fn a_new_window_is_empty() {
    let window = SampleWindow::<4>::new();
    assert!(window.is_empty(), "a new window should be empty");
    assert_eq!(window.len(), 0, "a new window should hold 0 readings");
    assert_eq!(
        window.mean(),
        None,
        "the mean of no readings should be None"
    );
    assert_eq!(
        window.min_max(),
        None,
        "min_max of no readings should be None"
    );
}

#[test]
fn push_keeps_readings_until_full() {
    let mut window = SampleWindow::<3>::new();
    for s in [10, 20, 30] {
        assert_eq!(
            window.push(s),
            None,
            "push({s}) into a window with room should return None"
        );
    }
    assert_eq!(window.len(), 3, "three readings should be held");
}

#[test]
fn push_into_a_full_window_drops_the_oldest() {
    let mut window = window::<3>(&[10, 20, 30]);
    assert_eq!(
        window.push(40),
        Some(10),
        "the oldest reading, 10, should make room for 40"
    );
    assert_eq!(window.push(50), Some(20), "then 20 should make room for 50");
    assert_eq!(window.len(), 3, "the window should still hold 3 readings");
    assert_eq!(
        window.min_max(),
        Some((30, 50)),
        "the window should now hold 30, 40, 50"
    );
}

#[test]
fn mean_rounds_toward_zero() {
    let cases: [(&[i32], i32); 4] = [
        (&[1, 2], 1),
        (&[-1, -2], -1),
        (&[20, 21, 23], 21),
        (&[-7], -7),
    ];
    for (samples, expected) in cases {
        let got = window::<8>(samples).mean();
        assert_eq!(
            got,
            Some(expected),
            "the mean of {samples:?} should be {expected}"
        );
    }
}

#[test]
fn mean_does_not_overflow() {
    let got = window::<4>(&[i32::MAX; 4]).mean();
    assert_eq!(
        got,
        Some(i32::MAX),
        "the mean of four i32::MAX should be i32::MAX (sum in i64)"
    );
    let got = window::<4>(&[i32::MIN; 4]).mean();
    assert_eq!(
        got,
        Some(i32::MIN),
        "the mean of four i32::MIN should be i32::MIN"
    );
}

#[test]
fn mean_and_min_max_forget_dropped_readings() {
    let window = window::<2>(&[1000, -1000, 4, 6]);
    assert_eq!(
        window.mean(),
        Some(5),
        "only 4 and 6 are left; the mean should be 5"
    );
    assert_eq!(window.min_max(), Some((4, 6)), "only 4 and 6 are left");
}

#[test]
fn a_report_fits_in_one_line() {
    let report = window::<4>(&[20, 22, 21]).report("temp");
    let expected = "temp: n=3 mean=21 min=20 max=22";
    assert_eq!(
        report.as_deref(),
        Ok(expected),
        "the report should read {expected:?}"
    );
}

#[test]
fn an_empty_report_says_so() {
    let report = SampleWindow::<4>::new().report("rh");
    assert_eq!(
        report.as_deref(),
        Ok("rh: empty"),
        "an empty window reports \"rh: empty\""
    );
}

#[test]
fn a_report_exactly_64_bytes_long_fits() {
    // "{label}: n=1 mean=7 min=7 max=7" is 24 bytes plus the label.
    let label = "x".repeat(40);
    let report = window::<4>(&[7]).report(&label);
    assert_eq!(
        report.as_ref().map(|line| line.len()),
        Ok(64),
        "a 64-byte report should fit exactly"
    );
}

#[test]
fn a_report_too_long_is_an_error_not_a_cut_off_line() {
    let label = "x".repeat(41);
    let report = window::<4>(&[7]).report(&label);
    assert_eq!(
        report.as_deref(),
        Err(&ReportTooLong),
        "a 65-byte report should be Err(ReportTooLong)"
    );
    let report = window::<4>(&[i32::MIN, i32::MAX]).report("a-very-long-sensor-label");
    assert_eq!(
        report.as_deref(),
        Err(&ReportTooLong),
        "long numbers can overflow the line too"
    );
}
