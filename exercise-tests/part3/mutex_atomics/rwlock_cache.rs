use super::*;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

/// Runs `f` on a thread of its own and waits at most 2 seconds for it, so
/// that a call that never returns fails the test instead of hanging it.
fn within_2s<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    course_deadline::finish_within(Duration::from_secs(2), f).unwrap_or_else(|| {
        panic!(
            "{what} did not return within 2 s: it waits for a lock that is never \
             released. Is a read guard still alive when the write lock is requested, \
             or is a lock held while `make` runs?"
        )
    })
}

#[test]
fn get_and_insert_work() {
    let cache = Cache::new();
    assert!(cache.is_empty(), "a new cache should be empty");
    assert_eq!(
        cache.get("a"),
        None,
        "get(\"a\") on a new cache should be None"
    );
    cache.insert("a", 1);
    cache.insert("b", 2);
    cache.insert("a", 3);
    assert_eq!(
        cache.get("a"),
        Some(3),
        "insert replaces: get(\"a\") should be Some(3)"
    );
    assert_eq!(cache.get("b"), Some(2), "get(\"b\") should be Some(2)");
    assert_eq!(cache.len(), 2, "two keys were inserted");
}

#[test]
fn a_hit_returns_the_cached_value_without_computing() {
    let cache = Cache::new();
    cache.insert("port", 8080);
    let got = cache.get_or_insert_with("port", || panic!("`make` must not run on a hit"));
    assert_eq!(
        got, 8080,
        "get_or_insert_with(\"port\", ..) should return the cached 8080"
    );
    assert_eq!(cache.computed(), 0, "a hit should not call `make`");
}

#[test]
fn a_miss_computes_stores_and_returns() {
    let cache = Arc::new(Cache::new());
    let shared = Arc::clone(&cache);
    let got = within_2s(
        "get_or_insert_with(\"answer\", ..) on an empty cache",
        move || shared.get_or_insert_with("answer", || 42),
    );
    assert_eq!(got, 42, "a miss should return what `make` computed");
    assert_eq!(
        cache.get("answer"),
        Some(42),
        "a miss should store the computed value"
    );
    assert_eq!(cache.computed(), 1, "one miss should call `make` once");
}

#[test]
fn each_key_is_computed_once() {
    let cache = Arc::new(Cache::new());
    let shared = Arc::clone(&cache);
    let got = within_2s("get_or_insert_with on a missing key", move || {
        ["a", "b", "a", "b", "a"]
            .into_iter()
            .map(|key| shared.get_or_insert_with(key, || key.to_uppercase()))
            .collect::<Vec<_>>()
    });
    assert_eq!(
        got,
        ["A", "B", "A", "B", "A"],
        "each call should return its key's value"
    );
    assert_eq!(
        cache.computed(),
        2,
        "five calls on two keys should call `make` twice"
    );
    assert_eq!(cache.len(), 2, "two keys should be cached");
}

#[test]
fn make_may_use_the_cache() {
    let cache = Arc::new(Cache::new());
    cache.insert("base", 10);
    let shared = Arc::clone(&cache);
    let got = within_2s(
        "a get_or_insert_with whose `make` uses the cache",
        move || {
            shared.get_or_insert_with("double", || {
                let base = shared.get("base").unwrap_or(0);
                let one = shared.get_or_insert_with("one", || 1);
                base * 2 + one
            })
        },
    );
    assert_eq!(
        got, 21,
        "\"double\" should be computed from \"base\" (10) and \"one\" (1)"
    );
    assert_eq!(
        cache.get("one"),
        Some(1),
        "the nested call should have stored \"one\""
    );
    assert_eq!(cache.get("double"), Some(21), "\"double\" should be stored");
    assert_eq!(
        cache.computed(),
        2,
        "`make` should have run for \"double\" and \"one\""
    );
}

#[test]
fn two_threads_that_miss_together_agree_on_the_first_value() {
    let cache = Arc::new(Cache::new());
    let shared = Arc::clone(&cache);
    let (first, second) = within_2s("two threads missing the same key at once", move || {
        // Neither `make` returns before both have started, so both threads
        // have missed before either one stores its value.
        let both_computing = Barrier::new(2);
        thread::scope(|s| {
            let first = s.spawn(|| {
                shared.get_or_insert_with("winner", || {
                    both_computing.wait();
                    String::from("first thread")
                })
            });
            let second = s.spawn(|| {
                shared.get_or_insert_with("winner", || {
                    both_computing.wait();
                    String::from("second thread")
                })
            });
            (first.join().unwrap(), second.join().unwrap())
        })
    });
    assert_eq!(
        first, second,
        "both calls should return the value that was stored first"
    );
    assert_eq!(
        cache.get("winner"),
        Some(first.clone()),
        "the cache should keep the value stored first ({first:?})"
    );
    assert_eq!(
        cache.computed(),
        2,
        "both threads missed, so `make` ran twice"
    );
}

#[test]
fn many_threads_share_one_cache() {
    let cache = Arc::new(Cache::new());
    let shared = Arc::clone(&cache);
    let sums = within_2s("get_or_insert_with from 4 threads", move || {
        thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    s.spawn(|| {
                        (0..50_u64)
                            .map(|n| shared.get_or_insert_with(&(n % 10).to_string(), || n % 10))
                            .sum::<u64>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap())
                .collect::<Vec<_>>()
        })
    });
    assert_eq!(
        sums, [225; 4],
        "each thread should see the values 0..=9 five times each"
    );
    assert_eq!(cache.len(), 10, "ten keys should be cached");
    let computed = cache.computed();
    assert!(
        (10..=40).contains(&computed),
        "each of the 10 keys is computed at least once and at most once per thread, \
         so computed() should be between 10 and 40, not {computed}"
    );
}
