use super::*;

fn clock(secs: u64) -> String {
    let mut out = String::new();
    write_clock(&mut out, secs);
    out
}

fn check(secs: u64, expected: &str) {
    assert_eq!(
        clock(secs),
        expected,
        "write_clock(out, {secs}) should append {expected:?}"
    );
}

#[test]
fn formats_hours_minutes_and_seconds() {
    check(3723, "1:02:03");
    check(45296, "12:34:56");
}

#[test]
fn pads_minutes_and_seconds_but_not_hours() {
    check(0, "0:00:00");
    check(9, "0:00:09");
    check(59, "0:00:59");
    check(60, "0:01:00");
    check(3599, "0:59:59");
    check(3600, "1:00:00");
}

#[test]
fn hours_take_as_many_digits_as_they_need() {
    check(360_000, "100:00:00");
    check(u64::MAX, "5124095576030431:00:15");
}

#[test]
fn keeps_what_the_buffer_already_holds() {
    let mut out = String::from("elapsed ");
    write_clock(&mut out, 61);
    assert_eq!(
        out, "elapsed 0:01:01",
        "write_clock should append to \"elapsed \", not replace it"
    );
}

#[test]
fn joins_several_durations() {
    let mut out = String::from("laps: ");
    write_clocks(&mut out, &[5, 3723, 360_000]);
    assert_eq!(
        out, "laps: 0:00:05, 1:02:03, 100:00:00",
        "write_clocks on \"laps: \" with [5, 3723, 360000] should give \"laps: 0:00:05, 1:02:03, 100:00:00\""
    );

    let mut one = String::new();
    write_clocks(&mut one, &[59]);
    assert_eq!(
        one, "0:00:59",
        "write_clocks with [59] should append \"0:00:59\", with no separator"
    );
}

#[test]
fn no_durations_append_nothing() {
    let mut out = String::from("laps:");
    write_clocks(&mut out, &[]);
    assert_eq!(
        out, "laps:",
        "write_clocks(\"laps:\", []) should append nothing"
    );
}

#[test]
fn write_clock_does_not_allocate_when_there_is_room() {
    let mut out = String::with_capacity(64);
    let (_, stats) = course_alloc::measure(|| write_clock(&mut out, 3723));
    assert_eq!(
        out, "1:02:03",
        "write_clock(out, 3723) should append \"1:02:03\""
    );
    assert!(
        stats.is_zero(),
        "write_clock allocated although `out` had room: {stats:?}. \
         Write into `out` with `write!` instead of building a String with `format!` or `to_string`"
    );
}

#[test]
fn write_clocks_does_not_allocate_when_there_is_room() {
    let all = [5, 3723, 360_000, 45296];
    let mut out = String::with_capacity(128);
    let (_, stats) = course_alloc::measure(|| write_clocks(&mut out, &all));
    assert_eq!(
        out, "0:00:05, 1:02:03, 100:00:00, 12:34:56",
        "write_clocks(out, {all:?}) should append the four clocks separated by \", \""
    );
    assert!(
        stats.is_zero(),
        "write_clocks allocated although `out` had room: {stats:?}. \
         Append each clock and separator to `out` instead of collecting and joining"
    );
}

#[test]
fn a_reused_buffer_never_allocates_again() {
    let mut out = String::with_capacity(32);
    let (_, stats) = course_alloc::measure(|| {
        for secs in 0..1000 {
            out.clear();
            write_clock(&mut out, secs);
        }
    });
    assert_eq!(
        out, "0:16:39",
        "after the loop, `out` should hold clock 999"
    );
    assert!(
        stats.is_zero(),
        "1000 redraws into one reused buffer should allocate nothing: {stats:?}"
    );
}
