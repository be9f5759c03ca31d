use super::*;
use std::panic;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, OnceLock};
use std::thread::{self, ThreadId};
use std::time::Duration;

/// Runs `f` on a helper thread and returns its result. If `f` has not
/// finished after 5 seconds (the work here takes milliseconds), the test
/// fails instead of hanging; `f`'s own assertion failures are passed on.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    course_deadline::finish_within(Duration::from_secs(5), f).unwrap_or_else(|| {
        panic!("{what} did not return within 5 seconds: do the workers stop when no task is left?")
    })
}

/// The message of the panic that `f` raises, or `None` if it returns.
fn panic_message<T>(f: impl FnOnce() -> T + panic::UnwindSafe) -> Option<String> {
    let payload = panic::catch_unwind(f).err()?;
    let text = payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()));
    Some(text.unwrap_or_else(|| "a panic without a text message".to_string()))
}

/// Runs `parallel_for_each(len, workers, ..)` and returns how often each
/// index was visited.
fn visits(len: usize, workers: usize) -> Vec<usize> {
    within(
        &format!("parallel_for_each({len}, {workers}, ..)"),
        move || {
            let counts: Vec<AtomicUsize> = (0..len).map(|_| AtomicUsize::new(0)).collect();
            // `f` borrows `counts`: no `Arc` needed with scoped threads.
            parallel_for_each(len, workers, |i| {
                counts[i].fetch_add(1, Ordering::SeqCst);
            });
            counts.into_iter().map(AtomicUsize::into_inner).collect()
        },
    )
}

fn check_each_visited_once(len: usize, workers: usize) {
    let counts = visits(len, workers);
    for (i, &count) in counts.iter().enumerate() {
        assert_eq!(
            count, 1,
            "parallel_for_each({len}, {workers}, f) should call f({i}) exactly once"
        );
    }
}

#[test]
fn one_worker_visits_every_index_once() {
    for len in [1, 2, LEAF, LEAF + 1, 100] {
        check_each_visited_once(len, 1);
    }
}

#[test]
fn ranges_that_need_no_split_are_visited_once() {
    check_each_visited_once(1, 4);
    check_each_visited_once(LEAF, 4);
}

#[test]
fn many_workers_visit_every_index_once() {
    for (len, workers) in [
        (LEAF + 1, 2),
        (1_000, 2),
        (1_000, 4),
        (10_000, 3),
        (4_097, 8),
    ] {
        check_each_visited_once(len, workers);
    }
}

#[test]
fn an_empty_range_calls_nothing() {
    let calls = within("parallel_for_each(0, 4, ..)", || {
        let calls = AtomicUsize::new(0);
        parallel_for_each(0, 4, |_| {
            calls.fetch_add(1, Ordering::SeqCst);
        });
        calls.into_inner()
    });
    assert_eq!(calls, 0, "parallel_for_each(0, 4, f) should never call f");
}

#[test]
fn idle_workers_steal_from_a_busy_one() {
    // The first call of `f` waits until another thread has called `f` too.
    // That only happens if the other workers are still looking for work
    // and steal some of the halves that the first worker pushed.
    let stolen = within("parallel_for_each(1000, 4, ..)", || {
        let first: OnceLock<ThreadId> = OnceLock::new();
        let waited = AtomicBool::new(false);
        let other_thread_called = (Mutex::new(false), Condvar::new());
        let stolen = AtomicBool::new(false);
        parallel_for_each(1_000, 4, |_| {
            let (called, wake) = &other_thread_called;
            let me = thread::current().id();
            if *first.get_or_init(|| me) != me {
                *called.lock().unwrap() = true;
                wake.notify_all();
            } else if !waited.swap(true, Ordering::SeqCst) {
                let called = called.lock().unwrap();
                let (called, _) = wake
                    .wait_timeout_while(called, Duration::from_secs(3), |called| !*called)
                    .unwrap();
                stolen.store(*called, Ordering::SeqCst);
            }
        });
        stolen.into_inner()
    });
    assert!(
        stolen,
        "while one worker was busy, another worker should have stolen part of 0..1000 and called f"
    );
}

#[test]
fn zero_workers_are_refused() {
    let message = panic_message(|| parallel_for_each(10, 0, |_| {}));
    assert!(
        message.as_deref().is_some_and(|m| m.contains("at least one worker")),
        "parallel_for_each(10, 0, f) should panic with a message containing \"at least one worker\", but it {}",
        message.map_or("did not panic".to_string(), |m| format!("panicked with {m:?}"))
    );
}
