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
    op: Op,
    delays: &[Duration],
    sleep: Sleep,
) -> Result<T, E>
where
    Op: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T, E>>,
    Sleep: FnMut(Duration) -> SleepFut,
    SleepFut: Future,
{
    let _ = (op, sleep);
    todo!("call `op`, and after each failure sleep for the next of {delays:?}")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/runtimes/retry.rs"]
mod tests;
