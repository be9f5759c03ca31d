use super::*;
use std::cell::RefCell;
use tokio::time::Instant;

const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Up to `attempts` tries; waits of 100 ms, 200 ms, 400 ms, ... capped at 10 s;
/// one second per attempt.
fn policy(attempts: u32) -> Backoff {
    Backoff {
        attempts,
        first_delay: ms(100),
        max_delay: ms(10_000),
        attempt_timeout: ms(1_000),
    }
}

#[tokio::test(start_paused = true)]
async fn a_first_success_returns_at_once() {
    let calls = RefCell::new(Vec::new());
    let start = Instant::now();
    let got = retry(policy(3), |n| {
        calls.borrow_mut().push(n);
        async { Ok::<_, String>(7) }
    })
    .await;
    assert_eq!(got, Ok(7), "retry should return the first Ok");
    assert_eq!(
        *calls.borrow(),
        [1],
        "op should be called once, with attempt 1"
    );
    assert_eq!(
        start.elapsed(),
        ms(0),
        "a first success should not wait at all"
    );
}

#[tokio::test(start_paused = true)]
async fn retries_until_success_with_doubling_waits() {
    let calls = RefCell::new(Vec::new());
    let start = Instant::now();
    let got = retry(policy(5), |n| {
        calls.borrow_mut().push(n);
        async move {
            if n < 3 {
                Err(format!("busy ({n})"))
            } else {
                Ok(n * 10)
            }
        }
    })
    .await;
    assert_eq!(
        got,
        Ok(30),
        "attempts 1 and 2 fail, attempt 3 returns Ok(30)"
    );
    assert_eq!(
        *calls.borrow(),
        [1, 2, 3],
        "op should get the attempt numbers 1, 2, 3"
    );
    assert_eq!(
        start.elapsed(),
        ms(100 + 200),
        "retry should wait 100 ms after the first failure and 200 ms after the second"
    );
}

#[tokio::test(start_paused = true)]
async fn gives_up_with_the_last_error_and_no_final_wait() {
    let calls = RefCell::new(Vec::new());
    let start = Instant::now();
    let got: Result<(), _> = retry(policy(4), |n| {
        calls.borrow_mut().push(n);
        async move { Err(n) }
    })
    .await;
    assert_eq!(
        got,
        Err(RetryError::Failed(4)),
        "after 4 failures retry should return the last error"
    );
    assert_eq!(
        *calls.borrow(),
        [1, 2, 3, 4],
        "op should be called exactly 4 times"
    );
    assert_eq!(
        start.elapsed(),
        ms(100 + 200 + 400),
        "retry should wait 100, 200 and 400 ms between the 4 attempts, and not after the last one"
    );
}

#[tokio::test(start_paused = true)]
async fn time_spent_in_attempts_counts_too() {
    let start = Instant::now();
    let got = retry(policy(2), |n| async move {
        tokio::time::sleep(ms(50)).await;
        if n == 1 {
            Err("not yet")
        } else {
            Ok("done")
        }
    })
    .await;
    assert_eq!(got, Ok("done"), "the second attempt succeeds");
    assert_eq!(
        start.elapsed(),
        ms(50 + 100 + 50),
        "two attempts of 50 ms with a 100 ms wait between them take 200 ms"
    );
}

#[tokio::test(start_paused = true)]
async fn waits_never_exceed_max_delay() {
    let capped = Backoff {
        max_delay: ms(250),
        ..policy(5)
    };
    let start = Instant::now();
    let got: Result<(), _> = retry(capped, |n| async move { Err(n) }).await;
    assert_eq!(got, Err(RetryError::Failed(5)), "all 5 attempts fail");
    assert_eq!(
        start.elapsed(),
        ms(100 + 200 + 250 + 250),
        "with max_delay 250 ms the waits should be 100, 200, 250 and 250 ms"
    );

    let first_too_long = Backoff {
        first_delay: ms(900),
        max_delay: ms(300),
        ..policy(3)
    };
    let start = Instant::now();
    let got: Result<(), _> = retry(first_too_long, |n| async move { Err(n) }).await;
    assert_eq!(got, Err(RetryError::Failed(3)), "all 3 attempts fail");
    assert_eq!(
        start.elapsed(),
        ms(300 + 300),
        "a first_delay above max_delay should be capped too: waits of 300 and 300 ms"
    );
}

#[tokio::test(start_paused = true)]
async fn a_slow_attempt_is_cancelled_and_retried() {
    let finished = RefCell::new(Vec::new());
    let start = Instant::now();
    let got = retry(policy(3), |n| {
        let finished = &finished;
        async move {
            if n == 1 {
                tokio::time::sleep(ms(60_000)).await; // far beyond the 1 s limit
            }
            finished.borrow_mut().push(n);
            Ok::<_, ()>(n)
        }
    })
    .await;
    assert_eq!(got, Ok(2), "attempt 1 times out, attempt 2 succeeds");
    assert_eq!(
        *finished.borrow(),
        [2],
        "the timed-out attempt 1 should have been cancelled, not run to the end"
    );
    assert_eq!(
        start.elapsed(),
        ms(1_000 + 100),
        "1 s for the attempt that timed out, then the 100 ms wait"
    );
}

#[tokio::test(start_paused = true)]
async fn a_last_attempt_that_hangs_gives_timed_out() {
    let start = Instant::now();
    let got: Result<(), RetryError<()>> = retry(policy(2), |_| std::future::pending()).await;
    assert_eq!(
        got,
        Err(RetryError::TimedOut),
        "when the last attempt runs out of time, retry should return TimedOut"
    );
    assert_eq!(
        start.elapsed(),
        ms(1_000 + 100 + 1_000),
        "two attempts of 1 s each with a 100 ms wait between them"
    );
}

#[tokio::test(start_paused = true)]
async fn an_earlier_timeout_does_not_hide_the_last_error() {
    let got: Result<(), _> = retry(policy(2), |n| async move {
        if n == 1 {
            std::future::pending::<()>().await;
        }
        Err("refused")
    })
    .await;
    assert_eq!(
        got,
        Err(RetryError::Failed("refused")),
        "the result should describe the last attempt, which returned Err"
    );
}

#[tokio::test(start_paused = true)]
async fn zero_attempts_means_one() {
    let calls = RefCell::new(0);
    let start = Instant::now();
    let got: Result<(), _> = retry(policy(0), |n| {
        *calls.borrow_mut() += 1;
        async move { Err(n) }
    })
    .await;
    assert_eq!(
        got,
        Err(RetryError::Failed(1)),
        "attempts = 0 should still call op once"
    );
    assert_eq!(
        *calls.borrow(),
        1,
        "attempts = 0 should call op exactly once"
    );
    assert_eq!(
        start.elapsed(),
        ms(0),
        "a single attempt has nothing to wait for"
    );
}
