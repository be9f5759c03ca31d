use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::{yield_now, JoinHandle};
use tokio::time::{sleep, timeout};

type Cache = Arc<LoadingCache<u32>>;

/// Starts `get_or_load(key)` in a task of its own. Its loader counts its
/// call in `calls`, tells `started` that it runs, waits `delay` (of
/// paused, virtual time) and returns `result`.
fn spawn_load(
    cache: &Cache,
    key: &'static str,
    calls: &Arc<AtomicUsize>,
    started: Option<oneshot::Sender<()>>,
    delay: Duration,
    result: Result<u32, &'static str>,
) -> JoinHandle<Result<u32, &'static str>> {
    let cache = Arc::clone(cache);
    let calls = Arc::clone(calls);
    tokio::spawn(async move {
        cache
            .get_or_load(key, || async move {
                calls.fetch_add(1, Ordering::SeqCst);
                if let Some(started) = started {
                    let _ = started.send(());
                }
                sleep(delay).await;
                result
            })
            .await
    })
}

/// Lets every other task of the test's runtime run until it waits.
async fn let_others_run() {
    for _ in 0..10 {
        yield_now().await;
    }
}

/// The result of a `spawn_load` task. Under paused time a caller that waits
/// forever makes the runtime jump to this limit, so the test fails at once
/// instead of hanging.
async fn outcome(
    task: JoinHandle<Result<u32, &'static str>>,
    who: &str,
) -> Result<u32, &'static str> {
    match timeout(Duration::from_secs(86_400), task).await {
        Ok(joined) => joined.expect("get_or_load should not panic"),
        Err(_) => panic!("{who} did not finish within a day (of paused, virtual time): is it waiting for a load that nobody runs any more?"),
    }
}

fn calls_of(calls: &Arc<AtomicUsize>) -> usize {
    calls.load(Ordering::SeqCst)
}

#[tokio::test(start_paused = true)]
async fn concurrent_callers_of_one_key_share_one_load() {
    let cache = Cache::default();
    let calls = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..10)
        .map(|_| spawn_load(&cache, "k", &calls, None, Duration::from_secs(1), Ok(42)))
        .collect();
    for task in tasks {
        let got = outcome(task, "a caller of \"k\"").await;
        assert_eq!(got, Ok(42), "every caller gets the loaded value");
    }
    assert_eq!(
        calls_of(&calls),
        1,
        "10 concurrent get_or_load(\"k\") calls should run the loader once"
    );
    assert_eq!(cache.get("k"), Some(42), "the loaded value is stored");
}

#[tokio::test(start_paused = true)]
async fn a_stored_value_is_returned_without_loading() {
    let cache = Cache::default();
    assert_eq!(cache.get("k"), None, "nothing is stored in a new cache");
    let calls = Arc::new(AtomicUsize::new(0));
    let first = spawn_load(&cache, "k", &calls, None, Duration::ZERO, Ok(1));
    assert_eq!(outcome(first, "the first caller").await, Ok(1));
    let second = spawn_load(&cache, "k", &calls, None, Duration::ZERO, Ok(2));
    assert_eq!(
        outcome(second, "the second caller").await,
        Ok(1),
        "a second get_or_load returns the stored value"
    );
    assert_eq!(
        calls_of(&calls),
        1,
        "the second call must not run its loader"
    );
}

#[tokio::test(start_paused = true)]
async fn a_failed_load_is_not_stored() {
    let cache = Cache::default();
    let calls = Arc::new(AtomicUsize::new(0));
    let failed = spawn_load(&cache, "k", &calls, None, Duration::ZERO, Err("down"));
    assert_eq!(
        outcome(failed, "the caller whose load fails").await,
        Err("down"),
        "the caller whose load fails gets its error"
    );
    assert_eq!(cache.get("k"), None, "a failed load stores nothing");
    let retry = spawn_load(&cache, "k", &calls, None, Duration::ZERO, Ok(5));
    assert_eq!(
        outcome(retry, "the caller after the failed load").await,
        Ok(5),
        "the next caller after a failed load runs its own loader (an Err here means the error was stored)"
    );
    assert_eq!(
        calls_of(&calls),
        2,
        "two loads: the failed one and the retry"
    );
    assert_eq!(cache.get("k"), Some(5));
}

#[tokio::test(start_paused = true)]
async fn a_waiting_caller_loads_after_the_load_it_waited_for_fails() {
    let cache = Cache::default();
    let calls = Arc::new(AtomicUsize::new(0));
    let (started, is_started) = oneshot::channel();
    let leader = spawn_load(
        &cache,
        "k",
        &calls,
        Some(started),
        Duration::from_secs(1),
        Err("down"),
    );
    is_started
        .await
        .expect("the first caller's loader should run");
    let follower = spawn_load(&cache, "k", &calls, None, Duration::from_secs(1), Ok(7));
    assert_eq!(
        outcome(leader, "the caller whose load fails").await,
        Err("down")
    );
    assert_eq!(
        outcome(follower, "the caller waiting for the failed load").await,
        Ok(7),
        "the waiting caller should run its own loader after the first one failed"
    );
    assert_eq!(
        calls_of(&calls),
        2,
        "the failed load and the waiting caller's load"
    );
}

#[tokio::test(start_paused = true)]
async fn a_cancelled_load_does_not_leave_the_others_waiting() {
    let cache = Cache::default();
    let calls = Arc::new(AtomicUsize::new(0));
    let (started, is_started) = oneshot::channel();
    let leader = spawn_load(
        &cache,
        "k",
        &calls,
        Some(started),
        Duration::from_secs(3_600),
        Ok(1),
    );
    is_started
        .await
        .expect("the first caller's loader should run");
    let follower = spawn_load(&cache, "k", &calls, None, Duration::from_secs(1), Ok(9));
    let_others_run().await;
    assert!(
        !follower.is_finished(),
        "a second caller should wait for the load in progress, not finish on its own"
    );
    assert_eq!(
        calls_of(&calls),
        1,
        "only the first caller's loader runs so far"
    );
    // Cancel the first caller: its future is dropped in the middle of the load.
    leader.abort();
    assert_eq!(
        outcome(follower, "the caller waiting for the cancelled load").await,
        Ok(9),
        "after the cancellation, the waiting caller runs its own loader"
    );
    assert_eq!(cache.get("k"), Some(9));
}

#[tokio::test(start_paused = true)]
async fn loads_of_different_keys_do_not_wait_for_each_other() {
    let cache = Cache::default();
    let calls = Arc::new(AtomicUsize::new(0));
    let (started, is_started) = oneshot::channel();
    let slow = spawn_load(
        &cache,
        "slow",
        &calls,
        Some(started),
        Duration::from_secs(3_600),
        Ok(1),
    );
    is_started.await.expect("the loader of \"slow\" should run");
    let other = spawn_load(&cache, "other", &calls, None, Duration::ZERO, Ok(2));
    let got = timeout(Duration::from_secs(1), other).await;
    let got = got.expect(
        "get_or_load(\"other\") waited for the loader of \"slow\": is a lock held across the load?",
    );
    assert_eq!(got.expect("no panic"), Ok(2));
    slow.abort();
}
