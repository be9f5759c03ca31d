use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Counts calls and fetches in flight, shared by every fake fetch.
#[derive(Default)]
struct Counters {
    calls: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
}

/// A fake fetcher: `fetch(id)` gives `"item-{id}"` after yielding to the
/// scheduler `10 - id % 10` times, so small ids finish last.
fn fake_fetch(
    counters: &Arc<Counters>,
) -> impl Fn(u32) -> std::pin::Pin<Box<dyn Future<Output = String> + Send>> {
    let counters = Arc::clone(counters);
    move |id| {
        counters.calls.fetch_add(1, Ordering::SeqCst);
        let counters = Arc::clone(&counters);
        Box::pin(async move {
            let now = counters.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            counters.max_in_flight.fetch_max(now, Ordering::SeqCst);
            for _ in 0..(10 - id % 10) {
                tokio::task::yield_now().await;
            }
            counters.in_flight.fetch_sub(1, Ordering::SeqCst);
            format!("item-{id}")
        })
    }
}

fn items(ids: &[u32]) -> Vec<String> {
    ids.iter().map(|id| format!("item-{id}")).collect()
}

#[tokio::test]
async fn results_keep_the_order_of_the_ids() {
    let counters = Arc::default();
    let ids = vec![1, 2, 3, 4, 5];
    let got = fetch_all(ids.clone(), fake_fetch(&counters))
        .await
        .expect("no fetch panics here");
    assert_eq!(
        got,
        items(&ids),
        "fetch_all({ids:?}) should return the results in input order (id 5 finishes first)"
    );
}

#[tokio::test]
async fn empty_input_gives_an_empty_vector() {
    let counters: Arc<Counters> = Arc::default();
    let got = fetch_all(Vec::new(), fake_fetch(&counters))
        .await
        .expect("no fetch panics here");
    assert!(got.is_empty(), "fetch_all([]) should be empty, got {got:?}");
    assert_eq!(
        counters.calls.load(Ordering::SeqCst),
        0,
        "fetch_all([]) should not call fetch at all"
    );
}

#[tokio::test]
async fn every_id_is_fetched_once_even_when_repeated() {
    let counters: Arc<Counters> = Arc::default();
    let ids = vec![7, 7, 3];
    let got = fetch_all(ids.clone(), fake_fetch(&counters))
        .await
        .expect("no fetch panics here");
    assert_eq!(got, items(&ids), "fetch_all({ids:?})");
    assert_eq!(
        counters.calls.load(Ordering::SeqCst),
        3,
        "fetch_all({ids:?}) should call fetch once per id"
    );
}

// `#[tokio::test]` runs on one thread, so tasks take turns only when one of
// them waits. Every fake fetch yields at least once before it finishes: if
// all fetches were started before waiting, the others run while the first
// yields, and more than one is in flight. Fetches that are started one after
// the other never overlap.
#[tokio::test]
async fn fetches_run_concurrently() {
    let counters: Arc<Counters> = Arc::default();
    let ids = vec![1, 2, 3, 4];
    fetch_all(ids.clone(), fake_fetch(&counters))
        .await
        .expect("no fetch panics here");
    let max = counters.max_in_flight.load(Ordering::SeqCst);
    assert_eq!(
        max, 4,
        "all 4 fetches should be in flight at once, but at most {max} were: \
         spawn every fetch before awaiting the first one"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_ids_on_many_threads_keep_their_order() {
    let counters = Arc::default();
    let ids: Vec<u32> = (0..24).rev().collect();
    let got = fetch_all(ids.clone(), fake_fetch(&counters))
        .await
        .expect("no fetch panics here");
    assert_eq!(got, items(&ids), "fetch_all({ids:?}) in input order");
}

#[tokio::test]
async fn a_panicking_fetch_gives_the_tasks_join_error() {
    let result = fetch_all(vec![1, 2, 3], |id| async move {
        tokio::task::yield_now().await;
        if id == 2 {
            panic!("fetch of id 2 failed (this panic is part of the test)");
        }
        format!("item-{id}")
    })
    .await;
    match result {
        Err(error) => assert!(
            error.is_panic(),
            "the error should say the task panicked, got {error:?}"
        ),
        Ok(got) => panic!("fetch_all should return the JoinError, but returned Ok({got:?})"),
    }
}
