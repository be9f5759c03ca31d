use super::*;
use std::sync::Barrier;
use std::thread;

const THREADS: usize = 4;

/// Runs `work` on `THREADS` threads that start together, and returns what
/// each thread returned.
fn on_threads<T: Send>(work: impl Fn() -> T + Sync) -> Vec<T> {
    let start = Barrier::new(THREADS);
    thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                s.spawn(|| {
                    start.wait();
                    work()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

#[test]
fn ids_count_up_from_zero() {
    let meter = Meter::new(0);
    let ids: Vec<u64> = (0..5).map(|_| meter.next_id()).collect();
    assert_eq!(
        ids,
        [0, 1, 2, 3, 4],
        "five calls of next_id() should return 0 to 4"
    );
}

#[test]
fn served_bytes_add_up() {
    let meter = Meter::new(0);
    assert_eq!(meter.served(), 0, "a new meter has served nothing");
    meter.add_served(1500);
    meter.add_served(0);
    meter.add_served(500);
    assert_eq!(
        meter.served(),
        2000,
        "1500 + 0 + 500 bytes should make 2000"
    );
}

#[test]
fn a_refused_reservation_changes_nothing() {
    let meter = Meter::new(10);
    assert!(meter.try_reserve(8), "8 of 10 bytes should fit");
    assert!(
        !meter.try_reserve(5),
        "5 more bytes would make 13 of 10, so refuse"
    );
    assert_eq!(
        meter.reserved(),
        8,
        "the refused 5 bytes should not be counted"
    );
    assert!(
        meter.try_reserve(2),
        "2 more bytes make exactly 10 of 10, so they fit"
    );
    assert_eq!(meter.reserved(), 10, "8 + 2 bytes should be reserved");
    assert!(
        !meter.try_reserve(1),
        "a full quota should refuse 1 more byte"
    );
    meter.release(8);
    assert_eq!(
        meter.reserved(),
        2,
        "after releasing 8, 2 bytes stay reserved"
    );
    assert!(meter.try_reserve(8), "after releasing, 8 bytes fit again");
}

#[test]
fn zero_bytes_always_fit() {
    let meter = Meter::new(0);
    assert!(meter.try_reserve(0), "0 bytes fit even in a quota of 0");
    assert!(!meter.try_reserve(1), "1 byte does not fit in a quota of 0");
    assert_eq!(meter.reserved(), 0, "nothing should be reserved");
}

#[test]
fn an_overflowing_request_is_refused() {
    let meter = Meter::new(u64::MAX);
    assert!(meter.try_reserve(1), "1 byte fits in a quota of u64::MAX");
    assert!(
        !meter.try_reserve(u64::MAX),
        "1 + u64::MAX overflows, so the request should be refused (without a panic)"
    );
    assert_eq!(
        meter.reserved(),
        1,
        "the refused request should not be counted"
    );
    assert!(
        meter.try_reserve(u64::MAX - 1),
        "exactly u64::MAX in total fits"
    );
}

#[test]
fn threads_never_get_the_same_id() {
    const PER_THREAD: usize = 100_000;
    let meter = Meter::new(0);
    let ids = on_threads(|| (0..PER_THREAD).map(|_| meter.next_id()).collect::<Vec<_>>());
    let total = THREADS * PER_THREAD;
    let mut seen = vec![false; total];
    let mut repeated = 0;
    for id in ids.into_iter().flatten() {
        let slot = usize::try_from(id).expect("an id should fit in usize");
        assert!(
            slot < total,
            "{total} calls should return ids below {total}, got {id}"
        );
        if seen[slot] {
            repeated += 1;
        }
        seen[slot] = true;
    }
    assert_eq!(
        repeated, 0,
        "{THREADS} threads x {PER_THREAD} calls of next_id() should never repeat an id"
    );
    assert_eq!(
        meter.next_id(),
        total as u64,
        "the next id after {total} calls should be {total}"
    );
}

#[test]
fn served_bytes_from_threads_add_up() {
    const PER_THREAD: u64 = 100_000;
    let meter = Meter::new(0);
    on_threads(|| (0..PER_THREAD).for_each(|_| meter.add_served(3)));
    let expected = THREADS as u64 * PER_THREAD * 3;
    assert_eq!(
        meter.served(),
        expected,
        "{THREADS} threads x {PER_THREAD} calls of add_served(3) should make {expected}"
    );
}

#[test]
fn threads_never_reserve_more_than_the_quota() {
    const QUOTA: u64 = 100_000;
    let meter = Meter::new(QUOTA);
    let granted: u64 =
        on_threads(|| (0..QUOTA / 2).filter(|_| meter.try_reserve(1)).count() as u64)
            .into_iter()
            .sum();
    assert_eq!(
        (granted, meter.reserved()),
        (QUOTA, QUOTA),
        "{THREADS} threads x {} calls of try_reserve(1) with a quota of {QUOTA} should \
         grant exactly {QUOTA} and reserve exactly {QUOTA}",
        QUOTA / 2
    );
}

#[test]
fn reserve_and_release_from_threads() {
    const QUOTA: u64 = 10;
    let meter = Meter::new(QUOTA);
    let highest_seen = on_threads(|| {
        let mut highest = 0;
        for _ in 0..20_000 {
            if meter.try_reserve(3) {
                highest = highest.max(meter.reserved());
                meter.release(3);
            }
        }
        highest
    });
    let highest = highest_seen.into_iter().max().unwrap_or(0);
    assert!(
        highest <= QUOTA,
        "reserved() should never exceed the quota of {QUOTA}, but a thread saw {highest}"
    );
    assert_eq!(
        meter.reserved(),
        0,
        "every reservation was released, so 0 should remain"
    );
}
