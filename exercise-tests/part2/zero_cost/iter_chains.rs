use super::*;

/// Deterministic pseudo-random inputs of every length from 0 to 40.
fn sample_inputs() -> Vec<Vec<i32>> {
    let mut state: u32 = 12_345;
    (0..=40)
        .map(|len| {
            (0..len)
                .map(|_| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (state >> 8) as i32 - (1 << 23)
                })
                .collect()
        })
        .collect()
}

#[test]
fn checksum_weights_each_byte_by_its_position() {
    let cases: [(&[u8], u64); 5] = [
        (&[], 0),
        (&[7], 7),
        (&[1, 2, 3], 1 + 4 + 9),
        (&[10, 0, 10], 10 + 30),
        (&[255; 5], 255 * 15),
    ];
    for (bytes, expected) in cases {
        let got = checksum(bytes);
        assert_eq!(got, expected, "checksum({bytes:?}) should be {expected}");
    }
}

#[test]
fn checksum_matches_the_loop() {
    for input in sample_inputs() {
        let bytes: Vec<u8> = input.iter().map(|&v| v as u8).collect();
        let expected = checksum_loop(&bytes);
        let got = checksum(&bytes);
        assert_eq!(
            got, expected,
            "checksum({bytes:?}) should be {expected}, as the loop says"
        );
    }
}

#[test]
fn count_rises_counts_steps_up() {
    let cases: [(&[i32], usize); 6] = [
        (&[], 0),
        (&[5], 0),
        (&[1, 2], 1),
        (&[2, 1], 0),
        (&[1, 1, 1], 0),
        (&[1, 3, 2, 4, 5], 3),
    ];
    for (values, expected) in cases {
        let got = count_rises(values);
        assert_eq!(
            got, expected,
            "count_rises({values:?}) should be {expected}"
        );
    }
}

#[test]
fn count_rises_matches_the_loop() {
    for values in sample_inputs() {
        let expected = count_rises_loop(&values);
        let got = count_rises(&values);
        assert_eq!(
            got, expected,
            "count_rises({values:?}) should be {expected}, as the loop says"
        );
    }
}

#[test]
fn largest_gap_needs_two_values() {
    for values in [&[][..], &[42]] {
        let got = largest_gap(values);
        assert_eq!(
            got, None,
            "largest_gap({values:?}) should be None: there is no pair"
        );
    }
}

#[test]
fn largest_gap_finds_the_widest_step_either_way() {
    let cases: [(&[i32], u32); 4] = [
        (&[3, 3], 0),
        (&[1, 4, 2], 3),
        (&[10, 0, 5], 10),
        (&[-5, 5, 4], 10),
    ];
    for (values, expected) in cases {
        let got = largest_gap(values);
        assert_eq!(
            got,
            Some(expected),
            "largest_gap({values:?}) should be Some({expected})"
        );
    }
}

#[test]
fn largest_gap_does_not_overflow_at_the_extremes() {
    let values = [i32::MIN, i32::MAX];
    let got = largest_gap(&values);
    assert_eq!(
        got,
        Some(u32::MAX),
        "largest_gap({values:?}) should be Some(u32::MAX)"
    );
}

#[test]
fn largest_gap_matches_the_loop() {
    for values in sample_inputs() {
        let expected = largest_gap_loop(&values);
        let got = largest_gap(&values);
        assert_eq!(
            got, expected,
            "largest_gap({values:?}) should be {expected:?}, as the loop says"
        );
    }
}

#[test]
fn alternating_sum_adds_even_positions_and_subtracts_odd_ones() {
    let cases: [(&[i32], i64); 5] = [
        (&[], 0),
        (&[7], 7),
        (&[7, 2], 5),
        (&[1, 2, 3], 2),
        (&[1, 2, 3, 4], -2),
    ];
    for (values, expected) in cases {
        let got = alternating_sum(values);
        assert_eq!(
            got, expected,
            "alternating_sum({values:?}) should be {expected}"
        );
    }
}

#[test]
fn alternating_sum_does_not_overflow_at_the_extremes() {
    let values = [i32::MAX, i32::MIN, i32::MAX];
    let expected = 3 * i64::from(i32::MAX) + 1;
    let got = alternating_sum(&values);
    assert_eq!(
        got, expected,
        "alternating_sum({values:?}) should be {expected}"
    );
}

#[test]
fn alternating_sum_matches_the_loop() {
    for values in sample_inputs() {
        let expected = alternating_sum_loop(&values);
        let got = alternating_sum(&values);
        assert_eq!(
            got, expected,
            "alternating_sum({values:?}) should be {expected}, as the loop says"
        );
    }
}

#[test]
fn no_function_touches_the_heap() {
    let values: Vec<i32> = (0..40).map(|i| (i * 37) % 101 - 50).collect();
    let bytes: Vec<u8> = values.iter().map(|&v| v as u8).collect();

    let (_, stats) = course_alloc::measure(|| checksum(&bytes));
    assert!(
        stats.is_zero(),
        "checksum should not allocate, but did: {stats:?}"
    );
    let (_, stats) = course_alloc::measure(|| count_rises(&values));
    assert!(
        stats.is_zero(),
        "count_rises should not allocate, but did: {stats:?}"
    );
    let (_, stats) = course_alloc::measure(|| largest_gap(&values));
    assert!(
        stats.is_zero(),
        "largest_gap should not allocate, but did: {stats:?}"
    );
    let (_, stats) = course_alloc::measure(|| alternating_sum(&values));
    assert!(
        stats.is_zero(),
        "alternating_sum should not allocate, but did: {stats:?}"
    );
}
