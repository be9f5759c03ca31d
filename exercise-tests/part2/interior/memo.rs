use super::*;
use std::cell::Cell;
use std::rc::Rc;

/// Wraps `g` in a closure that counts its runs in the returned `Cell`.
fn counted(g: impl Fn(u64) -> u64) -> (Rc<Cell<u32>>, impl Fn(u64) -> u64) {
    let runs = Rc::new(Cell::new(0));
    let counter = Rc::clone(&runs);
    let f = move |n| {
        counter.set(counter.get() + 1);
        g(n)
    };
    (runs, f)
}

/// Checks the memo's counters and size against what the calls so far imply.
fn check_stats<F: Fn(u64) -> u64>(memo: &Memo<F>, hits: u64, misses: u64, len: usize) {
    assert_eq!(memo.hits(), hits, "hits() should be {hits}");
    assert_eq!(memo.misses(), misses, "misses() should be {misses}");
    assert_eq!(memo.len(), len, "len() should be {len}");
    assert_eq!(
        memo.is_empty(),
        len == 0,
        "is_empty() should be {} when {len} results are stored",
        len == 0
    );
}

#[test]
fn new_does_not_run_f_and_starts_empty() {
    let (runs, f) = counted(|n| n * n);
    let memo = Memo::new(f);
    assert_eq!(runs.get(), 0, "Memo::new must not call f");
    check_stats(&memo, 0, 0, 0);
}

#[test]
fn repeated_calls_run_f_once() {
    let (runs, f) = counted(|n| n * n);
    let memo = Memo::new(f);
    for _ in 0..3 {
        assert_eq!(memo.get(7), 49, "get(7) should be 7 * 7 = 49");
    }
    assert_eq!(runs.get(), 1, "three calls of get(7) should run f once");
    check_stats(&memo, 2, 1, 1);
}

#[test]
fn each_argument_is_computed_once() {
    let (runs, f) = counted(|n| n + 100);
    let memo = Memo::new(f);
    for n in [1, 2, 1, 3, 2, 3, 3] {
        let expected = n + 100;
        assert_eq!(memo.get(n), expected, "get({n}) should be {expected}");
    }
    assert_eq!(
        runs.get(),
        3,
        "f should run once for each of the 3 different arguments 1, 2 and 3"
    );
    check_stats(&memo, 4, 3, 3);
}

#[test]
fn a_stored_zero_is_a_hit() {
    let (runs, f) = counted(|n| n % 2);
    let memo = Memo::new(f);
    for _ in 0..2 {
        assert_eq!(memo.get(4), 0, "get(4) should be 4 % 2 = 0");
        assert_eq!(memo.get(0), 0, "get(0) should be 0 % 2 = 0");
    }
    assert_eq!(
        runs.get(),
        2,
        "f should run once for 4 and once for 0: a stored 0 is a result, not a missing one"
    );
    check_stats(&memo, 2, 2, 2);
}

#[test]
fn several_shared_references_share_one_cache() {
    fn ask<F: Fn(u64) -> u64>(memo: &Memo<F>, n: u64) -> u64 {
        memo.get(n)
    }

    let (runs, f) = counted(|n| n * 3);
    let memo = Memo::new(f);
    let first = &memo;
    let second = &memo;
    assert_eq!(ask(first, 5), 15, "get(5) should be 15");
    assert_eq!(ask(second, 5), 15, "get(5) should be 15");
    assert_eq!(first.get(5), 15, "get(5) should be 15");
    assert_eq!(
        runs.get(),
        1,
        "calls through different shared references should share one cache and run f once"
    );
    check_stats(second, 2, 1, 1);
}

#[test]
fn clear_forgets_results_but_keeps_counters() {
    let (runs, f) = counted(|n| n * n);
    let memo = Memo::new(f);
    memo.get(5);
    memo.get(5);
    memo.clear();
    check_stats(&memo, 1, 1, 0);
    assert_eq!(memo.get(5), 25, "get(5) after clear() should still be 25");
    assert_eq!(
        runs.get(),
        2,
        "the first get(5) after clear() should run f again"
    );
    check_stats(&memo, 1, 2, 1);
}

#[test]
fn smallest_and_largest_arguments() {
    let (runs, f) = counted(|n| n.wrapping_add(1));
    let memo = Memo::new(f);
    for _ in 0..2 {
        assert_eq!(memo.get(0), 1, "get(0) should be 1");
        assert_eq!(memo.get(u64::MAX), 0, "get(u64::MAX) should wrap to 0");
    }
    assert_eq!(
        runs.get(),
        2,
        "f should run once for 0 and once for u64::MAX"
    );
    check_stats(&memo, 2, 2, 2);
}
