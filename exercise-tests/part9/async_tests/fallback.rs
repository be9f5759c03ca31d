use super::*;
use tokio::time::{sleep, Instant};

/// A value that arrives after `delay`.
async fn slow(value: &'static str, delay: Duration) -> &'static str {
    sleep(delay).await;
    value
}

#[tokio::test(start_paused = true)]
async fn a_quick_value_is_returned_without_waiting_longer() {
    let start = Instant::now();
    let got = value_or(
        slow("fresh", Duration::from_millis(200)),
        Duration::from_secs(1),
        "stale",
    )
    .await;
    assert_eq!(
        got, "fresh",
        "a value ready after 200 ms, with a limit of 1 s"
    );
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(200),
        "value_or should return as soon as the value is ready (virtual time)"
    );
}

#[tokio::test(start_paused = true)]
async fn a_slow_value_gives_the_fallback_at_the_limit() {
    let start = Instant::now();
    let got = value_or(
        slow("fresh", Duration::from_secs(3_600)),
        Duration::from_secs(2),
        "stale",
    )
    .await;
    assert_eq!(
        got, "stale",
        "a value ready after an hour, with a limit of 2 s"
    );
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(2),
        "value_or should give up exactly at the limit (virtual time)"
    );
}

#[tokio::test(start_paused = true)]
async fn a_value_just_before_the_limit_is_in_time() {
    let got = value_or(
        slow("fresh", Duration::from_millis(1_999)),
        Duration::from_secs(2),
        "stale",
    )
    .await;
    assert_eq!(
        got, "fresh",
        "a value ready after 1.999 s, with a limit of 2 s"
    );
}

#[tokio::test(start_paused = true)]
async fn the_slow_future_is_dropped_at_the_limit() {
    /// Sets its flag when dropped.
    struct Guard(std::sync::Arc<std::sync::atomic::AtomicBool>);
    impl Drop for Guard {
        fn drop(&mut self) {
            self.0.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    }
    let dropped = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let guard = Guard(dropped.clone());
    let slow_with_guard = async move {
        let _guard = guard;
        sleep(Duration::from_secs(60)).await;
        "fresh"
    };
    let got = value_or(slow_with_guard, Duration::from_secs(1), "stale").await;
    assert_eq!(got, "stale");
    assert!(
        dropped.load(std::sync::atomic::Ordering::SeqCst),
        "the future that missed the limit should have been dropped (cancelled) by the time value_or returns"
    );
}

#[tokio::test(start_paused = true)]
async fn a_ready_value_is_returned() {
    let got = value_or(async { 42 }, Duration::ZERO, 0).await;
    assert_eq!(
        got, 42,
        "a future that is ready at once, with a limit of zero"
    );
}
