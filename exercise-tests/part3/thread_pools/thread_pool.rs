use super::*;
use std::collections::HashSet;
use std::panic;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Barrier, Mutex};
use std::thread::{self, ThreadId};
use std::time::Duration;

/// Runs `f` on a helper thread and returns its result. If `f` has not
/// finished after 3 seconds (the jobs here take microseconds), the test fails
/// instead of hanging; `f`'s own assertion failures are passed on.
fn within<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    course_deadline::finish_within(Duration::from_secs(3), f)
        .unwrap_or_else(|| panic!("{what} did not finish within 3 seconds: the pool hangs"))
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

/// Queues `jobs` jobs that each add one to their own counter, and returns
/// the counters.
fn count_runs(pool: &ThreadPool, jobs: usize) -> Arc<Vec<AtomicUsize>> {
    let runs: Arc<Vec<AtomicUsize>> = Arc::new((0..jobs).map(|_| AtomicUsize::new(0)).collect());
    for i in 0..jobs {
        let runs = Arc::clone(&runs);
        pool.execute(move || {
            runs[i].fetch_add(1, Ordering::Relaxed);
        });
    }
    runs
}

fn check_each_ran_once(runs: &[AtomicUsize], after: &str) {
    for (i, count) in runs.iter().enumerate() {
        let count = count.load(Ordering::Relaxed);
        assert_eq!(
            count, 1,
            "after {after}, job {i} should have run exactly once"
        );
    }
}

/// Queues `threads` jobs that wait for each other on a `Barrier`, so they can
/// only finish if `threads` workers run them at the same time. Returns the
/// threads they ran on.
fn meet_on_every_worker(pool: &ThreadPool, threads: usize) -> Arc<Mutex<HashSet<ThreadId>>> {
    let barrier = Arc::new(Barrier::new(threads));
    let seen = Arc::new(Mutex::new(HashSet::new()));
    for _ in 0..threads {
        let barrier = Arc::clone(&barrier);
        let seen = Arc::clone(&seen);
        pool.execute(move || {
            barrier.wait();
            seen.lock().unwrap().insert(thread::current().id());
        });
    }
    seen
}

#[test]
fn every_job_runs_exactly_once() {
    within("a pool of 4 running 200 jobs", || {
        let pool = ThreadPool::new(4);
        let runs = count_runs(&pool, 200);
        let panicked = pool.join();
        check_each_ran_once(&runs, "join()");
        assert_eq!(panicked, 0, "join() should report 0 panicked jobs");
    });
}

#[test]
fn drop_runs_queued_jobs_and_waits_for_them() {
    within("dropping a pool with queued jobs", || {
        let pool = ThreadPool::new(1);
        // The first job holds the only worker until the gate opens, so the
        // other 50 jobs are still queued just before the drop.
        let (open, gate) = mpsc::channel::<()>();
        pool.execute(move || gate.recv().unwrap());
        let runs = count_runs(&pool, 50);
        open.send(()).unwrap();
        drop(pool);
        check_each_ran_once(&runs, "drop(pool)");
    });
}

#[test]
fn join_on_an_idle_pool_returns_zero() {
    let panicked = within("join() on a pool with no jobs", || {
        ThreadPool::new(3).join()
    });
    assert_eq!(
        panicked, 0,
        "a pool that ran no jobs should report 0 panicked jobs"
    );
}

#[test]
fn the_pool_runs_exactly_n_workers_at_once() {
    for threads in [1, 2, 4] {
        let (caller, seen) = within("jobs that wait for each other on a Barrier", move || {
            let pool = ThreadPool::new(threads);
            let seen = meet_on_every_worker(&pool, threads);
            drop(pool);
            let seen = seen.lock().unwrap().clone();
            (thread::current().id(), seen)
        });
        assert_eq!(
            seen.len(),
            threads,
            "ThreadPool::new({threads}): {threads} jobs waiting on a Barrier should run on {threads} different threads"
        );
        assert!(
            !seen.contains(&caller),
            "ThreadPool::new({threads}): jobs must run on the workers, not on the thread that calls execute"
        );
    }
}

#[test]
fn jobs_send_results_through_a_channel() {
    let mut squares = within("a pool of 3 computing squares", || {
        let pool = ThreadPool::new(3);
        let (results, received) = mpsc::channel();
        for n in 1..=10_u64 {
            let results = results.clone();
            pool.execute(move || results.send(n * n).unwrap());
        }
        drop(results);
        drop(pool);
        received.iter().collect::<Vec<u64>>()
    });
    squares.sort_unstable();
    let expected: Vec<u64> = (1..=10).map(|n| n * n).collect();
    assert_eq!(
        squares, expected,
        "the 10 jobs should have sent the squares of 1..=10"
    );
}

#[test]
fn a_panicking_job_does_not_stop_its_worker() {
    within("a pool of 1 after a job panicked", || {
        let pool = ThreadPool::new(1);
        pool.execute(|| panic!("this job panics on purpose; its worker must survive"));
        let runs = count_runs(&pool, 10);
        let panicked = pool.join();
        check_each_ran_once(&runs, "a panicking job and join()");
        assert_eq!(panicked, 1, "join() should report the 1 job that panicked");
    });
}

#[test]
fn the_pool_keeps_all_its_threads_after_panics() {
    let seen = within("jobs that wait on a Barrier after 3 jobs panicked", || {
        let pool = ThreadPool::new(3);
        for i in 0..3 {
            pool.execute(move || panic!("job {i} panics on purpose; its worker must survive"));
        }
        let seen = meet_on_every_worker(&pool, 3);
        let panicked = pool.join();
        assert_eq!(panicked, 3, "join() should report the 3 jobs that panicked");
        let seen = seen.lock().unwrap().len();
        seen
    });
    assert_eq!(
        seen, 3,
        "after 3 panicking jobs, 3 jobs waiting on a Barrier should still run on 3 different threads"
    );
}

#[test]
fn a_pool_without_threads_is_refused() {
    let message = panic_message(|| ThreadPool::new(0));
    assert!(
        message.as_deref().is_some_and(|m| m.contains("at least one thread")),
        "ThreadPool::new(0) should panic with a message containing \"at least one thread\", but it {}",
        message.map_or("did not panic".to_string(), |m| format!("panicked with {m:?}"))
    );
}
