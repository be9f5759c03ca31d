use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

fn queue_of(urls: &[&str]) -> Arc<Mutex<VecDeque<String>>> {
    Arc::new(Mutex::new(urls.iter().map(|url| url.to_string()).collect()))
}

fn urls(count: usize) -> Vec<String> {
    (0..count)
        .map(|i| format!("https://example.com/{i}"))
        .collect()
}

/// Counts fetches: how many ran, how many ran at once, and which URLs.
#[derive(Default)]
struct Fetches {
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    urls: Mutex<Vec<String>>,
}

/// A fake fetch: the "page size" is the URL's length. It yields to the
/// scheduler a few times, as a real fetch waits for the network.
fn fake_fetch(
    fetches: &Arc<Fetches>,
) -> impl Fn(String) -> std::pin::Pin<Box<dyn Future<Output = usize> + Send>> + Send + Sync + 'static
{
    let fetches = Arc::clone(fetches);
    move |url| {
        let fetches = Arc::clone(&fetches);
        Box::pin(async move {
            fetches.urls.lock().unwrap().push(url.clone());
            let now = fetches.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            fetches.max_in_flight.fetch_max(now, Ordering::SeqCst);
            for _ in 0..3 {
                tokio::task::yield_now().await;
            }
            fetches.in_flight.fetch_sub(1, Ordering::SeqCst);
            url.len()
        })
    }
}

#[tokio::test]
async fn every_url_is_fetched_once() {
    let fetches = Arc::default();
    let queue = queue_of(&[
        "https://a.example",
        "https://bb.example",
        "https://ccc.example",
    ]);
    let got = crawl(Arc::clone(&queue), 2, fake_fetch(&fetches)).await;
    let expected = HashMap::from([
        ("https://a.example".to_string(), 17),
        ("https://bb.example".to_string(), 18),
        ("https://ccc.example".to_string(), 19),
    ]);
    assert_eq!(got, expected, "crawl of three URLs with two workers");
    let mut fetched = fetches.urls.lock().unwrap().clone();
    fetched.sort();
    assert_eq!(
        fetched,
        [
            "https://a.example",
            "https://bb.example",
            "https://ccc.example"
        ],
        "each URL should be fetched exactly once"
    );
    assert!(
        queue.lock().unwrap().is_empty(),
        "the queue should be empty after crawl"
    );
}

#[tokio::test]
async fn an_empty_queue_gives_no_results() {
    let fetches: Arc<Fetches> = Arc::default();
    let got = crawl(queue_of(&[]), 3, fake_fetch(&fetches)).await;
    assert!(
        got.is_empty(),
        "crawl of no URLs should be empty, got {got:?}"
    );
    assert!(
        fetches.urls.lock().unwrap().is_empty(),
        "no URL, so fetch should not be called"
    );
}

#[tokio::test]
async fn more_workers_than_urls() {
    let fetches = Arc::default();
    let got = crawl(queue_of(&["x", "yy"]), 8, fake_fetch(&fetches)).await;
    assert_eq!(
        got,
        HashMap::from([("x".to_string(), 1), ("yy".to_string(), 2)]),
        "crawl of two URLs with eight workers"
    );
}

// With a barrier of `workers` parties in every fetch, a fetch finishes only
// when `workers` fetches have started: if the workers do not fetch at the
// same time, they wait for each other forever. The clock is paused, so the
// time-out below fires at once when nothing can make progress.
#[tokio::test(start_paused = true)]
async fn the_workers_fetch_at_the_same_time() {
    let workers = 3;
    let barrier = Arc::new(tokio::sync::Barrier::new(workers));
    let queue = Arc::new(Mutex::new(urls(2 * workers).into()));
    let fetch = move |url: String| {
        let barrier = Arc::clone(&barrier);
        async move {
            barrier.wait().await;
            url.len()
        }
    };
    let got = tokio::time::timeout(Duration::from_secs(60), crawl(queue, workers, fetch)).await;
    let got = got.unwrap_or_else(|_| {
        panic!(
            "crawl with {workers} workers did not finish: fewer than {workers} fetches \
             ran at the same time. Each worker should take one URL, await its fetch, \
             and only then take the next"
        )
    });
    assert_eq!(got.len(), 2 * workers, "all {} URLs fetched", 2 * workers);
}

#[tokio::test]
async fn no_more_fetches_at_once_than_workers() {
    let fetches: Arc<Fetches> = Arc::default();
    let queue = Arc::new(Mutex::new(urls(12).into()));
    let got = crawl(queue, 2, fake_fetch(&fetches)).await;
    assert_eq!(got.len(), 12, "all 12 URLs fetched");
    let max = fetches.max_in_flight.load(Ordering::SeqCst);
    assert_eq!(
        max, 2,
        "with 2 workers, 2 fetches should run at once, but at most {max} did: \
         start exactly `workers` tasks, each fetching one URL at a time"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_urls_on_many_threads() {
    let fetches: Arc<Fetches> = Arc::default();
    let all = urls(200);
    let queue = Arc::new(Mutex::new(all.clone().into()));
    let got = crawl(queue, 6, fake_fetch(&fetches)).await;
    let expected: HashMap<String, usize> = all.iter().map(|url| (url.clone(), url.len())).collect();
    assert_eq!(got, expected, "crawl of 200 URLs with 6 workers");
    assert_eq!(
        fetches.urls.lock().unwrap().len(),
        200,
        "200 URLs should mean 200 fetches"
    );
}
