use super::*;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crossbeam_channel::bounded;

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
}

/// Runs `check_all` on `records` in a pool of two threads, with a check that
/// makes the first record the slow one: its check waits until the check of
/// the last record has started, as a check that hits a slow disk might. The
/// other thread of the pool handles the rest of the records meanwhile.
fn first_record_slow(records: &[u32]) -> Vec<String> {
    let last = records.len() - 1;
    let (last_started, wait_for_last) = bounded::<()>(1);
    pool(2).install(|| {
        check_all(records, |&n| {
            if n == records[0] {
                // A hang guard only: the other thread reaches the last
                // record long before this gives up.
                let _ = wait_for_last.recv_timeout(Duration::from_secs(3));
            }
            if n == records[last] {
                let _ = last_started.try_send(());
            }
            format!("#{n}")
        })
    })
}

#[test]
fn results_stay_in_order_when_the_first_record_is_slow() {
    let records = [1, 2, 3];
    let got = first_record_slow(&records);
    assert_eq!(
        got,
        ["#1", "#2", "#3"],
        "check_all({records:?}) should return the results in the order of the records, even when the first check takes longest"
    );
}

#[test]
fn many_results_stay_in_order_when_the_first_record_is_slow() {
    let records: Vec<u32> = (0..1_000).collect();
    let expected: Vec<String> = records.iter().map(|n| format!("#{n}")).collect();
    let got = first_record_slow(&records);
    assert_eq!(
        got.len(),
        expected.len(),
        "check_all should return one result per record"
    );
    if let Some(i) = got.iter().zip(&expected).position(|(g, e)| g != e) {
        panic!(
            "check_all over 1,000 records should return results[i] = check(&records[i]), but results[{i}] is {:?} instead of {:?}",
            got[i], expected[i]
        );
    }
}

#[test]
fn every_record_is_checked_exactly_once() {
    let records: Vec<usize> = (0..5_000).collect();
    let calls: Vec<AtomicUsize> = records.iter().map(|_| AtomicUsize::new(0)).collect();
    let got = check_all(&records, |&i| {
        calls[i].fetch_add(1, Ordering::Relaxed);
        i
    });
    assert_eq!(
        got.len(),
        records.len(),
        "check_all should return one result per record"
    );
    let counts: Vec<usize> = calls.iter().map(|c| c.load(Ordering::Relaxed)).collect();
    assert!(
        counts.iter().all(|&c| c == 1),
        "check should be called exactly once per record"
    );
}

#[test]
fn no_records_give_no_results() {
    let got = check_all(&[] as &[u8], |&b| b);
    assert!(got.is_empty(), "check_all(&[]) should return an empty Vec");
}

#[test]
fn one_record_gives_one_result() {
    let got = check_all(&["only"], |s| s.len());
    assert_eq!(got, [4], "check_all([\"only\"], len) should be [4]");
}
