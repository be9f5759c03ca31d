use super::*;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::Duration;

/// A correct `run_pipeline` finishes these small inputs in milliseconds. The
/// limit only stops a test that would otherwise wait forever.
const LIMIT: Duration = Duration::from_secs(2);

/// Runs `call` on a thread of its own and returns its result. Fails the test
/// if `call` panics, or if it has not returned within `LIMIT`.
fn returns<R: Send + 'static>(what: String, call: impl FnOnce() -> R + Send + 'static) -> R {
    course_deadline::finish_within(LIMIT, call).unwrap_or_else(|| {
        panic!(
            "{what} did not return within {LIMIT:?}. It should return as soon as every \
             result is in: is a Sender still alive (so a `for` loop over a Receiver never \
             ends), or is a thread waiting for something that never comes?"
        )
    })
}

fn check_squares(len: u64, workers: usize) {
    let items: Vec<u64> = (0..len).collect();
    let expected: Vec<u64> = items.iter().map(|n| n * n).collect();
    let what = format!("run_pipeline(<{len} numbers>, {workers}, square)");
    let got = returns(what.clone(), move || {
        run_pipeline(items, workers, |n| n * n)
    });
    assert_eq!(
        got, expected,
        "{what} should give the squares in input order"
    );
}

#[test]
fn one_worker_squares_every_number() {
    check_squares(20, 1);
}

#[test]
fn several_workers_keep_the_input_order() {
    for workers in [2, 3, 4, 8] {
        check_squares(200, workers);
    }
}

#[test]
fn more_workers_than_items() {
    check_squares(3, 8);
    check_squares(1, 4);
}

#[test]
fn zero_workers_counts_as_one() {
    check_squares(10, 0);
}

#[test]
fn empty_input_gives_empty_output() {
    for workers in [0, 1, 3] {
        let what = format!("run_pipeline(vec![], {workers}, square)");
        let got: Vec<u64> = returns(what.clone(), move || {
            run_pipeline(Vec::<u64>::new(), workers, |n| n * n)
        });
        assert_eq!(got, Vec::<u64>::new(), "{what} should be empty");
    }
}

#[test]
fn each_item_is_transformed_exactly_once() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (calls_in, seen_in) = (Arc::clone(&calls), Arc::clone(&seen));
    let got = returns(
        "run_pipeline(<100 numbers>, 4, record)".to_string(),
        move || {
            run_pipeline((0..100u32).collect(), 4, move |n| {
                calls_in.fetch_add(1, Ordering::SeqCst);
                seen_in.lock().unwrap().push(n);
                n + 1
            })
        },
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        100,
        "100 items should give exactly 100 calls of the transform"
    );
    let mut seen = seen.lock().unwrap().clone();
    seen.sort_unstable();
    assert_eq!(
        seen,
        (0..100).collect::<Vec<u32>>(),
        "the transform should see every item once"
    );
    assert_eq!(
        got,
        (1..=100).collect::<Vec<u32>>(),
        "run_pipeline(0..100, 4, |n| n + 1) should give 1..=100 in order"
    );
}

#[test]
fn owned_items_move_through_the_channels() {
    // `String` is not `Copy`: each one moves from `items` into a job, into a
    // worker, into `transform` and (as a result) back out.
    let words: Vec<String> = ["fan", "out", "and", "fan", "in"]
        .iter()
        .map(|w| w.to_string())
        .collect();
    let got = returns(
        "run_pipeline(<5 words>, 2, uppercase)".to_string(),
        move || run_pipeline(words, 2, |w: String| w.to_uppercase()),
    );
    assert_eq!(
        got,
        ["FAN", "OUT", "AND", "FAN", "IN"],
        "run_pipeline(words, 2, uppercase) should upper-case every word, in order"
    );
}

#[test]
fn the_workers_run_at_the_same_time() {
    // Every call of this transform waits until `workers` calls are waiting
    // together. That only happens if `workers` threads run the transform.
    for workers in [2, 4] {
        let barrier = Arc::new(Barrier::new(workers));
        let items: Vec<usize> = (0..workers * 3).collect();
        let expected: Vec<usize> = items.iter().map(|n| n * 10).collect();
        let what = format!(
            "run_pipeline(<{} items>, {workers}, f), where each call of f waits until \
             {workers} calls run at once",
            items.len()
        );
        let got = returns(what.clone(), move || {
            run_pipeline(items, workers, move |n| {
                barrier.wait();
                n * 10
            })
        });
        assert_eq!(
            got, expected,
            "{what} should multiply every item by 10, in order"
        );
    }
}
