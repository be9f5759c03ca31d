use super::*;

use std::time::Duration;
use tokio::time::Instant;

fn ms(values: &[u64]) -> Vec<Duration> {
    values.iter().map(|&v| Duration::from_millis(v)).collect()
}

/// An operation that fails (with a message naming the attempt) until
/// attempt `succeed_at`, and records every attempt number it is called with.
fn flaky(
    succeed_at: u32,
    calls: &mut Vec<u32>,
) -> impl FnMut(u32) -> std::future::Ready<Result<String, String>> + '_ {
    move |attempt| {
        calls.push(attempt);
        std::future::ready(if attempt >= succeed_at {
            Ok(format!("ok on attempt {attempt}"))
        } else {
            Err(format!("attempt {attempt} failed"))
        })
    }
}

// On tokio, with paused time: `tokio::time::sleep` takes no real time, and
// `Instant::elapsed` shows exactly how long `retry` slept.

#[tokio::test(start_paused = true)]
async fn tokio_succeeds_on_the_third_attempt() {
    let mut calls = Vec::new();
    let start = Instant::now();
    let result = retry(
        flaky(2, &mut calls),
        &ms(&[100, 200, 400]),
        tokio::time::sleep,
    )
    .await;
    let slept = start.elapsed();
    assert_eq!(
        result,
        Ok("ok on attempt 2".to_string()),
        "an operation that succeeds on attempt 2 should give its Ok"
    );
    assert_eq!(
        calls,
        [0, 1, 2],
        "op should be called with attempts 0, 1 and 2, then no more"
    );
    assert_eq!(
        slept,
        Duration::from_millis(300),
        "retry should sleep 100 ms and 200 ms between the three attempts (300 ms in all)"
    );
}

#[tokio::test(start_paused = true)]
async fn tokio_gives_up_with_the_last_error() {
    let mut calls = Vec::new();
    let start = Instant::now();
    let result = retry(
        flaky(u32::MAX, &mut calls),
        &ms(&[10, 20, 30]),
        tokio::time::sleep,
    )
    .await;
    let slept = start.elapsed();
    assert_eq!(
        result,
        Err("attempt 3 failed".to_string()),
        "with three delays, the fourth attempt's error should be returned"
    );
    assert_eq!(calls, [0, 1, 2, 3], "three delays allow four attempts");
    assert_eq!(
        slept,
        Duration::from_millis(60),
        "retry should sleep 10, 20 and 30 ms between the attempts, and not after the last one"
    );
}

#[tokio::test(start_paused = true)]
async fn tokio_success_at_once_does_not_sleep() {
    let mut calls = Vec::new();
    let start = Instant::now();
    let result = retry(flaky(0, &mut calls), &ms(&[1000]), tokio::time::sleep).await;
    assert_eq!(
        result,
        Ok("ok on attempt 0".to_string()),
        "the first attempt succeeds"
    );
    assert_eq!(calls, [0], "after a success op should not be called again");
    assert_eq!(
        start.elapsed(),
        Duration::ZERO,
        "retry should not sleep when the first attempt succeeds"
    );
}

#[tokio::test(start_paused = true)]
async fn tokio_no_delays_means_one_attempt() {
    let mut calls = Vec::new();
    let result = retry(flaky(1, &mut calls), &[], tokio::time::sleep).await;
    assert_eq!(
        result,
        Err("attempt 0 failed".to_string()),
        "with no delays, the first error should be returned"
    );
    assert_eq!(
        calls,
        [0],
        "with no delays op should be called exactly once"
    );
}

// On smol: each attempt runs as a smol task, and the sleeps are smol timers
// (a few real milliseconds). The test records which delays retry asked for.

#[test]
fn smol_succeeds_on_the_second_attempt() {
    let mut slept = Vec::new();
    let result = smol::block_on(retry(
        |attempt| {
            smol::spawn(async move {
                if attempt == 0 {
                    Err(format!("attempt {attempt} failed"))
                } else {
                    Ok(attempt * 10)
                }
            })
        },
        &ms(&[1, 2]),
        |delay| {
            slept.push(delay);
            smol::Timer::after(delay)
        },
    ));
    assert_eq!(result, Ok(10), "attempt 1 succeeds with 1 * 10 on smol");
    assert_eq!(
        slept,
        ms(&[1]),
        "on smol, retry should sleep once (1 ms) between attempt 0 and attempt 1"
    );
}

#[test]
fn smol_gives_up_after_every_delay() {
    let mut slept = Vec::new();
    let mut calls = 0;
    let result: Result<(), String> = smol::block_on(retry(
        |attempt| {
            calls += 1;
            smol::spawn(async move { Err(format!("attempt {attempt} failed")) })
        },
        &ms(&[1, 2, 3]),
        |delay| {
            slept.push(delay);
            smol::Timer::after(delay)
        },
    ));
    assert_eq!(
        result,
        Err("attempt 3 failed".to_string()),
        "on smol, the fourth attempt's error should be returned"
    );
    assert_eq!(calls, 4, "three delays allow four attempts");
    assert_eq!(
        slept,
        ms(&[1, 2, 3]),
        "on smol, retry should sleep for each delay once, in order"
    );
}
