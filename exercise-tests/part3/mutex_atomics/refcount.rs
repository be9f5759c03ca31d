//! Tests of `Handle`: counting and freeing on real threads in a normal
//! build, and, under `--cfg loom` (`cargo course check` runs them once the
//! others pass), models that loom checks in every interleaving.

#[cfg(not(loom))]
mod threads {
    use course_refcount::Handle;
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    use std::sync::Arc;
    use std::thread;

    /// A value that counts its drops in a shared counter.
    struct Tracked {
        name: &'static str,
        drops: Arc<AtomicUsize>,
    }

    impl Drop for Tracked {
        fn drop(&mut self) {
            self.drops.fetch_add(1, Relaxed);
        }
    }

    fn tracked(name: &'static str) -> (Handle<Tracked>, Arc<AtomicUsize>) {
        let drops = Arc::new(AtomicUsize::new(0));
        let handle = Handle::new(Tracked {
            name,
            drops: Arc::clone(&drops),
        });
        (handle, drops)
    }

    #[test]
    fn clones_share_one_value_and_count() {
        let (first, drops) = tracked("config");
        let second = first.clone();
        assert_eq!(second.name, "config", "a clone should reach the same value");
        assert!(
            std::ptr::eq(&*first, &*second),
            "a clone should point to the same value, not a copy of it"
        );
        assert_eq!(
            Handle::count(&first),
            2,
            "after one clone, two handles are alive"
        );
        drop(second);
        assert_eq!(
            Handle::count(&first),
            1,
            "after dropping the clone, one handle is alive"
        );
        assert_eq!(
            drops.load(Relaxed),
            0,
            "the value must stay alive while a handle to it is alive"
        );
    }

    #[test]
    fn the_last_handle_drops_the_value_once() {
        let (first, drops) = tracked("cache");
        let clones: Vec<_> = (0..3).map(|_| first.clone()).collect();
        drop(first);
        assert_eq!(
            drops.load(Relaxed),
            0,
            "three clones are still alive, so the value must not be dropped yet"
        );
        drop(clones);
        assert_eq!(
            drops.load(Relaxed),
            1,
            "once the last of four handles is dropped, the value should be dropped exactly once"
        );
    }

    #[test]
    fn handles_dropped_on_many_threads_drop_the_value_once() {
        let (first, drops) = tracked("shared");
        thread::scope(|s| {
            for _ in 0..4 {
                let mine = first.clone();
                s.spawn(move || {
                    for _ in 0..1000 {
                        drop(mine.clone());
                    }
                    drop(mine);
                });
            }
        });
        assert_eq!(
            Handle::count(&first),
            1,
            "4 threads cloned and dropped handles 4000 times; only the first handle is left"
        );
        assert_eq!(
            drops.load(Relaxed),
            0,
            "the first handle is still alive, so the value must not be dropped yet"
        );
        drop(first);
        assert_eq!(
            drops.load(Relaxed),
            1,
            "after the last handle is dropped, the value should be dropped exactly once"
        );
    }
}

#[cfg(loom)]
mod model {
    use course_refcount::Handle;
    use loom::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    use loom::sync::Arc;
    use loom::thread;

    /// A value that another thread writes to through `&self`, and that
    /// records, when it is dropped, what it sees of that write.
    struct Probe {
        written: AtomicUsize,
        seen_at_drop: Arc<AtomicUsize>,
    }

    impl Drop for Probe {
        fn drop(&mut self) {
            self.seen_at_drop
                .store(self.written.load(Relaxed) + 1, Relaxed);
        }
    }

    #[test]
    fn the_thread_that_frees_sees_what_the_other_did() {
        loom::model(|| {
            let seen = Arc::new(AtomicUsize::new(0));
            let here = Handle::new(Probe {
                written: AtomicUsize::new(0),
                seen_at_drop: Arc::clone(&seen),
            });
            let there = here.clone();
            let other = thread::spawn(move || {
                there.written.store(42, Relaxed);
                drop(there);
            });
            drop(here);
            other.join().expect("the other thread panicked");
            match seen.load(Relaxed) {
                0 => panic!("the value was never dropped: the last handle must free it"),
                43 => {}
                1 => panic!(
                    "the value was dropped on a thread that did not see the other thread's \
                     write of 42, made before that thread dropped its handle. The drop that \
                     frees must be ordered after every other drop: which operations publish, \
                     and which operation acquires?"
                ),
                n => panic!("unexpected value {n} recorded at drop"),
            }
        });
    }

    #[test]
    fn clones_on_two_threads_are_all_counted() {
        loom::model(|| {
            let first = Handle::new(AtomicUsize::new(0));
            let spawn_cloner = |handle: Handle<AtomicUsize>| {
                thread::spawn(move || {
                    let extra = handle.clone();
                    (handle, extra)
                })
            };
            let a = spawn_cloner(first.clone());
            let b = spawn_cloner(first.clone());
            let a = a.join().expect("a thread panicked");
            let b = b.join().expect("a thread panicked");
            let count = Handle::count(&first);
            if count != 5 {
                // Forget the handles rather than drop them: with a wrong
                // count, dropping them would free the value too early.
                std::mem::forget((first, a, b));
                panic!(
                    "5 handles are alive (the first, 2 clones sent to threads, and one clone \
                     each made there at the same time), but the count is {count}: an \
                     increment was lost"
                );
            }
        });
    }
}
