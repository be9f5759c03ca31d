use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Wake, Waker};
use std::thread;

/// A waker that only counts how often it was woken.
struct CountingWaker {
    wakes: AtomicUsize,
}

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.wakes.fetch_add(1, Ordering::SeqCst);
    }
}

fn counting_waker() -> (Arc<CountingWaker>, Waker) {
    let counter = Arc::new(CountingWaker {
        wakes: AtomicUsize::new(0),
    });
    let waker = Waker::from(Arc::clone(&counter));
    (counter, waker)
}

/// Polls `countdown` by hand until it is ready (at most `limit` times) and
/// returns how many times it returned `Pending`.
fn pending_count(countdown: &mut Countdown, limit: u32) -> u32 {
    let (counter, waker) = counting_waker();
    let mut cx = Context::from_waker(&waker);
    let mut pending = 0;
    for _ in 0..limit {
        let wakes_before = counter.wakes.load(Ordering::SeqCst);
        match Pin::new(&mut *countdown).poll(&mut cx) {
            Poll::Ready(()) => return pending,
            Poll::Pending => {
                pending += 1;
                let wakes_after = counter.wakes.load(Ordering::SeqCst);
                assert!(
                    wakes_after > wakes_before,
                    "Countdown returned Pending (poll {pending}) without waking the task \
                     through cx.waker(): no executor would ever poll it again"
                );
            }
        }
    }
    panic!("Countdown was still pending after {limit} polls");
}

#[test]
fn countdown_of_zero_is_ready_at_the_first_poll() {
    let pending = pending_count(&mut Countdown::new(0), 10);
    assert_eq!(pending, 0, "Countdown::new(0) should be ready at once");
}

#[test]
fn countdown_is_pending_n_times_then_ready() {
    for n in [1, 2, 5] {
        let pending = pending_count(&mut Countdown::new(n), 20);
        assert_eq!(
            pending, n,
            "Countdown::new({n}) should return Pending {n} times before Ready"
        );
    }
}

#[test]
fn block_on_returns_the_output_of_a_ready_future() {
    assert_eq!(block_on(async { 1 + 2 }), 3, "block_on(async {{ 1 + 2 }})");
    assert_eq!(
        block_on(std::future::ready("done")),
        "done",
        "block_on(ready(\"done\"))"
    );
}

/// Wraps a future that wakes its task itself whenever it is pending (like
/// `Countdown`), counts how often it is polled, and panics if it returns
/// `Pending` without waking: under `block_on` that would wait forever.
struct Watched<F: Future> {
    inner: Pin<Box<F>>,
    polls: Arc<AtomicUsize>,
}

fn watched<F: Future>(inner: F) -> (Watched<F>, Arc<AtomicUsize>) {
    let polls = Arc::new(AtomicUsize::new(0));
    let watched = Watched {
        inner: Box::pin(inner),
        polls: Arc::clone(&polls),
    };
    (watched, polls)
}

/// Records a wake, then passes it on to the executor's waker.
struct Relay {
    woken: AtomicUsize,
    executor: Waker,
}

impl Wake for Relay {
    fn wake(self: Arc<Self>) {
        self.woken.fetch_add(1, Ordering::SeqCst);
        self.executor.wake_by_ref();
    }
}

impl<F: Future> Future for Watched<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let poll = self.polls.fetch_add(1, Ordering::SeqCst) + 1;
        let relay = Arc::new(Relay {
            woken: AtomicUsize::new(0),
            executor: cx.waker().clone(),
        });
        let waker = Waker::from(Arc::clone(&relay));
        let result = self.inner.as_mut().poll(&mut Context::from_waker(&waker));
        if result.is_pending() && relay.woken.load(Ordering::SeqCst) == 0 {
            panic!(
                "poll {poll} returned Pending without waking the task: Countdown must call \
                 cx.waker().wake_by_ref() before it returns Pending, or block_on waits forever"
            );
        }
        result
    }
}

#[test]
fn block_on_runs_a_countdown_to_the_end() {
    let (future, polls) = watched(Countdown::new(5));
    block_on(future);
    assert_eq!(
        polls.load(Ordering::SeqCst),
        6,
        "block_on(Countdown::new(5)) should poll it 6 times: 5 Pending, then Ready"
    );
}

#[test]
fn block_on_drives_async_blocks_that_await_countdowns() {
    let (future, _) = watched(async {
        let mut total = 0;
        for n in 0..5 {
            Countdown::new(n).await;
            total += n;
        }
        total
    });
    let total = block_on(future);
    assert_eq!(
        total, 10,
        "the async block should finish and return 0+1+2+3+4"
    );
}

#[test]
fn block_on_can_be_called_many_times_on_one_thread() {
    for n in 0..50 {
        let (future, _) = watched(async move {
            Countdown::new(n % 4).await;
            n
        });
        let got = block_on(future);
        assert_eq!(got, n, "block_on call number {n} should return {n}");
    }
}

/// Pending once (after waking its task), then ready. Unlike `Countdown`, it
/// comes with the tests, so this test does not depend on `Countdown`.
struct YieldOnce {
    yielded: bool,
}

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

#[test]
fn block_on_accepts_futures_that_are_not_unpin() {
    // `first` borrows `words` across an `.await`: this future must be pinned.
    let got = block_on(async {
        let words = [String::from("pinned"), String::from("future")];
        let first = &words[0];
        YieldOnce { yielded: false }.await;
        first.clone()
    });
    assert_eq!(
        got, "pinned",
        "block_on should return the async block's value"
    );
}

/// Shared between `WokenByThread` and the thread that completes it.
#[derive(Default)]
struct Shared {
    done: bool,
    waker: Option<Waker>,
}

/// A future completed by another thread, which wakes the stored waker.
struct WokenByThread {
    shared: Arc<Mutex<Shared>>,
    started: bool,
}

impl Future for WokenByThread {
    type Output = &'static str;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<&'static str> {
        {
            let mut shared = self.shared.lock().unwrap();
            if shared.done {
                return Poll::Ready("woken from another thread");
            }
            shared.waker = Some(cx.waker().clone());
        }
        if !self.started {
            self.started = true;
            let shared = Arc::clone(&self.shared);
            thread::spawn(move || {
                let mut shared = shared.lock().unwrap();
                shared.done = true;
                if let Some(waker) = shared.waker.take() {
                    waker.wake();
                }
            });
        }
        Poll::Pending
    }
}

#[test]
fn block_on_wakes_up_when_another_thread_wakes_the_task() {
    let got = block_on(WokenByThread {
        shared: Arc::default(),
        started: false,
    });
    assert_eq!(
        got, "woken from another thread",
        "block_on should return once the other thread has woken the task"
    );
}
