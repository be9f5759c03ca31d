//! Tests of `BoundedQueue`: on real threads in a normal build, and, under
//! `--cfg loom` (`cargo course check` runs them once the others pass), models
//! of two and three threads that loom checks in every interleaving.

#[cfg(not(loom))]
mod threads {
    use course_condvar::BoundedQueue;
    use std::sync::Arc;
    use std::thread;
    use std::time::Duration;

    /// Runs `f` on a thread of its own and waits at most 3 seconds for it, so
    /// that a `push` or `pop` that is never woken fails the test instead of
    /// hanging it.
    fn within_3s<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
        course_deadline::finish_within(Duration::from_secs(3), f).unwrap_or_else(|| {
            panic!(
                "{what} did not finish within 3 s: a thread is still waiting. \
                 Does every push and pop wake the threads that may now proceed?"
            )
        })
    }

    #[test]
    fn values_come_out_in_the_order_they_went_in() {
        let got = within_3s("pushing 3 values and popping them", || {
            let queue = BoundedQueue::new(3);
            for word in ["one", "two", "three"] {
                queue.push(word);
            }
            let len = queue.len();
            let got: Vec<&str> = (0..3).map(|_| queue.pop()).collect();
            (len, got, queue.is_empty())
        });
        assert_eq!(
            got,
            (3, vec!["one", "two", "three"], true),
            "after pushing \"one\", \"two\", \"three\" into a queue of 3, len() should be 3, \
             and three pops should return them in order and leave the queue empty"
        );
    }

    #[test]
    fn a_capacity_of_zero_panics() {
        let result = std::panic::catch_unwind(|| BoundedQueue::<u8>::new(0));
        assert!(
            result.is_err(),
            "BoundedQueue::new(0) should panic: nothing could ever be pushed"
        );
    }

    #[test]
    fn pop_waits_for_a_push_from_another_thread() {
        let got = within_3s("a pop waiting for a push", || {
            let queue = Arc::new(BoundedQueue::new(2));
            let consumer = {
                let queue = Arc::clone(&queue);
                thread::spawn(move || queue.pop())
            };
            queue.push(String::from("late"));
            consumer.join().expect("the consumer thread panicked")
        });
        assert_eq!(
            got, "late",
            "a pop on an empty queue should wait for the push and return its value"
        );
    }

    #[test]
    fn push_waits_while_the_queue_is_full() {
        // A queue of 1 between a producer of 100 values and this thread: the
        // producer must wait for every value to be popped before the next.
        let (got, most) = within_3s("100 values through a queue of 1", || {
            let queue = Arc::new(BoundedQueue::new(1));
            let producer = {
                let queue = Arc::clone(&queue);
                thread::spawn(move || (0..100).for_each(|n| queue.push(n)))
            };
            let mut got = Vec::new();
            let mut most = 0;
            for _ in 0..100 {
                most = most.max(queue.len());
                got.push(queue.pop());
            }
            producer.join().expect("the producer thread panicked");
            (got, most)
        });
        assert_eq!(
            got,
            (0..100).collect::<Vec<_>>(),
            "100 values pushed through a queue of 1 should come out in order"
        );
        assert!(
            most <= 1,
            "a queue of capacity 1 should never hold more than 1 value, but len() was {most}"
        );
    }

    #[test]
    fn many_producers_and_consumers_lose_nothing() {
        let mut got = within_3s("4 producers and 4 consumers on a queue of 2", || {
            let queue = Arc::new(BoundedQueue::new(2));
            let producers: Vec<_> = (0..4)
                .map(|p| {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || (0..250).for_each(|n| queue.push(p * 1000 + n)))
                })
                .collect();
            let consumers: Vec<_> = (0..4)
                .map(|_| {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || (0..250).map(|_| queue.pop()).collect::<Vec<_>>())
                })
                .collect();
            for producer in producers {
                producer.join().expect("a producer thread panicked");
            }
            consumers
                .into_iter()
                .flat_map(|c| c.join().expect("a consumer thread panicked"))
                .collect::<Vec<_>>()
        });
        got.sort_unstable();
        let expected: Vec<i32> = (0..4)
            .flat_map(|p| (0..250).map(move |n| p * 1000 + n))
            .collect();
        assert_eq!(
            got, expected,
            "4 producers x 250 values through 4 consumers should deliver every value exactly once"
        );
    }
}

#[cfg(loom)]
mod model {
    use course_condvar::BoundedQueue;
    use loom::sync::Arc;
    use loom::thread;

    #[test]
    fn one_producer_waits_for_one_consumer() {
        // Capacity 1: the second push must wait for the first pop, and each
        // pop for its push. A missing wakeup leaves a thread waiting forever,
        // which loom reports as a deadlock.
        loom::model(|| {
            let queue = Arc::new(BoundedQueue::new(1));
            let producer = {
                let queue = Arc::clone(&queue);
                thread::spawn(move || {
                    queue.push(1);
                    queue.push(2);
                })
            };
            let got = [queue.pop(), queue.pop()];
            producer.join().expect("the producer thread panicked");
            assert_eq!(got, [1, 2], "the consumer should receive 1, then 2");
        });
    }

    #[test]
    fn a_consumer_woken_for_a_value_another_took_waits_again() {
        // Two consumers, one producer. A consumer may be woken for the first
        // value and find that the other consumer took it: it must wait again.
        loom::model(|| {
            let queue = Arc::new(BoundedQueue::new(2));
            let consumers: Vec<_> = (0..2)
                .map(|_| {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || queue.pop())
                })
                .collect();
            queue.push(10);
            queue.push(20);
            let mut got: Vec<i32> = consumers
                .into_iter()
                .map(|c| c.join().expect("a consumer thread panicked"))
                .collect();
            got.sort_unstable();
            assert_eq!(
                got,
                [10, 20],
                "two consumers popping once each after two pushes should get 10 and 20"
            );
        });
    }

    #[test]
    fn a_producer_woken_for_room_another_took_waits_again() {
        // Capacity 1; one producer pushes 1, another pushes 2 and then 3.
        // A producer may be woken for the room one pop made and find that
        // the other producer filled it again. The consumer checks the length
        // after its first pop: the queue must never hold 2 values.
        // Every interleaving of this model takes most of a minute; those with at most
        // three forced thread switches (loom's documentation: "enough to catch
        // most bugs") take a second, and include the one that matters here.
        let mut builder = loom::model::Builder::new();
        builder.preemption_bound = Some(3);
        builder.check(|| {
            let queue = Arc::new(BoundedQueue::new(1));
            let producers: Vec<_> = [vec![1], vec![2, 3]]
                .into_iter()
                .map(|values| {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || values.into_iter().for_each(|v| queue.push(v)))
                })
                .collect();
            let mut got = vec![queue.pop()];
            // After the first pop, both producers may race for its room.
            let len = queue.len();
            assert!(
                len <= 1,
                "a queue of capacity 1 held {len} values: a push went ahead while the \
                 queue was full"
            );
            got.extend([queue.pop(), queue.pop()]);
            for producer in producers {
                producer.join().expect("a producer thread panicked");
            }
            got.sort_unstable();
            assert_eq!(
                got,
                [1, 2, 3],
                "the consumer should receive all three values"
            );
        });
    }
}
