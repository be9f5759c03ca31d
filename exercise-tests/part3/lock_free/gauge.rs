use super::*;
use std::sync::Barrier;
use std::thread;

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

#[test]
fn an_update_made_while_f_runs_is_not_lost() {
    // The first call of `f` changes the gauge itself, exactly as another
    // thread could between `update`'s read of the value and its write.
    let gauge = Gauge::new(10);
    let mut seen = Vec::new();
    let old = gauge.update(|v| {
        seen.push(v);
        if seen.len() == 1 {
            gauge.update(|w| w + 5); // 10 becomes 15 behind our back
        }
        v * 2
    });
    assert_eq!(
        gauge.get(),
        30,
        "the +5 made while f ran must not be lost: (10 + 5) * 2 should be 30"
    );
    assert!(
        seen.len() >= 2 && seen[0] == 10 && seen[1..].iter().all(|&v| v == 15),
        "f should run on 10, then again on the latest value, 15, but saw {seen:?}"
    );
    assert_eq!(old, 15, "update should return the value it replaced, 15");
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
