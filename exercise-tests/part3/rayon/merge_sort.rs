use super::*;

use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

/// Deterministic pseudo-random numbers below `bound`.
fn numbers(len: usize, bound: u32, seed: u64) -> Vec<u32> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) % u64::from(bound)) as u32
        })
        .collect()
}

fn check(input: Vec<u32>, what: &str) {
    let mut expected = input.clone();
    expected.sort();
    let mut got = input;
    merge_sort(&mut got);
    if let Some(i) = got.iter().zip(&expected).position(|(g, e)| g != e) {
        panic!(
            "merge_sort of {what} should match slice::sort, but element {i} is {} instead of {}",
            got[i], expected[i]
        );
    }
}

#[test]
fn tiny_slices() {
    for input in [vec![], vec![7], vec![2, 1], vec![3, 1, 2], vec![5, 5, 5]] {
        let mut expected = input.clone();
        expected.sort();
        let mut got = input.clone();
        merge_sort(&mut got);
        assert_eq!(
            got, expected,
            "merge_sort({input:?}) should give {expected:?}"
        );
    }
}

#[test]
fn random_numbers_around_the_cutoff() {
    for len in [CUTOFF - 1, CUTOFF, CUTOFF + 1, 2 * CUTOFF + 3] {
        check(
            numbers(len, 1_000_000, len as u64),
            &format!("{len} random numbers"),
        );
    }
}

#[test]
fn many_random_numbers() {
    check(numbers(100_000, u32::MAX, 42), "100,000 random numbers");
}

#[test]
fn sorted_reversed_and_repeated_input() {
    check((0..20_000).collect(), "20,000 sorted numbers");
    check(
        (0..20_000).rev().collect(),
        "20,000 numbers in reverse order",
    );
    check(
        numbers(20_000, 3, 1),
        "20,000 numbers that are all 0, 1 or 2",
    );
}

/// An element that compares by `key` only; `seq` tells equal keys apart.
#[derive(Debug, Clone, Copy)]
struct Item {
    key: u32,
    seq: usize,
}

impl PartialEq for Item {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}
impl Eq for Item {}
impl PartialOrd for Item {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Item {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key)
    }
}

#[test]
fn equal_elements_keep_their_order() {
    let items: Vec<Item> = numbers(30_000, 50, 7)
        .into_iter()
        .enumerate()
        .map(|(seq, key)| Item { key, seq })
        .collect();
    let mut expected = items.clone();
    expected.sort(); // stable
    let mut got = items;
    merge_sort(&mut got);
    let got: Vec<(u32, usize)> = got.iter().map(|i| (i.key, i.seq)).collect();
    let expected: Vec<(u32, usize)> = expected.iter().map(|i| (i.key, i.seq)).collect();
    if let Some(i) = got.iter().zip(&expected).position(|(g, e)| g != e) {
        panic!(
            "merge_sort must be stable: items with equal keys should keep their original order, but item {i} is (key, seq) = {:?} instead of {:?}",
            got[i], expected[i]
        );
    }
}

#[test]
fn the_same_result_in_a_pool_of_one_thread() {
    let input = numbers(50_000, 1_000, 3);
    let mut expected = input.clone();
    expected.sort();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let mut got = input;
    pool.install(|| merge_sort(&mut got));
    assert!(
        got == expected,
        "merge_sort of 50,000 numbers in a 1-thread pool should match slice::sort"
    );
}

/// How many comparisons ran on a Rayon worker thread, for each test that
/// uses `Tracked`. `ID` picks the counter, so the two tests do not mix.
static ON_WORKERS: [AtomicUsize; 2] = [AtomicUsize::new(0), AtomicUsize::new(0)];

/// A number that counts the comparisons made on Rayon's worker threads.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tracked<const ID: usize>(u32);

impl<const ID: usize> PartialOrd for Tracked<ID> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl<const ID: usize> Ord for Tracked<ID> {
    fn cmp(&self, other: &Self) -> Ordering {
        if rayon::current_thread_index().is_some() {
            ON_WORKERS[ID].fetch_add(1, AtomicOrdering::Relaxed);
        }
        self.0.cmp(&other.0)
    }
}

#[test]
fn long_slices_are_split_with_rayon_join() {
    let mut v: Vec<Tracked<0>> = numbers(20_000, 1_000_000, 5)
        .into_iter()
        .map(Tracked)
        .collect();
    merge_sort(&mut v);
    assert!(
        v.windows(2).all(|w| w[0] <= w[1]),
        "merge_sort should sort 20,000 numbers"
    );
    assert!(
        ON_WORKERS[0].load(AtomicOrdering::Relaxed) > 0,
        "a slice longer than CUTOFF should be split with rayon::join, but no comparison ran on a Rayon thread"
    );
}

#[test]
fn short_slices_are_sorted_without_rayon() {
    let mut v: Vec<Tracked<1>> = numbers(CUTOFF, 1_000_000, 9)
        .into_iter()
        .map(Tracked)
        .collect();
    merge_sort(&mut v);
    assert!(
        v.windows(2).all(|w| w[0] <= w[1]),
        "merge_sort should sort {CUTOFF} numbers"
    );
    assert_eq!(
        ON_WORKERS[1].load(AtomicOrdering::Relaxed),
        0,
        "a slice of at most CUTOFF elements should be sorted with `sort` on the calling thread, without rayon::join; this many comparisons ran on Rayon threads"
    );
}
