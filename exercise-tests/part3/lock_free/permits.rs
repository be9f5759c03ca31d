use super::*;
use std::sync::atomic::AtomicU64;
use std::thread;

fn check_available(permits: &Permits, expected: u32, what: &str) {
    assert_eq!(
        permits.available(),
        expected,
        "after {what}, available() should be {expected}"
    );
}

#[test]
fn new_permits_are_all_free() {
    check_available(&Permits::new(5), 5, "Permits::new(5)");
    check_available(&Permits::new(0), 0, "Permits::new(0)");
}

#[test]
fn acquire_takes_and_release_gives_back() {
    let permits = Permits::new(5);
    assert!(
        permits.try_acquire(2),
        "try_acquire(2) with 5 free should succeed"
    );
    check_available(&permits, 3, "taking 2 of 5");
    assert!(
        permits.try_acquire(3),
        "try_acquire(3) with 3 free should succeed"
    );
    check_available(&permits, 0, "taking the last 3");
    assert!(
        permits.release(4),
        "release(4) with 0 of 5 free should succeed"
    );
    check_available(&permits, 4, "giving 4 back");
}

#[test]
fn acquire_is_all_or_nothing() {
    let permits = Permits::new(3);
    assert!(
        permits.try_acquire(2),
        "try_acquire(2) with 3 free should succeed"
    );
    assert!(
        !permits.try_acquire(2),
        "try_acquire(2) with only 1 free should fail"
    );
    check_available(
        &permits,
        1,
        "a failed try_acquire(2) with 1 free (it takes nothing)",
    );
    assert!(
        !permits.try_acquire(u32::MAX),
        "try_acquire(u32::MAX) with 1 free should fail"
    );
    check_available(&permits, 1, "a failed try_acquire(u32::MAX)");
}

#[test]
fn acquiring_zero_always_succeeds() {
    let permits = Permits::new(1);
    assert!(
        permits.try_acquire(1),
        "try_acquire(1) with 1 free should succeed"
    );
    assert!(
        permits.try_acquire(0),
        "try_acquire(0) should succeed even with 0 free"
    );
    check_available(&permits, 0, "try_acquire(0)");
}

#[test]
fn releasing_beyond_the_maximum_gives_nothing_back() {
    let permits = Permits::new(4);
    assert!(
        permits.try_acquire(3),
        "try_acquire(3) with 4 free should succeed"
    );
    assert!(
        !permits.release(4),
        "release(4) with 1 of 4 free should fail: 5 would be more than the maximum"
    );
    check_available(&permits, 1, "a failed release(4)");
    assert!(
        permits.release(3),
        "release(3) with 1 of 4 free should succeed"
    );
    check_available(&permits, 4, "giving 3 back");
    assert!(
        permits.release(0),
        "release(0) with all 4 free should succeed: nothing changes"
    );
    assert!(
        !permits.release(1),
        "release(1) with all 4 free should fail"
    );
    check_available(&permits, 4, "a failed release(1)");
}

#[test]
fn the_largest_maximum_does_not_overflow() {
    let permits = Permits::new(u32::MAX);
    assert!(
        !permits.release(1),
        "release(1) with u32::MAX of u32::MAX free should fail, not wrap around"
    );
    check_available(&permits, u32::MAX, "a failed release(1)");
    assert!(
        permits.try_acquire(10),
        "try_acquire(10) with u32::MAX free should succeed"
    );
    assert!(
        !permits.release(11),
        "release(11) after taking 10 of u32::MAX should fail"
    );
    assert!(
        permits.release(10),
        "release(10) after taking 10 of u32::MAX should succeed"
    );
    check_available(&permits, u32::MAX, "taking 10 and giving them back");
}

#[test]
fn threads_never_take_more_permits_than_there_are() {
    const MAX: u32 = 2_000;
    let permits = Permits::new(MAX);
    let taken = AtomicU64::new(0);
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..2_000 {
                    if permits.try_acquire(1) {
                        taken.fetch_add(1, Ordering::Relaxed);
                    }
                }
            });
        }
    });
    assert_eq!(
        taken.into_inner(),
        u64::from(MAX),
        "4 threads trying 2000 times each to take 1 of {MAX} permits should succeed exactly {MAX} times"
    );
    check_available(&permits, 0, "taking every permit on 4 threads");
}

#[test]
fn threads_taking_and_giving_back_keep_the_count() {
    const MAX: u32 = 10;
    let permits = Permits::new(MAX);
    let held = AtomicU64::new(0);
    let most_held = AtomicU64::new(0);
    let failed_releases = AtomicU64::new(0);
    thread::scope(|s| {
        for n in 1..=4 {
            let (permits, held, most_held, failed_releases) =
                (&permits, &held, &most_held, &failed_releases);
            s.spawn(move || {
                for _ in 0..5_000 {
                    if permits.try_acquire(n) {
                        let now = held.fetch_add(u64::from(n), Ordering::Relaxed) + u64::from(n);
                        most_held.fetch_max(now, Ordering::Relaxed);
                        held.fetch_sub(u64::from(n), Ordering::Relaxed);
                        if !permits.release(n) {
                            failed_releases.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
            });
        }
    });
    assert_eq!(
        failed_releases.into_inner(),
        0,
        "giving back permits that were taken should never fail"
    );
    assert!(
        most_held.into_inner() <= u64::from(MAX),
        "threads should never hold more than {MAX} permits at once"
    );
    check_available(&permits, MAX, "4 threads taking and giving back permits");
}
