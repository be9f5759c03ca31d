use super::*;

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
}

/// Runs `check_all` on `records` in a pool of two threads, with a check that
/// makes the first record's check finish after another record's result has
/// been handed back, as a check that hits a slow disk might.
///
/// While the first record's check waits, its thread runs other pending work
/// of the pool itself (`rayon::yield_now`): once that has run, every record
/// in it is checked and its result handed back. If there is no work to
/// take, the other thread is busy with records, and the wait ends when that
/// thread starts the check of its second record, which it does only after
/// handing back the first. So the first record's result is never the first
/// one back, however Rayon split the records.
fn first_record_last(records: &[u32]) -> Vec<String> {
    let me_first = &records[0];
    let started: Mutex<HashMap<ThreadId, usize>> = Mutex::new(HashMap::new());
    pool(2).install(|| {
        check_all(records, |n: &u32| {
            if !std::ptr::eq(n, me_first) {
                *started
                    .lock()
                    .unwrap()
                    .entry(thread::current().id())
                    .or_default() += 1;
            } else if records.len() > 1 {
                // A hang guard only, never a verdict: it ends the wait if
                // Rayon ran every record on this one thread.
                let give_up = Instant::now() + Duration::from_secs(2);
                loop {
                    if let Some(rayon::Yield::Executed) = rayon::yield_now() {
                        break;
                    }
                    let me = thread::current().id();
                    let other_is_on_its_second = started
                        .lock()
                        .unwrap()
                        .iter()
                        .any(|(&thread, &count)| thread != me && count >= 2);
                    if other_is_on_its_second || Instant::now() > give_up {
                        break;
                    }
                    thread::yield_now();
                }
            }
            format!("#{n}")
        })
    })
}

#[test]
fn results_stay_in_order_when_the_first_record_is_slow() {
    let records = [1, 2, 3];
    let got = first_record_last(&records);
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
    let got = first_record_last(&records);
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
fn the_checks_run_on_rayons_threads() {
    // Called from the test's own thread, which is not one of Rayon's: a
    // parallel iterator hands all of its work to the pool's worker threads,
    // while sequential code runs the checks right here.
    let records: Vec<u32> = (0..1_000).collect();
    let off_pool = AtomicUsize::new(0);
    let got = check_all(&records, |&n| {
        if rayon::current_thread_index().is_none() {
            off_pool.fetch_add(1, Ordering::Relaxed);
        }
        n + 1
    });
    let expected: Vec<u32> = (1..=1_000).collect();
    assert!(
        got == expected,
        "check_all(0..1000, |n| n + 1) should return 1..=1000 in order"
    );
    let off_pool = off_pool.into_inner();
    assert_eq!(
        off_pool, 0,
        "check_all ran {off_pool} of 1000 checks on the calling thread instead of on Rayon's \
         worker threads: keep the work parallel (par_iter)"
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
