use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::{sleep, Instant};

const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn urls(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("https://example.com/{i}")).collect()
}

/// Counts how many fetches run at once. `Relaxed` is enough: the counters
/// publish no other data, and a `#[tokio::test]` runs every task on one
/// thread.
#[derive(Default)]
struct Gauge {
    now: AtomicUsize,
    most: AtomicUsize,
    calls: AtomicUsize,
}

impl Gauge {
    /// A fetch that takes `took(url)` and returns the url's length.
    fn fetch(
        self: &Arc<Self>,
        took: impl Fn(&str) -> Duration,
    ) -> impl Fn(String) -> std::pin::Pin<Box<dyn Future<Output = usize> + Send>> {
        let gauge = Arc::clone(self);
        move |url: String| {
            gauge.calls.fetch_add(1, Ordering::Relaxed);
            let gauge = Arc::clone(&gauge);
            let wait = took(&url);
            Box::pin(async move {
                let now = gauge.now.fetch_add(1, Ordering::Relaxed) + 1;
                gauge.most.fetch_max(now, Ordering::Relaxed);
                sleep(wait).await;
                gauge.now.fetch_sub(1, Ordering::Relaxed);
                url.len()
            })
        }
    }

    fn most(&self) -> usize {
        self.most.load(Ordering::Relaxed)
    }

    fn calls(&self) -> usize {
        self.calls.load(Ordering::Relaxed)
    }
}

#[tokio::test(start_paused = true)]
async fn results_come_back_in_url_order() {
    let list = vec!["a".to_string(), "bbb".to_string(), "cc".to_string()];
    // The first url is the slowest, so it finishes last.
    let got = fetch_all(list.clone(), 2, |url: String| async move {
        sleep(ms(100 / url.len() as u64)).await;
        url.to_uppercase()
    })
    .await;
    assert_eq!(
        got,
        ["A", "BBB", "CC"],
        "fetch_all({list:?}, 2, ..) should return the results in url order"
    );
}

#[tokio::test(start_paused = true)]
async fn never_more_than_the_limit_at_once() {
    let gauge = Arc::new(Gauge::default());
    let start = Instant::now();
    let got = fetch_all(urls(10), 3, gauge.fetch(|_| ms(100))).await;
    assert_eq!(got.len(), 10, "10 urls should give 10 results");
    assert_eq!(gauge.calls(), 10, "fetch should be called once per url");
    assert_eq!(
        gauge.most(),
        3,
        "with a limit of 3, at most 3 fetches (and, with 10 urls, exactly 3) should run at once"
    );
    assert_eq!(
        start.elapsed(),
        ms(400),
        "10 fetches of 100 ms, 3 at a time, take 4 rounds: 400 ms"
    );
}

#[tokio::test(start_paused = true)]
async fn a_slow_fetch_does_not_hold_up_the_others() {
    // One 300 ms fetch and three of 100 ms, 2 at a time. The 100 ms fetches
    // take turns in the second slot while the slow one runs: 300 ms in all.
    // In batches of 2 the second batch would wait for the slow fetch: 400 ms.
    let gauge = Arc::new(Gauge::default());
    let start = Instant::now();
    let list = vec![
        "slow".to_string(),
        "1".to_string(),
        "2".to_string(),
        "3".to_string(),
    ];
    let slow = |url: &str| if url == "slow" { ms(300) } else { ms(100) };
    let got = fetch_all(list, 2, gauge.fetch(slow)).await;
    assert_eq!(got, [4, 1, 1, 1], "the results, in url order");
    assert_eq!(gauge.most(), 2, "at most 2 fetches should run at once");
    assert_eq!(
        start.elapsed(),
        ms(300),
        "a new fetch should start as soon as any one finishes, so the three quick ones \
         run beside the slow one: 300 ms, not 400 ms"
    );
}

#[tokio::test(start_paused = true)]
async fn a_limit_above_the_count_runs_everything_at_once() {
    let gauge = Arc::new(Gauge::default());
    let start = Instant::now();
    fetch_all(urls(5), 100, gauge.fetch(|_| ms(50))).await;
    assert_eq!(
        gauge.most(),
        5,
        "5 urls with a limit of 100 should all run at once"
    );
    assert_eq!(
        start.elapsed(),
        ms(50),
        "5 fetches of 50 ms at once take 50 ms"
    );
}

#[tokio::test(start_paused = true)]
async fn a_limit_of_zero_means_one() {
    let gauge = Arc::new(Gauge::default());
    let start = Instant::now();
    let got = fetch_all(urls(3), 0, gauge.fetch(|_| ms(10))).await;
    assert_eq!(got.len(), 3, "3 urls should give 3 results");
    assert_eq!(gauge.most(), 1, "a limit of 0 should be treated as 1");
    assert_eq!(start.elapsed(), ms(30), "3 fetches of 10 ms, one at a time");
}

#[tokio::test(start_paused = true)]
async fn no_urls_give_no_results() {
    let calls = Mutex::new(0);
    let start = Instant::now();
    let got: Vec<usize> = fetch_all(Vec::new(), 4, |url: String| {
        *calls.lock().unwrap() += 1;
        async move { url.len() }
    })
    .await;
    assert!(
        got.is_empty(),
        "fetch_all(vec![], ..) should be empty, got {got:?}"
    );
    assert_eq!(
        *calls.lock().unwrap(),
        0,
        "fetch should not be called without urls"
    );
    assert_eq!(start.elapsed(), ms(0), "no urls: nothing to wait for");
}
