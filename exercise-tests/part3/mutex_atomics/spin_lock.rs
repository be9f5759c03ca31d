//! Tests of `SpinLock`: ordinary and stress tests on real threads, and,
//! under `--cfg loom` (`cargo course check` runs them once the others pass),
//! models that loom checks in every interleaving.

#[cfg(not(loom))]
mod threads {
    use course_spinlock::{SpinGuard, SpinLock};
    use std::cell::Cell;
    use std::panic::{self, AssertUnwindSafe};
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
    use std::sync::{Arc, Barrier};
    use std::thread;
    use std::time::Duration;

    /// Runs `f` on a thread of its own and waits at most 3 seconds for it, so
    /// that a lock that is never released fails the test instead of hanging it.
    fn within_3s<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
        course_deadline::finish_within(Duration::from_secs(3), f).unwrap_or_else(|| {
            panic!(
                "{what} did not finish within 3 s: a `lock()` is still spinning. \
                 Does dropping the guard set `locked` back to false?"
            )
        })
    }

    #[test]
    fn the_guard_gives_access_to_the_value() {
        let lock = SpinLock::new(vec![1, 2]);
        {
            let mut guard = lock.lock();
            guard.push(3);
            assert_eq!(*guard, [1, 2, 3], "the guard should see its own change");
        }
        assert_eq!(
            lock.into_inner(),
            [1, 2, 3],
            "into_inner() should return the changed vector"
        );
    }

    #[test]
    fn is_locked_follows_the_guard() {
        let lock = SpinLock::new(0);
        assert!(!lock.is_locked(), "a new lock should be unlocked");
        let guard = lock.lock();
        assert!(
            lock.is_locked(),
            "the lock should be locked while a guard is alive"
        );
        drop(guard);
        assert!(
            !lock.is_locked(),
            "dropping the guard should unlock the lock"
        );
    }

    #[test]
    fn try_lock_fails_while_a_guard_is_alive() {
        let lock = SpinLock::new(String::from("config"));
        let guard = lock.try_lock();
        assert!(
            guard.is_some(),
            "try_lock() on a free lock should return Some(guard)"
        );
        assert!(
            lock.try_lock().is_none(),
            "try_lock() should return None while another guard is alive"
        );
        drop(guard);
        let again = lock.try_lock();
        assert_eq!(
            again.as_deref().map(String::as_str),
            Some("config"),
            "try_lock() should succeed again once the guard is dropped"
        );
    }

    #[test]
    fn lock_succeeds_again_after_the_guard_is_dropped() {
        let lock = Arc::new(SpinLock::new(0));
        let shared = Arc::clone(&lock);
        within_3s("locking, unlocking and locking again", move || {
            *shared.lock() += 1; // the guard is a temporary, dropped at the `;`
            *shared.lock() += 1;
            let mut guard = shared.lock();
            *guard += 1;
        });
        assert!(
            !lock.is_locked(),
            "every guard was dropped, so the lock should be free"
        );
        assert_eq!(*lock.lock(), 3, "three increments through three guards");
    }

    #[test]
    fn a_panic_while_locked_unlocks() {
        let lock = SpinLock::new(10);
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            let mut guard = lock.lock();
            *guard += 1;
            // Panics without printing a message, so the output shows only real failures.
            panic::resume_unwind(Box::new("failed while holding the spin lock"));
        }));
        assert!(result.is_err(), "the closure should have panicked");
        assert!(
            !lock.is_locked(),
            "the panic dropped the guard, so the lock should be free"
        );
        let guard = lock.try_lock();
        assert_eq!(
            guard.as_deref(),
            Some(&11),
            "after the panic, try_lock() should succeed and see the change made before it"
        );
    }

    #[test]
    fn a_static_lock_can_be_shared() {
        fn assert_sync<T: Sync>() {}
        assert_sync::<SpinLock<Vec<u8>>>();
        assert_sync::<SpinLock<Cell<u8>>>(); // `Cell` is `Send`, so the lock is `Sync`

        static COUNTER: SpinLock<u32> = SpinLock::new(0);
        let total = within_3s("two threads locking a static SpinLock", || {
            thread::scope(|s| {
                for _ in 0..2 {
                    s.spawn(|| *COUNTER.lock() += 1);
                }
            });
            *COUNTER.lock()
        });
        assert_eq!(total, 2, "two threads added one each to a static SpinLock");
    }

    /// What the stress tests measure.
    #[derive(Debug, PartialEq)]
    struct Outcome {
        total: u64,
        overlaps: usize,
    }

    /// Four threads each run `rounds` rounds of `enter`; whenever `enter`
    /// returns a guard, they increment the value with a plain read and write and
    /// check that no other thread is inside at the same time.
    fn stress(
        rounds: usize,
        enter: fn(&SpinLock<u64>) -> Option<SpinGuard<'_, u64>>,
    ) -> (Outcome, usize) {
        let lock = SpinLock::new(0_u64);
        let inside = AtomicUsize::new(0);
        let overlaps = AtomicUsize::new(0);
        let entered = AtomicUsize::new(0);
        let start = Barrier::new(4);
        thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    start.wait();
                    for _ in 0..rounds {
                        let Some(mut guard) = enter(&lock) else {
                            continue;
                        };
                        if inside.fetch_add(1, SeqCst) != 0 {
                            overlaps.fetch_add(1, SeqCst);
                        }
                        let before = *guard;
                        std::hint::spin_loop();
                        *guard = before + 1;
                        inside.fetch_sub(1, SeqCst);
                        entered.fetch_add(1, SeqCst);
                    }
                });
            }
        });
        let outcome = Outcome {
            total: lock.into_inner(),
            overlaps: overlaps.into_inner(),
        };
        (outcome, entered.into_inner())
    }

    #[test]
    fn four_threads_never_hold_the_lock_together() {
        const ROUNDS: usize = 50_000;
        let (outcome, entered) = within_3s("4 threads x 50_000 lock() calls", || {
            stress(ROUNDS, |lock| Some(lock.lock()))
        });
        let expected = 4 * ROUNDS;
        assert_eq!(
            entered, expected,
            "every one of the {expected} lock() calls should return a guard"
        );
        assert_eq!(
            outcome,
            Outcome {
                total: expected as u64,
                overlaps: 0
            },
            "4 threads x {ROUNDS} increments through lock() should total {expected}, \
             with never two threads holding a guard at once"
        );
    }

    #[test]
    fn try_lock_from_four_threads_admits_one_at_a_time() {
        let (outcome, entered) = within_3s("4 threads x 50_000 try_lock() calls", || {
            stress(50_000, SpinLock::try_lock)
        });
        assert!(
            entered > 0,
            "some try_lock() calls on a lock that is free at times should succeed"
        );
        assert_eq!(
            outcome,
            Outcome {
                total: entered as u64,
                overlaps: 0
            },
            "each of the {entered} successful try_lock() calls should add exactly one, \
             with never two threads holding a guard at once"
        );
    }
}

#[cfg(loom)]
mod model {
    use course_spinlock::SpinLock;
    use loom::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    use loom::sync::Arc;
    use loom::thread;

    /// Two threads each add one to a counter under the lock, with a plain
    /// read and a plain write (relaxed atomics, so loom can track them).
    /// With mutual exclusion and strong enough orderings, the second holder
    /// always sees the first one's write.
    fn two_increments(lock_once: fn(&SpinLock<()>, &AtomicUsize)) {
        loom::model(move || {
            let lock = Arc::new(SpinLock::new(()));
            let counter = Arc::new(AtomicUsize::new(0));
            let other = {
                let (lock, counter) = (Arc::clone(&lock), Arc::clone(&counter));
                thread::spawn(move || lock_once(&lock, &counter))
            };
            lock_once(&lock, &counter);
            other.join().unwrap();
            assert_eq!(
                counter.load(Relaxed),
                2,
                "two increments under the lock should give 2: either both threads \
                 held the lock at once, or a holder did not see the previous \
                 holder's write. Which operation must publish a holder's writes, \
                 and which must see them?"
            );
        });
    }

    #[test]
    fn lock_excludes_and_publishes() {
        two_increments(|lock, counter| {
            let _guard = lock.lock();
            let seen = counter.load(Relaxed);
            counter.store(seen + 1, Relaxed);
        });
    }

    #[test]
    fn try_lock_excludes_and_publishes() {
        two_increments(|lock, counter| loop {
            if let Some(_guard) = lock.try_lock() {
                let seen = counter.load(Relaxed);
                counter.store(seen + 1, Relaxed);
                break;
            }
            thread::yield_now();
        });
    }
}
