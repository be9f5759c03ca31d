use super::*;
use std::sync::Barrier;
use std::thread;
use std::time::Duration;

#[test]
fn update_stores_the_new_value_and_returns_the_old_one() {
    let gauge = Gauge::new(10);
    let old = gauge.update(|v| v * 3);
    assert_eq!(
        old, 10,
        "update(|v| v * 3) on 10 should return the old value, 10"
    );
    assert_eq!(
        gauge.get(),
        30,
        "after update(|v| v * 3) on 10, get() should be 30"
    );
}

#[test]
fn f_is_called_with_the_current_value() {
    let gauge = Gauge::new(7);
    let mut calls = Vec::new();
    gauge.update(|v| {
        calls.push(v);
        v + 1
    });
    assert!(!calls.is_empty(), "update should call f");
    assert!(
        calls.iter().all(|&v| v == 7),
        "with no other update going on, f should only see 7, but saw {calls:?}"
    );
    assert_eq!(
        gauge.get(),
        8,
        "after update(|v| v + 1) on 7, get() should be 8"
    );
}

/// Runs `f` on a thread of its own and waits at most 2 seconds for it: an
/// `update` that takes a lock would wait forever for itself when `f` calls
/// `update` again.
fn within_2s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    course_deadline::finish_within(Duration::from_secs(2), f).unwrap_or_else(|| {
        panic!(
            "an update called from inside f did not finish within 2 s: does `update` \
             hold a lock (or wait for one) while it runs f?"
        )
    })
}

#[test]
fn an_update_made_while_f_runs_is_not_lost() {
    // The first call of `f` changes the gauge itself, exactly as another
    // thread could between `update`'s read of the value and its write.
    let (value, seen, old) = within_2s(|| {
        let gauge = Gauge::new(10);
        let mut seen = Vec::new();
        let old = gauge.update(|v| {
            seen.push(v);
            if seen.len() == 1 {
                gauge.update(|w| w + 5); // 10 becomes 15 behind our back
            }
            v * 2
        });
        (gauge.get(), seen, old)
    });
    assert_eq!(
        value, 30,
        "the +5 made while f ran must not be lost: (10 + 5) * 2 should be 30"
    );
    assert!(
        seen.len() >= 2 && seen[0] == 10 && seen[1..].iter().all(|&v| v == 15),
        "f should run on 10, then again on the latest value, 15, but saw {seen:?}"
    );
    assert_eq!(old, 15, "update should return the value it replaced, 15");
}

#[test]
fn updates_made_during_every_retry_are_not_lost() {
    // Other writers get in three times in a row: `update` must keep
    // retrying on the latest value until its write goes through.
    let (value, seen, old) = within_2s(|| {
        let gauge = Gauge::new(1);
        let mut seen = Vec::new();
        let old = gauge.update(|v| {
            seen.push(v);
            if seen.len() <= 3 {
                gauge.update(|w| w + 1); // another write, before ours
            }
            v * 100
        });
        (gauge.get(), seen, old)
    });
    // (A spurious failure of `compare_exchange_weak` may add more runs on 4.)
    assert!(
        seen.len() >= 4 && seen[..4] == [1, 2, 3, 4] && seen[4..].iter().all(|&v| v == 4),
        "f should run on 1, then on each newer value (2, 3 and 4) until nothing \
         changed it in between, but saw {seen:?}"
    );
    assert_eq!(
        value, 400,
        "none of the three +1s may be lost: (1 + 3) * 100 should be 400"
    );
    assert_eq!(old, 4, "update should return the value it replaced, 4");
}

#[test]
fn add_capped_adds_up_to_the_cap() {
    let gauge = Gauge::new(0);
    assert_eq!(
        gauge.add_capped(4, 10),
        0,
        "add_capped(4, 10) on 0 should return 0"
    );
    assert_eq!(
        gauge.add_capped(4, 10),
        4,
        "add_capped(4, 10) on 4 should return 4"
    );
    assert_eq!(gauge.get(), 8, "0 + 4 + 4 should be 8");
    gauge.add_capped(4, 10);
    assert_eq!(gauge.get(), 10, "8 + 4 capped at 10 should be 10");
    gauge.add_capped(u64::MAX, u64::MAX);
    assert_eq!(
        gauge.get(),
        u64::MAX,
        "10 + u64::MAX should saturate at u64::MAX"
    );
    let high = Gauge::new(50);
    high.add_capped(1, 10);
    assert_eq!(
        high.get(),
        50,
        "a value already above the cap should stay as it is"
    );
}

#[test]
fn four_threads_adding_lose_nothing() {
    let gauge = Gauge::new(0);
    let start = Barrier::new(4);
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                start.wait(); // all four threads add at the same time
                for _ in 0..100_000 {
                    gauge.add_capped(1, u64::MAX);
                }
            });
        }
    });
    assert_eq!(
        gauge.get(),
        400_000,
        "4 threads each adding 1 a hundred thousand times should reach 400000"
    );
}

#[test]
fn the_cap_holds_under_contention() {
    let gauge = Gauge::new(0);
    let start = Barrier::new(4);
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                start.wait();
                for _ in 0..20_000 {
                    gauge.add_capped(3, 100_000);
                }
            });
        }
    });
    assert_eq!(
        gauge.get(),
        100_000,
        "240000 added in steps of 3 with a cap of 100000 should stop exactly at 100000"
    );
}
