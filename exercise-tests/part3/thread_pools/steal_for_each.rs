use super::*;
use std::cell::RefCell;
use std::panic;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
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
                counts[i].fetch_add(1, Ordering::Relaxed);
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
            calls.fetch_add(1, Ordering::Relaxed);
        });
        calls.into_inner()
    });
    assert_eq!(calls, 0, "parallel_for_each(0, 4, f) should never call f");
}

/// What the test `the_others_steal_the_work_of_a_stuck_worker` observes.
#[derive(Default)]
struct Watch {
    /// The thread whose first call of `f` is held.
    stuck: Option<ThreadId>,
    /// Calls of `f` made by the other threads.
    others_called: usize,
    /// Other threads that have called `f` and not yet ended.
    others_alive: usize,
    /// Other threads that have called `f` at all.
    others_seen: usize,
}

/// The shared state, and a signal for every change to it.
#[derive(Default)]
struct Watched {
    state: Mutex<Watch>,
    changed: Condvar,
}

/// Lives in a thread-local of each thread that calls `f`, other than the
/// stuck one. A thread's thread-locals are dropped when the thread ends, so
/// this tells the stuck call that a worker has stopped.
struct Alive(Arc<Watched>);

impl Drop for Alive {
    fn drop(&mut self) {
        self.0.state.lock().unwrap().others_alive -= 1;
        self.0.changed.notify_all();
    }
}

thread_local! {
    static ALIVE: RefCell<Option<Alive>> = const { RefCell::new(None) };
}

#[test]
fn the_others_steal_the_work_of_a_stuck_worker() {
    // The first call of `f` is held until the other threads have visited
    // every index outside the task it is in (at most LEAF indices). They can
    // only do that by stealing the halves that its worker pushed onto its own
    // deque. A worker that has stopped (its thread-locals were dropped) can
    // steal no more, so when every other worker has stopped, the held call
    // gives up and the test fails: no timing involved. A fixed share of the
    // range per worker fails here, because nobody runs the rest of the stuck
    // worker's share.
    const LEN: usize = 1_000;
    const WORKERS: usize = 4;
    let run = course_deadline::finish_within(Duration::from_secs(5), || {
        let watched = Arc::new(Watched::default());
        let first_index = Mutex::new(None);
        parallel_for_each(LEN, WORKERS, |i| {
            let me = thread::current().id();
            let mut state = watched.state.lock().unwrap();
            match state.stuck {
                None => {
                    state.stuck = Some(me);
                    *first_index.lock().unwrap() = Some(i);
                    let state = watched
                        .changed
                        .wait_while(state, |s| {
                            let enough = s.others_called >= LEN - LEAF;
                            let all_stopped = s.others_seen > 0 && s.others_alive == 0;
                            !enough && !all_stopped
                        })
                        .unwrap();
                    drop(state);
                }
                Some(stuck) if stuck == me => {}
                Some(_) => {
                    state.others_called += 1;
                    let new_thread = ALIVE.with(|alive| {
                        let mut alive = alive.borrow_mut();
                        let new = alive.is_none();
                        if new {
                            *alive = Some(Alive(Arc::clone(&watched)));
                        }
                        new
                    });
                    if new_thread {
                        state.others_seen += 1;
                        state.others_alive += 1;
                    }
                    drop(state);
                    watched.changed.notify_all();
                }
            }
        });
        let others = watched.state.lock().unwrap().others_called;
        let first = first_index.into_inner().unwrap();
        (others, first)
    });
    let (visited_by_others, first) = run.unwrap_or_else(|| {
        panic!(
            "parallel_for_each(1000, 4, ..) did not return within 5 seconds while its first \
             call of f was held: the other workers should steal the tasks the held worker \
             pushed onto its deque, and stop only when no task is left"
        )
    });
    let first = first.map_or("f".to_string(), |i| format!("f({i})"));
    assert!(
        visited_by_others >= LEN - LEAF,
        "while the first call, {first}, was held, the other workers visited only \
         {visited_by_others} of the {LEN} indices and stopped; they should have stolen \
         the tasks its worker had pushed onto its deque and visited at least {} indices \
         (all but the held task of at most LEAF = {LEAF})",
        LEN - LEAF
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

#[test]
fn one_worker_splits_onto_its_own_deque() {
    // With one worker, everything runs on one thread, in an order fixed by
    // the code: no timing involved. A task split onto the worker's own deque
    // goes into a buffer the deque already has (it is never more than a few
    // tasks deep), so once the first call of `f` is made, the worker
    // allocates nothing more. The shared `Injector` instead allocates a new
    // block for every 63 tasks pushed onto it. This length leaves some tasks
    // of LEAF + 1 indices to split after the first calls of `f`, even when
    // the halves go breadth first through the injector.
    const LEN: usize = 4096 * LEAF + 2048;
    let window = within("parallel_for_each(67584, 1, ..)", || {
        // The worker's counters at its first and at its latest call of `f`.
        let seen =
            Mutex::new(None::<(ThreadId, course_alloc::AllocStats, course_alloc::AllocStats)>);
        parallel_for_each(LEN, 1, |_| {
            let now = course_alloc::snapshot();
            let me = thread::current().id();
            let mut seen = seen.lock().unwrap();
            match &mut *seen {
                None => *seen = Some((me, now, now)),
                Some((first_thread, _, latest)) => {
                    assert_eq!(
                        *first_thread, me,
                        "with workers = 1, every call of f should run on the one worker thread"
                    );
                    *latest = now;
                }
            }
        });
        seen.into_inner().unwrap()
    });
    let (_, first, last) = window.expect("parallel_for_each(67584, 1, f) should call f");
    let allocations = last.allocating_calls() - first.allocating_calls();
    assert!(
        allocations < 4,
        "with one worker, between its first and its last call of f, parallel_for_each({LEN}, 1, f) \
         allocated {allocations} times on the worker thread; it should allocate nothing per task. \
         Push the halves onto the worker's own deque (its buffer is reused), not onto the shared \
         Injector (which allocates a new block every 63 tasks)"
    );
}
