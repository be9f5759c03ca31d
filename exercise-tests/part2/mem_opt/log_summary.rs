use super::*;

fn check(log: &str, expected: LogSummary) {
    let got = summarize(log.as_bytes()).expect("a UTF-8 log should be read without error");
    assert_eq!(got, expected, "summarize({log:?}) should be {expected:?}");
}

fn summary(lines: usize, errors: usize, longest: usize) -> LogSummary {
    LogSummary {
        lines,
        errors,
        longest,
    }
}

/// A log of `lines` lines, one in ten of them an error, each under 40 bytes.
fn big_log(lines: usize) -> String {
    let mut log = String::new();
    for i in 0..lines {
        if i % 10 == 0 {
            log.push_str(&format!("ERROR disk {i} is full\n"));
        } else {
            log.push_str(&format!("INFO request {i} served\n"));
        }
    }
    log
}

#[test]
fn counts_lines_errors_and_the_longest_line() {
    check(
        "INFO start\nERROR no disk\nINFO retry\nERROR still no disk\n",
        summary(4, 2, 19),
    );
}

#[test]
fn only_lines_that_start_with_error_count() {
    check(
        "error lower case\n ERROR indented\nERRORS\n",
        summary(3, 1, 16),
    );
}

#[test]
fn the_last_line_may_have_no_line_ending() {
    check("INFO one\nERROR two", summary(2, 1, 9));
}

#[test]
fn crlf_line_endings_are_not_part_of_the_line() {
    check("INFO one\r\nERROR two\r\n", summary(2, 1, 9));
}

#[test]
fn blank_lines_are_lines() {
    check("\n\n\n", summary(3, 0, 0));
    check("\r\n", summary(1, 0, 0));
}

#[test]
fn an_empty_log_has_no_lines() {
    check("", summary(0, 0, 0));
}

#[test]
fn the_longest_line_is_counted_in_characters() {
    check("INFO café\nERROR naïve crème brûlée\n", summary(2, 1, 24));
}

#[test]
fn input_that_is_not_utf8_is_an_error() {
    let bytes: &[u8] = b"INFO fine\nERROR \xff\xfe broken\n";
    let err = summarize(bytes).expect_err("summarize should fail on input that is not UTF-8");
    assert_eq!(
        err.kind(),
        io::ErrorKind::InvalidData,
        "input that is not UTF-8 should give an error of kind InvalidData, got {err:?}"
    );
}

#[test]
fn a_big_log_is_summarized_correctly() {
    let log = big_log(10_000);
    check(&log, summary(10_000, 1_000, 24));
}

#[test]
fn allocations_do_not_grow_with_the_number_of_lines() {
    let log = big_log(10_000);
    let (result, stats) = course_alloc::measure(|| summarize(log.as_bytes()));
    let got = result.expect("a UTF-8 log should be read without error");
    assert_eq!(
        got,
        summary(10_000, 1_000, 24),
        "summarize(big log) is wrong"
    );
    assert!(
        stats.allocating_calls() <= 8,
        "summarizing 10,000 lines should make at most 8 allocating calls \
         (reuse one buffer for every line), but it made {} ({stats:?})",
        stats.allocating_calls()
    );
}
