use super::*;

const LOG: &str = "\
GET /index.html 200 5120
POST /login 302 0
GET /style.css 200 2048
GET /missing 404 180
get /about 200 700
PUT /upload 201 64
GET /broken 500 90
";

fn check(log: &str, method: &str, expected: u64) {
    let got = bytes_sent(log, method);
    assert_eq!(
        got, expected,
        "bytes_sent({log:?}, {method:?}) should be {expected}"
    );
}

#[test]
fn adds_up_successful_responses() {
    check(LOG, "GET", 5120 + 2048 + 700);
    check(LOG, "POST", 0);
    check(LOG, "PUT", 64);
    check(LOG, "DELETE", 0);
}

#[test]
fn method_ignores_ascii_case() {
    check(LOG, "get", 7868);
    check(LOG, "Get", 7868);
    check("pUt /x 200 10\n", "PuT", 10);
}

#[test]
fn statuses_from_400_up_do_not_count() {
    check("GET /a 399 1\nGET /b 400 10\nGET /c 599 100\n", "GET", 1);
}

#[test]
fn malformed_lines_are_skipped() {
    let log = "\
GET /a 200
GET /b 200 10 extra
GET /c ok 100
GET /d 200 many
GET /e 200 -5

   \t
GET /f 200 1000
";
    check(log, "GET", 1000);
}

#[test]
fn any_whitespace_separates_fields() {
    check("  GET\t/a   200  30  \r\nGET /b 200 12", "GET", 42);
}

#[test]
fn empty_log_gives_zero() {
    check("", "GET", 0);
}

#[test]
fn does_not_allocate() {
    // Built outside the measurement: only the call is measured.
    let log = LOG.repeat(100);
    let (got, stats) = course_alloc::measure(|| bytes_sent(&log, "GET"));
    assert_eq!(
        got, 786_800,
        "bytes_sent(LOG repeated 100 times, \"GET\") should be 786800"
    );
    assert!(
        stats.is_zero(),
        "bytes_sent should not touch the heap, but it made {stats:?}: \
         walk the fields as `&str` slices instead of collecting `String`s"
    );
}

#[test]
fn matching_the_method_does_not_allocate() {
    let (got, stats) = course_alloc::measure(|| bytes_sent(LOG, "get"));
    assert_eq!(got, 7868, "bytes_sent(LOG, \"get\") should be 7868");
    assert!(
        stats.is_zero(),
        "bytes_sent should compare methods without building upper-case copies, but it made {stats:?}"
    );
}
