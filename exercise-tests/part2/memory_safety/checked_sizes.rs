use super::*;

const MAX: u64 = u64::MAX;

fn check_total(parts: &[u64], expected: Option<u64>) {
    let got = total_size(parts);
    assert_eq!(
        got, expected,
        "total_size({parts:?}) should be {expected:?}"
    );
}

fn check_table(header: u64, rows: u64, row_len: u64, expected: Option<u64>) {
    let got = table_size(header, rows, row_len);
    assert_eq!(
        got, expected,
        "table_size({header}, {rows}, {row_len}) should be {expected:?}"
    );
}

fn check_remaining(quota: u64, used: u64, expected: u64) {
    let got = remaining(quota, used);
    assert_eq!(
        got, expected,
        "remaining({quota}, {used}) should be {expected}"
    );
}

fn check_percent(value: u64, percent: u64, expected: Option<u64>) {
    let got = percent_of(value, percent);
    assert_eq!(
        got, expected,
        "percent_of({value}, {percent}) should be {expected:?}"
    );
}

#[test]
fn everyday_sizes() {
    check_total(&[100, 250, 4096], Some(4446));
    check_table(64, 1000, 32, Some(32_064));
    check_remaining(1000, 300, 700);
    check_percent(200, 15, Some(30));
    check_percent(7, 50, Some(3));
}

#[test]
fn total_size_edge_cases() {
    check_total(&[], Some(0));
    check_total(&[MAX], Some(MAX));
    check_total(&[MAX - 1, 1], Some(MAX));
    check_total(&[MAX, 0, 0], Some(MAX));
}

#[test]
fn total_size_that_overflows_is_none() {
    check_total(&[MAX, 1], None);
    check_total(&[1 << 63, 1 << 63], None);
    check_total(&[MAX, MAX, MAX], None);
}

#[test]
fn table_size_edge_cases() {
    check_table(0, 0, MAX, Some(0));
    check_table(MAX, 0, 5, Some(MAX));
    check_table(0, 1 << 32, (1 << 32) - 1, Some(MAX - ((1 << 32) - 1)));
    check_table(0, MAX, 1, Some(MAX));
}

#[test]
fn table_size_that_overflows_is_none() {
    check_table(0, 1 << 32, 1 << 32, None);
    check_table(1, MAX, 1, None);
    check_table(MAX, 1, 1, None);
    check_table(0, MAX, MAX, None);
}

#[test]
fn remaining_never_goes_below_zero() {
    check_remaining(1000, 1000, 0);
    check_remaining(1000, 1001, 0);
    check_remaining(0, MAX, 0);
    check_remaining(MAX, 0, MAX);
}

#[test]
fn percent_of_large_values() {
    check_percent(MAX, 50, Some(MAX / 2));
    check_percent(MAX, 100, Some(MAX));
    check_percent(MAX / 2, 200, Some(MAX - 1));
    check_percent(0, MAX, Some(0));
    check_percent(MAX, 0, Some(0));
    check_percent(100, MAX, Some(MAX));
}

#[test]
fn percent_of_that_overflows_is_none() {
    check_percent(MAX, 101, None);
    check_percent(MAX, MAX, None);
    check_percent(101, MAX, None);
}
