use super::*;

/// Deterministic pseudo-random numbers (a linear congruential generator).
fn numbers(len: usize, seed: u64) -> Vec<u64> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            state >> 40
        })
        .collect()
}

fn words(len: usize) -> Vec<String> {
    numbers(len, 7)
        .into_iter()
        .map(|n| "ab".repeat((n % 9) as usize) + "é")
        .collect()
}

#[test]
fn total_len_counts_bytes() {
    let few: Vec<String> = ["par", "iter", "", "é"].map(String::from).to_vec();
    assert_eq!(
        total_len(&few),
        9,
        "total_len({few:?}) should be 9 (bytes, not chars)"
    );
    let many = words(10_000);
    let expected: usize = many.iter().map(|w| w.len()).sum();
    assert_eq!(
        total_len(&many),
        expected,
        "total_len of 10,000 words should be {expected}"
    );
    assert_eq!(total_len(&[]), 0, "total_len(&[]) should be 0");
}

#[test]
fn squares_of_evens_keeps_input_order() {
    assert_eq!(
        squares_of_evens(&[5, 4, 3, 2, 10, 0]),
        [16, 4, 100, 0],
        "squares_of_evens([5, 4, 3, 2, 10, 0]) should be [16, 4, 100, 0], in input order"
    );
    let xs = numbers(50_000, 1);
    let expected: Vec<u64> = xs.iter().filter(|&&x| x % 2 == 0).map(|&x| x * x).collect();
    let got = squares_of_evens(&xs);
    assert_eq!(
        got.len(),
        expected.len(),
        "squares_of_evens of 50,000 numbers should keep every even one"
    );
    assert!(
        got == expected,
        "squares_of_evens of 50,000 numbers should return the squares in input order"
    );
    assert_eq!(
        squares_of_evens(&[1, 3]),
        [],
        "squares_of_evens([1, 3]) should be empty"
    );
}

#[test]
fn clamp_all_changes_the_values_in_place() {
    let mut values = vec![-5, 0, 3, 7, 12, i32::MIN, i32::MAX];
    clamp_all(&mut values, 0, 10);
    assert_eq!(
        values,
        [0, 0, 3, 7, 10, 0, 10],
        "clamp_all(.., 0, 10) should limit every value to 0..=10"
    );

    let mut many: Vec<i32> = numbers(20_000, 3)
        .iter()
        .map(|&n| n as i32 - 8_000_000)
        .collect();
    let expected: Vec<i32> = many.iter().map(|&v| v.clamp(-100, 100)).collect();
    clamp_all(&mut many, -100, 100);
    assert!(
        many == expected,
        "clamp_all of 20,000 values to -100..=100 should clamp each value where it is"
    );

    let mut empty: Vec<i32> = Vec::new();
    clamp_all(&mut empty, 1, 2);
    assert!(
        empty.is_empty(),
        "clamp_all on an empty slice should leave it empty"
    );
}

#[test]
fn count_primes_below_the_limit() {
    for (limit, expected) in [
        (0, 0),
        (2, 0),
        (3, 1),
        (10, 4),
        (11, 4),
        (12, 5),
        (10_000, 1229),
    ] {
        assert_eq!(
            count_primes(limit),
            expected,
            "count_primes({limit}) should be {expected}"
        );
    }
}

#[test]
fn min_max_finds_both_ends() {
    assert_eq!(
        min_max(&[3, -7, 12, 0]),
        (-7, 12),
        "min_max([3, -7, 12, 0]) should be (-7, 12)"
    );
    assert_eq!(min_max(&[42]), (42, 42), "min_max([42]) should be (42, 42)");
    assert_eq!(
        min_max(&[i64::MIN, i64::MAX]),
        (i64::MIN, i64::MAX),
        "min_max([i64::MIN, i64::MAX]) should be (i64::MIN, i64::MAX)"
    );
    let xs: Vec<i64> = numbers(100_000, 5)
        .iter()
        .map(|&n| n as i64 - 8_000_000)
        .collect();
    let expected = (*xs.iter().min().unwrap(), *xs.iter().max().unwrap());
    assert_eq!(
        min_max(&xs),
        expected,
        "min_max of 100,000 numbers should be {expected:?}"
    );
}

#[test]
fn min_max_of_nothing_is_the_identity() {
    assert_eq!(
        min_max(&[]),
        (i64::MAX, i64::MIN),
        "min_max(&[]) should be the identity (i64::MAX, i64::MIN)"
    );
}

#[test]
fn results_do_not_depend_on_the_number_of_threads() {
    let xs = numbers(30_000, 9);
    let signed: Vec<i64> = xs.iter().map(|&n| n as i64 - 8_000_000).collect();
    let run = || (squares_of_evens(&xs), min_max(&signed), count_primes(2_000));
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let four = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap();
    let with_one = one.install(run);
    let with_four = four.install(run);
    assert!(
        with_one == with_four,
        "the results should be the same in a pool of 1 thread and a pool of 4 threads"
    );
}
