use super::*;
use std::collections::HashSet;
use std::panic;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::thread;
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

#[test]
fn dropping_the_pool_returns_after_the_queued_jobs() {
    within("dropping a pool of 2 after queueing 20 jobs", || {
        let pool = ThreadPool::new(2);
        let runs = count_runs(&pool, 20);
        drop(pool);
        check_each_ran_once(&runs, "drop(pool)");
    });
}

#[test]
fn dropping_an_idle_pool_returns() {
    within("dropping a pool of 3 that never got a job", || {
        drop(ThreadPool::new(3));
    });
}

#[test]
fn every_job_runs_exactly_once() {
    within("a pool of 4 running 200 jobs, then dropped", || {
        let pool = ThreadPool::new(4);
        let runs = count_runs(&pool, 200);
        drop(pool);
        check_each_ran_once(&runs, "drop(pool)");
    });
}

#[test]
fn all_workers_run_jobs_at_the_same_time() {
    for threads in [2, 4] {
        let seen = within(
            &format!("{threads} jobs waiting for each other on a Barrier in a pool of {threads}"),
            move || {
                let pool = ThreadPool::new(threads);
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
                drop(pool);
                let workers = seen.lock().unwrap().len();
                workers
            },
        );
        assert_eq!(
            seen, threads,
            "{threads} jobs waiting on a Barrier should run on {threads} different workers at once"
        );
    }
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
