use super::*;
use std::sync::atomic::AtomicUsize;
use std::sync::Arc;
use std::thread;

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

#[test]
fn values_come_out_last_in_first_out() {
    let stack = Stack::new();
    for word in ["one", "two", "three"] {
        stack.push(word);
    }
    let got: Vec<Option<&str>> = (0..4).map(|_| stack.pop()).collect();
    assert_eq!(
        got,
        [Some("three"), Some("two"), Some("one"), None],
        "after pushing \"one\", \"two\", \"three\", pops should return them in reverse, then None"
    );
}

#[test]
fn pop_on_an_empty_stack_returns_none() {
    let stack = Stack::<String>::new();
    assert_eq!(stack.pop(), None, "a new stack should be empty");
    stack.push(String::from("x"));
    assert_eq!(
        stack.pop().as_deref(),
        Some("x"),
        "pop should return the one value pushed"
    );
    assert_eq!(stack.pop(), None, "the stack should be empty again");
}

#[test]
fn a_popped_value_is_dropped_by_its_new_owner_only() {
    let drops = Arc::new(AtomicUsize::new(0));
    let stack = Stack::new();
    stack.push(Tracked {
        id: 7,
        drops: Arc::clone(&drops),
    });
    let value = stack.pop().expect("pop should return the value pushed");
    assert_eq!(value.id, 7, "pop should return the value with id 7");
    assert_eq!(
        drops.load(Ordering::Relaxed),
        0,
        "pop should move the value out, not drop it"
    );
    drop(value);
    drop(stack);
    assert_eq!(
        drops.load(Ordering::Relaxed),
        1,
        "the popped value should be dropped once, by its owner, and not again by the stack"
    );
}

#[test]
fn dropping_the_stack_drops_what_is_left_once() {
    let drops = Arc::new(AtomicUsize::new(0));
    let stack = Stack::new();
    for id in 0..5 {
        stack.push(Tracked {
            id,
            drops: Arc::clone(&drops),
        });
    }
    drop(stack.pop());
    drop(stack.pop());
    assert_eq!(
        drops.load(Ordering::Relaxed),
        2,
        "the two popped values should be dropped by the test, and nothing else yet"
    );
    let (_, freed) = course_alloc::measure(|| drop(stack));
    assert_eq!(
        drops.load(Ordering::Relaxed),
        5,
        "dropping a stack with 3 values left should drop each of them exactly once"
    );
    assert!(
        freed.deallocations >= 3,
        "dropping a stack with 3 nodes left should free the 3 nodes, but only {} blocks \
         were freed",
        freed.deallocations
    );
}

#[test]
fn popping_frees_no_node_while_a_thread_is_pinned() {
    // On a fresh thread, so that its epoch bookkeeping starts empty.
    let (freed, deferred) = thread::spawn(|| {
        let stack = Stack::new();
        // While this guard is alive, this thread is pinned: a node that
        // another thread might still be reading must not be freed.
        let guard = epoch::pin();
        for n in 0..200 {
            stack.push(n);
        }
        // Room for the results up front, so that only `pop` allocates.
        let mut popped = Vec::with_capacity(200);
        let ((), stats) = course_alloc::measure(|| popped.extend((0..200).map(|_| stack.pop())));
        assert_eq!(
            popped,
            (0..200).rev().map(Some).collect::<Vec<_>>(),
            "200 pops after pushing 0 to 199 should return 199 down to 0"
        );
        drop(guard);
        (stats.deallocations, stats.allocations)
    })
    .join()
    .expect("the test thread panicked");
    assert_eq!(
        freed, 0,
        "pop freed {freed} blocks while a guard was pinned: a popped node must not be freed \
         at once, since another thread may still read it. Hand it to the guard with \
         `defer_destroy`"
    );
    // crossbeam-epoch 0.9 keeps deferred frees in a bag of 64 per thread and
    // allocates a queue entry each time a full bag goes to the global queue,
    // so 200 deferred nodes mean at least 3 allocations. None at all means
    // that nothing was deferred: the nodes leak.
    assert!(
        deferred > 0,
        "200 pops neither freed nor deferred any node: hand each popped node to \
         `guard.defer_destroy`, or the nodes leak"
    );
}

#[test]
fn threads_pushing_and_popping_lose_and_duplicate_nothing() {
    const PER_THREAD: usize = 2_000;
    let drops = Arc::new(AtomicUsize::new(0));
    let stack = Stack::new();
    let mut popped: Vec<usize> = thread::scope(|s| {
        let handles: Vec<_> = (0..2)
            .map(|t| {
                let (stack, drops) = (&stack, &drops);
                s.spawn(move || {
                    let mut mine = Vec::new();
                    for i in 0..PER_THREAD {
                        stack.push(Tracked {
                            id: t * PER_THREAD + i,
                            drops: Arc::clone(drops),
                        });
                        if i % 2 == 1 {
                            mine.extend(stack.pop().map(|value| value.id));
                        }
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a pushing thread panicked"))
            .collect()
    });
    while let Some(value) = stack.pop() {
        popped.push(value.id);
    }
    popped.sort_unstable();
    assert_eq!(
        popped,
        (0..2 * PER_THREAD).collect::<Vec<_>>(),
        "every value pushed by 2 threads should be popped exactly once"
    );
    assert_eq!(
        drops.load(Ordering::Relaxed),
        2 * PER_THREAD,
        "every value should be dropped exactly once"
    );
}
