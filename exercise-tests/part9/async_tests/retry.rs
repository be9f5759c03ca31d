use super::*;
use std::cell::RefCell;
use tokio::time::Instant;

const MS: Duration = Duration::from_millis(1);

/// Runs `retry` with an `op` that fails until attempt `succeed_on` (never,
/// if `None`). Returns the result and the virtual time of every attempt,
/// in milliseconds since the start, with the attempt numbers `op` got.
async fn run(policy: Policy, succeed_on: Option<u32>) -> (Result<u32, String>, Vec<(u32, u128)>) {
    let start = Instant::now();
    let log = RefCell::new(Vec::new());
    let result = retry(policy, |attempt| {
        log.borrow_mut()
            .push((attempt, start.elapsed().as_millis()));
        async move {
            if Some(attempt) == succeed_on {
                Ok(attempt)
            } else {
                Err(format!("failure {attempt}"))
            }
        }
    })
    .await;
    (result, log.into_inner())
}

fn policy(attempts: u32, first_ms: u64, max_ms: u64) -> Policy {
    Policy {
        attempts,
        first_delay: MS * first_ms as u32,
        max_delay: MS * max_ms as u32,
    }
}

#[tokio::test(start_paused = true)]
async fn doubles_the_delay_up_to_the_maximum() {
    let (result, log) = run(policy(5, 100, 300), None).await;
    assert_eq!(
        log,
        [(1, 0), (2, 100), (3, 300), (4, 600), (5, 900)],
        "(attempt, virtual ms) for 5 failing attempts: waits of 100, 200, 300 (capped), 300 ms"
    );
    assert_eq!(
        result,
        Err("failure 5".to_string()),
        "every attempt failed: the last error"
    );
}

#[tokio::test(start_paused = true)]
async fn does_not_sleep_after_the_last_attempt() {
    let start = Instant::now();
    let _ = run(policy(3, 50, 1_000), None).await;
    assert_eq!(
        start.elapsed(),
        MS * 150,
        "3 failing attempts wait 50 + 100 ms, and nothing after the last one"
    );
}

#[tokio::test(start_paused = true)]
async fn stops_at_the_first_success() {
    let (result, log) = run(policy(5, 10, 1_000), Some(3)).await;
    assert_eq!(result, Ok(3), "attempt 3 succeeds");
    assert_eq!(
        log,
        [(1, 0), (2, 10), (3, 30)],
        "(attempt, virtual ms): no attempt after the first success"
    );
}

#[tokio::test(start_paused = true)]
async fn a_first_success_does_not_wait() {
    let (result, log) = run(policy(5, 10, 1_000), Some(1)).await;
    assert_eq!(result, Ok(1));
    assert_eq!(log, [(1, 0)], "one attempt, at once");
}

#[tokio::test(start_paused = true)]
async fn zero_attempts_still_tries_once() {
    let (result, log) = run(policy(0, 10, 1_000), None).await;
    assert_eq!(log, [(1, 0)], "attempts: 0 should still call op once");
    assert_eq!(result, Err("failure 1".to_string()));
}

#[tokio::test(start_paused = true)]
async fn a_first_delay_above_the_maximum_is_capped() {
    let (_, log) = run(policy(3, 500, 200), None).await;
    assert_eq!(
        log,
        [(1, 0), (2, 200), (3, 400)],
        "first_delay 500 ms with max_delay 200 ms: every wait is 200 ms"
    );
}
