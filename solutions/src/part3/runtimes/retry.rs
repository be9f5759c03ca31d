//! Write `retry`, a retry loop that works on any async runtime because it
//! names none: the caller passes in the operation and the way to sleep.
//!
//! Call `op(0)`. If it returns `Ok`, return that at once. After a failure,
//! sleep for the next duration of `delays` by awaiting `sleep(delay)`, then
//! call `op` again with the next attempt number (`op(1)`, `op(2)`, ...). When
//! the delays are used up, return the last error. So `op` is called at most
//! `delays.len() + 1` times, and `sleep` only between two attempts: never
//! before the first one, never after the last one. The tests run `retry` on
//! tokio (with `tokio::time::sleep`) and on smol (with `smol::Timer::after`).

use std::future::Future;
use std::time::Duration;

/// Calls `op` until it succeeds or the delays run out.
pub async fn retry<T, E, Op, Fut, Sleep, SleepFut>(
    mut op: Op,
    delays: &[Duration],
    mut sleep: Sleep,
) -> Result<T, E>
where
    Op: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, E>>,
    Sleep: FnMut(Duration) -> SleepFut,
    SleepFut: Future,
{
    let mut attempt = 0;
    let mut delays = delays.iter();
    loop {
        let error = match op(attempt).await {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        match delays.next() {
            Some(&delay) => {
                sleep(delay).await;
                attempt += 1;
            }
            None => return Err(error),
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/runtimes/retry.rs"]
mod tests;
