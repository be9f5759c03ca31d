//! Tests of `Permits`: the rules on one thread in a normal build, and,
//! under `--cfg loom` (`cargo course check` runs them once the others pass),
//! models of two and three threads that loom checks in every interleaving.

#[cfg(not(loom))]
mod one_thread {
    use course_permits::Permits;

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
}

#[cfg(loom)]
mod model {
    use course_permits::Permits;
    use loom::cell::UnsafeCell;
    use loom::sync::Arc;
    use loom::thread;

    /// Runs `a` on a second thread and `b` on the model's own thread, and
    /// returns both results.
    fn both(
        permits: &Arc<Permits>,
        a: fn(&Permits) -> bool,
        b: fn(&Permits) -> bool,
    ) -> (bool, bool) {
        let other = {
            let permits = Arc::clone(permits);
            thread::spawn(move || a(&permits))
        };
        let here = b(permits);
        (other.join().expect("the other thread panicked"), here)
    }

    #[test]
    fn two_threads_cannot_both_take_the_last_permit() {
        loom::model(|| {
            let permits = Arc::new(Permits::new(1));
            let (a, b) = both(&permits, |p| p.try_acquire(1), |p| p.try_acquire(1));
            assert!(
                a != b,
                "with 1 free permit, exactly one of two try_acquire(1) calls at once should \
                 succeed, but the results were {a} and {b}"
            );
            assert_eq!(
                permits.available(),
                0,
                "after the last permit was taken, available() should be 0"
            );
        });
    }

    #[test]
    fn two_threads_cannot_both_give_back_the_last_room() {
        loom::model(|| {
            let permits = Arc::new(Permits::new(2));
            assert!(
                permits.try_acquire(1),
                "try_acquire(1) with 2 free should succeed"
            );
            let (a, b) = both(&permits, |p| p.release(1), |p| p.release(1));
            assert!(
                a != b,
                "with 1 of 2 permits taken, exactly one of two release(1) calls at once should \
                 succeed, but the results were {a} and {b}"
            );
            assert_eq!(
                permits.available(),
                2,
                "after one release(1), all 2 permits should be free, never more"
            );
        });
    }

    #[test]
    fn the_next_holder_sees_what_the_last_one_wrote() {
        // One permit. The other thread holds it, writes `data` (a plain,
        // non-atomic write through loom's `UnsafeCell`), and gives the permit
        // back; this thread waits for the permit, then reads `data`. If
        // nothing orders the write before the read, loom stops with
        // "Causality violation: Concurrent ... accesses to `UnsafeCell`",
        // naming the two lines: a data race, which the permits must rule out.
        let mut builder = loom::model::Builder::new();
        builder.location = true;
        builder.check(|| {
            let permits = Arc::new(Permits::new(1));
            let data = Arc::new(UnsafeCell::new(0));
            assert!(
                permits.try_acquire(1),
                "try_acquire(1) with 1 free should succeed"
            );
            let holder = {
                let (permits, data) = (Arc::clone(&permits), Arc::clone(&data));
                thread::spawn(move || {
                    // SAFETY (of the test): this thread holds the permit.
                    data.with_mut(|p| unsafe { *p = 42 });
                    assert!(
                        permits.release(1),
                        "giving back the taken permit should succeed"
                    );
                })
            };
            while !permits.try_acquire(1) {
                thread::yield_now();
            }
            // SAFETY (of the test): this thread holds the permit now.
            let seen = data.with(|p| unsafe { *p });
            holder.join().expect("the holder thread panicked");
            assert_eq!(
                seen, 42,
                "the thread that took the permit next should see the 42 written before it \
                 was given back"
            );
        });
    }
}
