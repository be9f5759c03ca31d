//! Tests for the SPSC ring buffer. In a normal build: behavior on one
//! thread, drops, and a stress test on two threads. Under `--cfg loom`:
//! small models that loom checks in every interleaving it permits.

#[cfg(not(loom))]
mod std_tests {
    use course_lockfree::{ring_buffer, Consumer, Producer};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    use std::thread;
    use std::time::{Duration, Instant};

    /// A value that counts its drops in a shared counter.
    struct Tracked {
        id: usize,
        drops: Arc<AtomicUsize>,
    }

    impl Drop for Tracked {
        fn drop(&mut self) {
            self.drops.fetch_add(1, Ordering::Relaxed);
        }
    }

    fn tracked(id: usize, drops: &Arc<AtomicUsize>) -> Tracked {
        Tracked {
            id,
            drops: Arc::clone(drops),
        }
    }

    fn push_ok<T>(producer: &mut Producer<T>, value: T, what: &str) {
        assert!(
            producer.push(value).is_ok(),
            "push should succeed when {what}"
        );
    }

    #[test]
    fn values_come_out_in_the_order_they_went_in() {
        let (mut producer, mut consumer) = ring_buffer(4);
        for i in 1..=3 {
            push_ok(&mut producer, i, "the buffer has room");
        }
        for expected in 1..=3 {
            assert_eq!(
                consumer.pop(),
                Some(expected),
                "pop after pushing 1, 2, 3 should return the values in order"
            );
        }
        assert_eq!(
            consumer.pop(),
            None,
            "pop should return None once every value is popped"
        );
    }

    #[test]
    fn pop_on_a_new_buffer_returns_none() {
        let (_producer, mut consumer) = ring_buffer::<u8>(8);
        assert_eq!(consumer.pop(), None, "a new buffer should be empty");
    }

    #[test]
    fn capacity_is_rounded_up_to_a_power_of_two() {
        for (asked, expected) in [(1, 1), (2, 2), (3, 4), (5, 8), (8, 8), (1000, 1024)] {
            let (producer, _consumer) = ring_buffer::<u8>(asked);
            assert_eq!(
                producer.capacity(),
                expected,
                "ring_buffer({asked}) should have capacity {expected}"
            );
        }
    }

    #[test]
    fn capacity_zero_panics() {
        let result = std::panic::catch_unwind(|| ring_buffer::<u8>(0));
        let Err(payload) = result else {
            panic!("ring_buffer(0) should panic, but it returned a buffer");
        };
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("");
        assert!(
            message.contains("capacity must be at least 1"),
            "ring_buffer(0) should panic with a message containing \"capacity must be at least 1\", but the message was {message:?}"
        );
    }

    #[test]
    fn a_full_buffer_hands_the_value_back() {
        let (mut producer, mut consumer) = ring_buffer(3); // rounded to 4
        for i in 0..4 {
            push_ok(&mut producer, i.to_string(), "the buffer has room");
        }
        assert_eq!(
            producer.push("four".to_string()),
            Err("four".to_string()),
            "push into a full buffer of 4 should return Err(value) with the same value"
        );
        assert_eq!(
            consumer.pop().as_deref(),
            Some("0"),
            "pop from the full buffer should return the oldest value, \"0\""
        );
        push_ok(
            &mut producer,
            "four".to_string(),
            "one value was popped from a full buffer",
        );
        let rest: Vec<String> = std::iter::from_fn(|| consumer.pop()).collect();
        assert_eq!(
            rest,
            ["1", "2", "3", "four"],
            "the values left should come out in order"
        );
    }

    #[test]
    fn a_buffer_of_one_alternates() {
        let (mut producer, mut consumer) = ring_buffer(1);
        for i in 0..10 {
            push_ok(&mut producer, i, "a buffer of 1 is empty");
            assert_eq!(
                producer.push(100 + i),
                Err(100 + i),
                "a buffer of 1 holding one value should be full"
            );
            assert_eq!(consumer.pop(), Some(i), "pop should return {i}");
        }
    }

    #[test]
    fn indices_wrap_around_the_slots_many_times() {
        let (mut producer, mut consumer) = ring_buffer(4);
        let mut next_out = 0;
        for i in 0..1000 {
            push_ok(&mut producer, i, "the buffer holds at most 3 values");
            if i % 3 == 2 {
                while let Some(value) = consumer.pop() {
                    assert_eq!(value, next_out, "pop should return {next_out} next");
                    next_out += 1;
                }
            }
        }
        while let Some(value) = consumer.pop() {
            assert_eq!(value, next_out, "pop should return {next_out} next");
            next_out += 1;
        }
        assert_eq!(next_out, 1000, "all 1000 values should come out");
    }

    #[test]
    fn popped_values_are_dropped_by_their_new_owner() {
        let drops = Arc::new(AtomicUsize::new(0));
        let (mut producer, mut consumer) = ring_buffer(2);
        push_ok(&mut producer, tracked(7, &drops), "the buffer is empty");
        let value = consumer.pop().expect("pop should return the pushed value");
        assert_eq!(value.id, 7, "pop should return the value with id 7");
        assert_eq!(
            drops.load(Ordering::Relaxed),
            0,
            "pop should move the value out, not drop it"
        );
        drop(value);
        drop((producer, consumer));
        assert_eq!(
            drops.load(Ordering::Relaxed),
            1,
            "the popped value should be dropped once, by its owner, and not again by the buffer"
        );
    }

    #[test]
    fn values_left_in_the_buffer_are_dropped_once() {
        let drops = Arc::new(AtomicUsize::new(0));
        let (mut producer, mut consumer) = ring_buffer(4);
        // Push 6 and pop 3 so that the leftovers straddle the end of the slots.
        for i in 0..3 {
            push_ok(&mut producer, tracked(i, &drops), "the buffer has room");
        }
        for _ in 0..2 {
            drop(consumer.pop());
        }
        for i in 3..6 {
            push_ok(&mut producer, tracked(i, &drops), "the buffer has room");
        }
        drop(consumer.pop());
        assert_eq!(
            drops.load(Ordering::Relaxed),
            3,
            "after pushing 6 and popping 3, exactly the 3 popped values should be dropped"
        );
        drop(consumer);
        assert_eq!(
            drops.load(Ordering::Relaxed),
            3,
            "while the producer is alive, the buffer must keep its 3 values"
        );
        drop(producer);
        assert_eq!(
            drops.load(Ordering::Relaxed),
            6,
            "when both ends are dropped, the 3 values left should be dropped exactly once"
        );
    }

    #[test]
    fn an_empty_buffer_drops_nothing() {
        let drops = Arc::new(AtomicUsize::new(0));
        let (mut producer, mut consumer) = ring_buffer(2);
        push_ok(&mut producer, tracked(0, &drops), "the buffer is empty");
        drop(consumer.pop());
        drop(producer);
        drop(consumer);
        assert_eq!(
            drops.load(Ordering::Relaxed),
            1,
            "a value pushed and popped should be dropped once, not again by the empty buffer"
        );
    }

    #[test]
    fn the_ends_can_move_to_other_threads() {
        fn assert_send<T: Send>() {}
        assert_send::<Producer<String>>();
        assert_send::<Consumer<String>>();
    }

    /// Gives up (failing the test) if one value takes more than 4 s: a
    /// guard against a broken buffer hanging the test, not a time limit.
    fn guard(started: Instant, what: &str) {
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "{what} made no progress for 4 s: is a value lost, or is `head` or `tail` never stored?"
        );
    }

    #[test]
    fn two_threads_pass_100_000_values_in_order() {
        const N: u64 = 100_000;
        let (mut producer, mut consumer) = ring_buffer(64);
        let received = thread::scope(|s| {
            s.spawn(move || {
                for i in 0..N {
                    let started = Instant::now();
                    let mut value = i;
                    while let Err(back) = producer.push(value) {
                        value = back;
                        guard(started, "the producer");
                        thread::yield_now();
                    }
                }
            });
            let consumer = s.spawn(move || {
                let mut sum = 0;
                for expected in 0..N {
                    let started = Instant::now();
                    let value = loop {
                        if let Some(value) = consumer.pop() {
                            break value;
                        }
                        guard(started, "the consumer");
                        thread::yield_now();
                    };
                    assert_eq!(
                        value, expected,
                        "the consumer should receive {expected} next (values in push order)"
                    );
                    sum += value;
                }
                sum
            });
            consumer.join().expect("the consumer thread panicked")
        });
        assert_eq!(
            received,
            N * (N - 1) / 2,
            "the consumer should receive every value from 0 to {N} once"
        );
    }

    #[test]
    fn two_threads_drop_every_value_exactly_once() {
        const N: usize = 10_000;
        const POPPED: usize = 6_000;
        let drops = Arc::new(AtomicUsize::new(0));
        let (mut producer, mut consumer) = ring_buffer(16);
        thread::scope(|s| {
            let drops = &drops;
            s.spawn(move || {
                for i in 0..N {
                    let started = Instant::now();
                    let mut value = tracked(i, drops);
                    while let Err(back) = producer.push(value) {
                        value = back;
                        guard(started, "the producer");
                        thread::yield_now();
                    }
                    if i == POPPED + 15 {
                        // The consumer stops after POPPED values; 16 more fill
                        // the buffer, so stop here and drop this end.
                        return;
                    }
                }
            });
            s.spawn(move || {
                for expected in 0..POPPED {
                    let started = Instant::now();
                    let value = loop {
                        if let Some(value) = consumer.pop() {
                            break value;
                        }
                        guard(started, "the consumer");
                        thread::yield_now();
                    };
                    assert_eq!(value.id, expected, "the consumer should receive {expected}");
                }
            });
        });
        assert_eq!(
            drops.load(Ordering::Relaxed),
            POPPED + 16,
            "all {POPPED} popped values and the 16 left in the buffer should be dropped once each"
        );
    }
}

#[cfg(loom)]
mod loom_tests {
    use course_lockfree::ring_buffer;
    use loom::thread;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    /// Checks `f` in every interleaving loom permits. Location tracking makes
    /// a failure name the lines of the exercise file that raced.
    fn model(f: impl Fn() + Sync + Send + 'static) {
        let mut builder = loom::model::Builder::new();
        builder.location = true;
        builder.check(f);
    }

    /// Pushes `value`, yielding to the other thread while the buffer is full.
    fn push_blocking<T>(producer: &mut course_lockfree::Producer<T>, mut value: T) {
        while let Err(back) = producer.push(value) {
            value = back;
            thread::yield_now();
        }
    }

    /// Pops `n` values, yielding to the other thread while the buffer is empty.
    fn pop_n<T>(consumer: &mut course_lockfree::Consumer<T>, n: usize) -> Vec<T> {
        let mut received = Vec::new();
        while received.len() < n {
            match consumer.pop() {
                Some(value) => received.push(value),
                None => thread::yield_now(),
            }
        }
        received
    }

    #[test]
    fn loom_values_cross_a_buffer_of_one_in_order() {
        // Capacity 1: the second push must wait until the first value is
        // read, so both the `tail` and the `head` hand-over are checked.
        model(|| {
            let (mut producer, mut consumer) = ring_buffer(1);
            let sender = thread::spawn(move || {
                push_blocking(&mut producer, String::from("one"));
                push_blocking(&mut producer, String::from("two"));
            });
            let received = pop_n(&mut consumer, 2);
            sender.join().expect("the producer thread panicked");
            assert_eq!(
                received,
                ["one", "two"],
                "the consumer should receive \"one\" then \"two\""
            );
        });
    }

    #[test]
    fn loom_values_wrap_around_a_buffer_of_two() {
        // Three values through two slots: the third reuses the first slot.
        model(|| {
            let (mut producer, mut consumer) = ring_buffer(2);
            let sender = thread::spawn(move || {
                for value in 1..=3 {
                    push_blocking(&mut producer, value);
                }
            });
            let received = pop_n(&mut consumer, 3);
            sender.join().expect("the producer thread panicked");
            assert_eq!(received, [1, 2, 3], "the consumer should receive 1, 2, 3");
        });
    }

    #[test]
    fn loom_values_left_behind_are_dropped_once() {
        model(|| {
            let drops = Arc::new(AtomicUsize::new(0));
            let (mut producer, mut consumer) = ring_buffer(2);
            let counter = Arc::clone(&drops);
            let sender = thread::spawn(move || {
                for _ in 0..2 {
                    push_blocking(&mut producer, Counted(Arc::clone(&counter)));
                }
            });
            // Pop at most once, racing with the producer.
            let popped = consumer.pop();
            sender.join().expect("the producer thread panicked");
            let popped_count = usize::from(popped.is_some());
            drop(popped);
            assert_eq!(
                drops.load(Ordering::Relaxed),
                popped_count,
                "while the consumer is alive, only a popped value should be dropped"
            );
            drop(consumer);
            assert_eq!(
                drops.load(Ordering::Relaxed),
                2,
                "once both ends are gone, both values should be dropped exactly once"
            );
        });

        struct Counted(Arc<AtomicUsize>);
        impl Drop for Counted {
            fn drop(&mut self) {
                self.0.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}
