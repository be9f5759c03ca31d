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
use std::pin::{pin, Pin};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

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

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.remaining == 0 {
            return Poll::Ready(());
        }
        self.remaining -= 1;
        // Nothing else will wake us, so ask to be polled again right away.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

/// Wakes a task by unparking the thread that runs it.
struct ThreadWaker {
    thread: Thread,
}

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.thread.unpark();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.thread.unpark();
    }
}

/// Runs `future` to completion on the current thread and returns its output.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let waker = Waker::from(Arc::new(ThreadWaker {
        thread: thread::current(),
    }));
    let mut cx = Context::from_waker(&waker);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(output) => return output,
            // An unpark that came before this park makes it return at once,
            // and a spurious return only costs one more poll.
            Poll::Pending => thread::park(),
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/async/countdown.rs"]
mod tests;
