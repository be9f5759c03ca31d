use super::*;
use std::mem::size_of;

fn times(clock: &FakeClock, n: usize) -> Vec<u64> {
    (0..n).map(|_| clock.now()).collect()
}

#[test]
fn now_starts_at_start_and_moves_by_step() {
    let clock = FakeClock::new(100, 7);
    assert_eq!(
        times(&clock, 4),
        [100, 107, 114, 121],
        "FakeClock::new(100, 7): now() should give 100, 107, 114, 121"
    );
    assert_eq!(clock.calls(), 4, "now() was called 4 times");
}

#[test]
fn a_clock_with_step_zero_stands_still() {
    let clock = FakeClock::new(5, 0);
    assert_eq!(
        times(&clock, 3),
        [5, 5, 5],
        "FakeClock::new(5, 0): now() should give 5 every time"
    );
}

#[test]
fn a_new_clock_has_no_calls() {
    let clock = FakeClock::new(0, 1);
    assert_eq!(clock.calls(), 0, "a new clock has had no calls of now()");
    clock.advance(10);
    assert_eq!(clock.calls(), 0, "advance() is not a call of now()");
    assert_eq!(
        clock.now(),
        10,
        "FakeClock::new(0, 1) advanced by 10: the first now() should be 10"
    );
}

#[test]
fn advance_moves_the_clock_between_calls() {
    let clock = FakeClock::new(0, 1);
    let first = clock.now();
    clock.advance(60);
    let second = clock.now();
    assert_eq!(
        (first, second),
        (0, 61),
        "now(), advance(60), now() on FakeClock::new(0, 1) should give 0, then 61"
    );
    assert_eq!(clock.calls(), 2, "now() was called twice");
}

#[test]
fn shared_references_see_one_clock() {
    let clock = FakeClock::new(1000, 10);
    let a: &dyn Clock = &clock;
    let b: &dyn Clock = &clock;
    let seen = [a.now(), b.now(), a.now()];
    assert_eq!(
        seen,
        [1000, 1010, 1020],
        "two shared references to one FakeClock should see one clock moving"
    );
    assert_eq!(clock.calls(), 3, "three calls through two references");
}

#[test]
fn elapsed_measures_work_that_moves_the_clock() {
    let clock = FakeClock::new(0, 2);
    let took = elapsed(&clock, || clock.advance(30));
    assert_eq!(
        took, 32,
        "elapsed() calls now() twice (one step of 2) around advance(30): 32"
    );
}

#[test]
fn the_clock_stops_at_the_largest_u64() {
    let clock = FakeClock::new(u64::MAX - 5, 4);
    assert_eq!(
        times(&clock, 4),
        [u64::MAX - 5, u64::MAX - 1, u64::MAX, u64::MAX],
        "starting 5 below u64::MAX with step 4, the clock should stop at u64::MAX"
    );
    let clock = FakeClock::new(10, 1);
    clock.advance(u64::MAX);
    assert_eq!(
        clock.now(),
        u64::MAX,
        "advance(u64::MAX) should stop the clock at u64::MAX"
    );
}

#[test]
fn a_fake_clock_is_as_small_as_its_numbers() {
    let size = size_of::<FakeClock>();
    assert!(
        size <= 3 * size_of::<u64>(),
        "a FakeClock holds three numbers, so it should take at most {} bytes, but it takes {size}: \
         use Cell, which costs nothing, rather than RefCell or a lock",
        3 * size_of::<u64>()
    );
}
