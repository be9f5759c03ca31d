//! Two pieces of async machinery, written with nothing but `std`.
//!
//! `Countdown::new(n)` is a future that returns `Poll::Pending` the first `n`
//! times it is polled and `Poll::Ready(())` after that, so
//! `Countdown::new(0)` is ready at its first poll. Every time it returns
//! `Pending` it must first wake its task through the `Context`; otherwise no
//! executor would ever poll it again.
//!
//! `block_on` runs any future to completion on the current thread and returns
//! its output. Build its `Waker` from a type that implements
//! `std::task::Wake`: waking unparks the thread that called `block_on`, and
//! `block_on` parks that thread while the future is pending. It must work for
//! futures that are not `Unpin` and for futures that are woken from another
//! thread.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A future that is pending a fixed number of times, then ready.
#[derive(Debug)]
pub struct Countdown {
    remaining: u32,
}

impl Countdown {
    /// A countdown that returns `Pending` `n` times before it is ready.
    pub fn new(n: u32) -> Self {
        Countdown { remaining: n }
    }
}

impl Future for Countdown {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let _ = cx; // course:hide
        todo!(
            "count down ({} more Pending), waking the task each time",
            self.remaining
        )
    }
}

/// Runs `future` to completion on the current thread and returns its output.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let _ = future; // course:hide
    todo!("poll the future until it is ready, parking the thread in between")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/async/countdown.rs"]
mod tests;
