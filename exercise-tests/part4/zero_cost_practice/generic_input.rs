use super::*;

#[test]
fn a_range_a_chain_and_a_slice() {
    assert_eq!(sum_of_squares(1..=3), 14, "1 + 4 + 9 = 14");
    let lines = ["4", "x", "5"];
    assert_eq!(
        sum_of_squares(lines.iter().filter_map(|l| l.parse::<u64>().ok())),
        41,
        "16 + 25 = 41 from the lines that are numbers"
    );
    let slice: &[u64] = &[2, 3];
    assert_eq!(
        sum_of_squares(slice.iter().copied()),
        13,
        "4 + 9 = 13 from a slice"
    );
    assert_eq!(
        sum_of_squares(vec![u64::MAX, 2]),
        5,
        "(2^64 - 1)^2 wraps around to 1, plus 4"
    );
    assert_eq!(
        sum_of_squares(std::iter::empty()),
        0,
        "the sum of nothing is 0"
    );
}

#[test]
fn no_allocation_for_an_iterator() {
    let (total, stats) = course_alloc::measure(|| sum_of_squares((0..1_000u64).map(|x| x * 2)));
    let expected: u64 = (0..1_000u64).map(|x| 4 * x * x).sum();
    assert_eq!(total, expected, "the sum of the squares of 0, 2, ..., 1998");
    assert_eq!(
        stats.allocating_calls(),
        0,
        "summing an iterator should not allocate, but it made {} allocation(s)",
        stats.allocating_calls()
    );
}
