use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::{sleep, timeout};

/// A loader that counts its calls and returns `value`.
fn counted(calls: &Arc<AtomicUsize>, value: u32) -> impl FnOnce() -> std::future::Ready<u32> {
    let calls = Arc::clone(calls);
    move || {
        calls.fetch_add(1, Ordering::SeqCst);
        std::future::ready(value)
    }
}

/// `fut`'s output. Under paused time a call that waits forever (for a lock
/// that is never released) makes the runtime jump to this limit, so the
/// test fails at once instead of hanging.
async fn within_an_hour<T>(what: &str, fut: impl std::future::Future<Output = T>) -> T {
    timeout(Duration::from_secs(3_600), fut)
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish within an hour (of paused, virtual time): does it wait for a lock it holds itself?"))
}

/// Starts loading `key` in a task of its own with a loader that takes an
/// hour (of paused, virtual time), and returns once the loader is running.
async fn start_slow_load(cache: &Cache<u32>, key: &'static str) -> tokio::task::JoinHandle<u32> {
    let (started, is_started) = oneshot::channel();
    let task = tokio::spawn({
        let cache = cache.clone();
        async move {
            cache
                .get_or_load(key, || async move {
                    let _ = started.send(());
                    sleep(Duration::from_secs(3_600)).await;
                    1
                })
                .await
        }
    });
    is_started
        .await
        .expect("the slow loader should start: get_or_load must call `load` on a miss");
    task
}

#[tokio::test(start_paused = true)]
async fn a_stored_value_is_returned_without_loading() {
    let cache = Cache::default();
    cache.insert("a".to_string(), 5).await;
    let calls = Arc::new(AtomicUsize::new(0));
    let got = within_an_hour(
        "get_or_load(\"a\")",
        cache.get_or_load("a", counted(&calls, 99)),
    )
    .await;
    assert_eq!(
        got, 5,
        "get_or_load of a stored key returns the stored value"
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        0,
        "get_or_load of a stored key must not call `load`"
    );
}

#[tokio::test(start_paused = true)]
async fn a_miss_loads_once_and_stores_the_value() {
    let cache = Cache::default();
    let calls = Arc::new(AtomicUsize::new(0));
    let first = cache.get_or_load("a", counted(&calls, 7));
    assert_eq!(
        within_an_hour("get_or_load(\"a\") on a miss", first).await,
        7
    );
    assert_eq!(
        within_an_hour("get(\"a\")", cache.get("a")).await,
        Some(7),
        "the loaded value should be stored"
    );
    assert_eq!(
        within_an_hour(
            "a second get_or_load(\"a\")",
            cache.get_or_load("a", counted(&calls, 8))
        )
        .await,
        7,
        "a second get_or_load should return the stored value"
    );
    assert_eq!(
        calls.load(Ordering::SeqCst),
        1,
        "`load` should run once: on the first miss only"
    );
    assert_eq!(cache.get("b").await, None, "a key never stored is a miss");
}

#[tokio::test(start_paused = true)]
async fn get_of_another_key_does_not_wait_for_a_slow_load() {
    let cache = Cache::default();
    cache.insert("b".to_string(), 2).await;
    let slow = start_slow_load(&cache, "a").await;
    // Paused time: if `get` waits for the slow load, the runtime has nothing
    // else to do and jumps to this timeout (1 s of virtual time) at once.
    let got = timeout(Duration::from_secs(1), cache.get("b")).await;
    assert_eq!(
        got,
        Ok(Some(2)),
        "get(\"b\") waited for the loader of \"a\" (an Err(Elapsed) here): \
         is a lock still held while `load` runs?"
    );
    assert_eq!(slow.await.expect("the slow load finishes"), 1);
    assert_eq!(
        cache.get("a").await,
        Some(1),
        "the slow load stores its value"
    );
}

#[tokio::test(start_paused = true)]
async fn another_key_can_load_while_one_load_is_slow() {
    let cache = Cache::default();
    let slow = start_slow_load(&cache, "a").await;
    let calls = Arc::new(AtomicUsize::new(0));
    let got = timeout(
        Duration::from_secs(1),
        cache.get_or_load("b", counted(&calls, 2)),
    )
    .await;
    assert_eq!(
        got,
        Ok(2),
        "get_or_load(\"b\") waited for the loader of \"a\" (an Err(Elapsed) here)"
    );
    assert_eq!(slow.await.expect("the slow load finishes"), 1);
}

#[tokio::test(start_paused = true)]
async fn a_loader_may_read_the_cache() {
    let cache = Cache::default();
    cache.insert("base".to_string(), 10).await;
    let reader = cache.clone();
    let got = timeout(
        Duration::from_secs(5),
        cache.get_or_load("derived", || async move {
            reader.get("base").await.unwrap_or(0) + 1
        }),
    )
    .await;
    assert_eq!(
        got,
        Ok(11),
        "a loader that calls cache.get never finished (an Err(Elapsed) here): \
         get_or_load must not hold the lock while `load` runs"
    );
    assert_eq!(cache.get("derived").await, Some(11));
}
