use super::*;
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};

#[test]
fn chunks_come_back_in_order() {
    let items: Vec<u32> = (1..=10).collect();
    let got = map_chunks(&items, 4, |chunk| chunk.to_vec());
    let expected = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9], vec![10]];
    assert_eq!(
        got, expected,
        "10 items on 4 threads should be chunks of 10.div_ceil(4) = 3, in order"
    );
}

#[test]
fn results_can_be_computed_from_each_chunk() {
    let items: Vec<u64> = (1..=100).collect();
    let sums = map_chunks(&items, 3, |chunk| chunk.iter().sum::<u64>());
    assert_eq!(
        sums,
        vec![595, 1751, 2704],
        "sums of 1..=34, 35..=68 and 69..=100 (chunks of 100.div_ceil(3) = 34)"
    );
}

#[test]
fn zero_threads_counts_as_one() {
    let items = ["a", "b", "c"];
    let got = map_chunks(&items, 0, |chunk| chunk.len());
    assert_eq!(
        got,
        vec![3],
        "threads == 0 should give one chunk of all 3 items"
    );
}

#[test]
fn more_threads_than_items_gives_one_item_per_chunk() {
    let items = ['x', 'y', 'z'];
    let got = map_chunks(&items, 8, |chunk| chunk.to_vec());
    assert_eq!(
        got,
        vec![vec!['x'], vec!['y'], vec!['z']],
        "3 items on 8 threads should be 3 chunks of 1 item"
    );
}

#[test]
fn an_empty_slice_calls_nothing() {
    let calls = AtomicUsize::new(0);
    let got = map_chunks(&[] as &[i32], 4, |chunk| {
        calls.fetch_add(1, Ordering::Relaxed);
        chunk.len()
    });
    assert_eq!(
        got,
        Vec::<usize>::new(),
        "an empty slice should give no results"
    );
    assert_eq!(
        calls.load(Ordering::Relaxed),
        0,
        "f must not be called for an empty slice"
    );
}

#[test]
fn each_chunk_runs_on_a_thread_of_its_own() {
    let seen: Mutex<Vec<ThreadId>> = Mutex::new(Vec::new());
    let items: Vec<u8> = (0..8).collect();
    let lens = map_chunks(&items, 4, |chunk| {
        seen.lock().unwrap().push(thread::current().id());
        chunk.len()
    });
    assert_eq!(
        lens,
        vec![2, 2, 2, 2],
        "8 items on 4 threads: 4 chunks of 2"
    );
    let seen = seen.into_inner().unwrap();
    let distinct: HashSet<ThreadId> = seen.iter().copied().collect();
    assert_eq!(
        distinct.len(),
        4,
        "4 chunks should run on 4 different threads, but ran on {}",
        distinct.len()
    );
    assert!(
        !distinct.contains(&thread::current().id()),
        "no chunk should run on the calling thread: spawn a scoped thread for each"
    );
}

const POEM: [&str; 6] = [
    "the quick brown fox",
    "Jumps over the lazy dog",
    "",
    "THE dog   sleeps",
    "\tthe fox runs ",
    "quick quick",
];

fn expected_poem() -> BTreeMap<String, usize> {
    [
        ("brown", 1),
        ("dog", 2),
        ("fox", 2),
        ("jumps", 1),
        ("lazy", 1),
        ("over", 1),
        ("quick", 3),
        ("runs", 1),
        ("sleeps", 1),
        ("the", 4),
    ]
    .into_iter()
    .map(|(w, n)| (w.to_string(), n))
    .collect()
}

#[test]
fn word_counts_folds_case_and_ignores_extra_whitespace() {
    let got = word_counts(&POEM, 2);
    assert_eq!(got, expected_poem(), "word_counts(POEM, 2)");
}

#[test]
fn word_counts_is_the_same_for_any_number_of_threads() {
    for threads in 0..=8 {
        let got = word_counts(&POEM, threads);
        assert_eq!(
            got,
            expected_poem(),
            "word_counts(POEM, {threads}) should not depend on the thread count"
        );
    }
}

#[test]
fn word_counts_of_nothing_is_empty() {
    assert_eq!(
        word_counts(&[], 4),
        BTreeMap::new(),
        "no lines should give no words"
    );
    assert_eq!(
        word_counts(&["", "   ", "\t"], 3),
        BTreeMap::new(),
        "blank lines should give no words"
    );
}

#[test]
fn word_counts_lowercases_beyond_ascii() {
    let got = word_counts(&["Élan élan ÉLAN"], 1);
    let expected = BTreeMap::from([("élan".to_string(), 3)]);
    assert_eq!(got, expected, "\"Élan élan ÉLAN\" is one word, 3 times");
}
