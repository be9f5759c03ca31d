use super::*;

#[test]
fn finds_the_three_largest_in_order() {
    assert_eq!(top_three(&[4, 9, 1, 7, 3, 8]), [Some(9), Some(8), Some(7)]);
    assert_eq!(
        top_three(&[1, 2, 3, 4, 5]),
        [Some(5), Some(4), Some(3)],
        "ascending input"
    );
    assert_eq!(
        top_three(&[5, 4, 3, 2, 1]),
        [Some(5), Some(4), Some(3)],
        "descending input"
    );
}

#[test]
fn duplicates_count_separately() {
    assert_eq!(top_three(&[5, 1, 5]), [Some(5), Some(5), Some(1)]);
    assert_eq!(top_three(&[7, 7, 7, 7]), [Some(7), Some(7), Some(7)]);
}

#[test]
fn short_series_leave_places_empty() {
    assert_eq!(top_three(&[]), [None, None, None]);
    assert_eq!(top_three(&[3]), [Some(3), None, None]);
    assert_eq!(
        top_three(&[0, 2]),
        [Some(2), Some(0), None],
        "0 is a value, not an empty place"
    );
}

#[test]
fn handles_extreme_values() {
    assert_eq!(
        top_three(&[u32::MAX, 0, u32::MAX]),
        [Some(u32::MAX), Some(u32::MAX), Some(0)]
    );
}

#[test]
fn allocates_nothing() {
    let values: Vec<u32> = (0..10_000u32)
        .map(|i| i.wrapping_mul(2_654_435_761) % 100_000)
        .collect();
    let mut expected = values.clone();
    expected.sort_unstable_by(|a, b| b.cmp(a));
    let (top, stats) = course_alloc::measure(|| top_three(&values));
    assert_eq!(
        top,
        [Some(expected[0]), Some(expected[1]), Some(expected[2])]
    );
    assert_eq!(
        stats.allocations, 0,
        "top_three should use a fixed-size array, but allocated {stats:?}"
    );
}
