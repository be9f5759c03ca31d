use super::*;

/// Checks the result's contents *and* that it is a view into `values`.
fn check(values: &[i32], expected_start: usize, expected_len: usize) {
    let got = longest_run(values);
    let expected = &values[expected_start..expected_start + expected_len];
    assert_eq!(
        got, expected,
        "longest_run({values:?}) should be {expected:?} (starting at index {expected_start})"
    );
    assert_eq!(
        got.as_ptr_range(),
        expected.as_ptr_range(),
        "longest_run({values:?}) returned the right values but not the right part of the input: \
         return a sub-slice `&values[start..end]`, the first longest run"
    );
}

#[test]
fn finds_a_run_in_the_middle() {
    check(&[1, 2, 2, 2, 3, 3], 1, 3);
}

#[test]
fn run_at_the_end() {
    check(&[4, 5, 6, 6, 6, 6], 2, 4);
}

#[test]
fn first_of_equally_long_runs_wins() {
    check(&[7, 7, 1, 8, 8], 0, 2);
}

#[test]
fn all_equal() {
    check(&[3, 3, 3], 0, 3);
}

#[test]
fn no_repeats_gives_the_first_element() {
    check(&[1, 2, 3], 0, 1);
}

#[test]
fn single_and_empty() {
    check(&[42], 0, 1);
    let empty: [i32; 0] = [];
    assert!(
        longest_run(&empty).is_empty(),
        "longest_run(&[]) should be empty"
    );
}

#[test]
fn negative_values() {
    check(&[-1, -1, 0, -1, -1, -1], 3, 3);
}
