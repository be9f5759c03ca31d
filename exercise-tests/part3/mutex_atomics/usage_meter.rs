//! Tests of `Meter`: the rules on one thread in a normal build, and, under
//! `--cfg loom` (`cargo course check` runs them once the others pass), models
//! of two and three threads that loom checks in every interleaving.

#[cfg(not(loom))]
mod one_thread {
    use course_usagemeter::Meter;

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
}

#[cfg(loom)]
mod model {
    use course_usagemeter::Meter;
    use loom::sync::Arc;
    use loom::thread;

    /// Runs `work` on a second thread while the model's own thread runs
    /// `here`, and returns both results.
    fn both<A, B>(
        meter: &Arc<Meter>,
        work: impl FnOnce(&Meter) -> A + Send + 'static,
        here: impl FnOnce(&Meter) -> B,
    ) -> (A, B)
    where
        A: Send + 'static,
    {
        let other = {
            let meter = Arc::clone(meter);
            thread::spawn(move || work(&meter))
        };
        let b = here(meter);
        let a = other.join().expect("the other thread panicked");
        (a, b)
    }

    #[test]
    fn two_threads_never_get_the_same_id() {
        loom::model(|| {
            let meter = Arc::new(Meter::new(0));
            let (a, b) = both(&meter, Meter::next_id, Meter::next_id);
            let mut ids = [a, b];
            ids.sort_unstable();
            assert_eq!(
                ids,
                [0, 1],
                "two threads calling next_id() at once should get 0 and 1, but got {a} and {b}"
            );
            assert_eq!(
                meter.next_id(),
                2,
                "after two calls, next_id() should return 2"
            );
        });
    }

    #[test]
    fn served_bytes_from_two_threads_add_up() {
        loom::model(|| {
            let meter = Arc::new(Meter::new(0));
            both(&meter, |m| m.add_served(3), |m| m.add_served(5));
            assert_eq!(
                meter.served(),
                8,
                "add_served(3) and add_served(5) on two threads at once should make 8"
            );
        });
    }

    #[test]
    fn two_threads_cannot_both_take_the_last_room() {
        loom::model(|| {
            let meter = Arc::new(Meter::new(10));
            let (a, b) = both(&meter, |m| m.try_reserve(6), |m| m.try_reserve(6));
            assert!(
                a != b,
                "with a quota of 10, exactly one of two try_reserve(6) calls at once should \
                 succeed, but the results were {a} and {b}"
            );
            assert_eq!(
                meter.reserved(),
                6,
                "after one of two try_reserve(6) calls succeeded, 6 bytes should be reserved"
            );
        });
    }

    #[test]
    fn a_refused_request_is_never_counted_even_for_a_moment() {
        // 6 of 10 are reserved. One thread asks for 6 more, which must be
        // refused; meanwhile another asks for 4, which fits, and the model's
        // own thread reads `reserved()`.
        loom::model(|| {
            let meter = Arc::new(Meter::new(10));
            assert!(meter.try_reserve(6), "6 of 10 bytes should fit");
            let too_many = {
                let meter = Arc::clone(&meter);
                thread::spawn(move || meter.try_reserve(6))
            };
            let fits = {
                let meter = Arc::clone(&meter);
                thread::spawn(move || meter.try_reserve(4))
            };
            let seen = meter.reserved();
            let too_many = too_many.join().expect("a thread panicked");
            let fits = fits.join().expect("a thread panicked");
            assert!(
                seen <= 10,
                "reserved() should never be above the quota of 10, but it read {seen} \
                 while a request for 6 more was being refused"
            );
            assert!(
                !too_many,
                "try_reserve(6) with 6 of 10 reserved should be refused"
            );
            assert!(
                fits,
                "try_reserve(4) with 6 of 10 reserved should succeed, even while another \
                 thread's request for 6 is being refused"
            );
            assert_eq!(meter.reserved(), 10, "6 + 4 bytes should be reserved");
        });
    }
}
