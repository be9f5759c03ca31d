use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Wake, Waker};
use std::thread;
use std::time::Duration;

/// Runs `f` (which calls `block_on`) on a thread of its own, and fails with
/// a message if it hangs instead of waiting for the checker's time limit.
fn within_limit<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    course_deadline::finish_within(Duration::from_secs(2), f).unwrap_or_else(|| {
        panic!(
            "block_on did not return within 2 s: after a Pending, is the thread woken \
             (unparked) when the waker is called?"
        )
    })
}

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
    let got = within_limit(|| block_on(async { 1 + 2 }));
    assert_eq!(got, 3, "block_on(async {{ 1 + 2 }})");
    let got = within_limit(|| block_on(std::future::ready("done")));
    assert_eq!(got, "done", "block_on(ready(\"done\"))");
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
    within_limit(|| block_on(future));
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
    let total = within_limit(|| block_on(future));
    assert_eq!(
        total, 10,
        "the async block should finish and return 0+1+2+3+4"
    );
}

#[test]
fn block_on_can_be_called_many_times_on_one_thread() {
    within_limit(|| {
        for n in 0..50 {
            let (future, _) = watched(async move {
                Countdown::new(n % 4).await;
                n
            });
            let got = block_on(future);
            assert_eq!(got, n, "block_on call number {n} should return {n}");
        }
    });
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
    let got = within_limit(|| {
        block_on(async {
            let words = [String::from("pinned"), String::from("future")];
            let first = &words[0];
            YieldOnce { yielded: false }.await;
            first.clone()
        })
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
    let got = within_limit(|| {
        block_on(WokenByThread {
            shared: Arc::default(),
            started: false,
        })
    });
    assert_eq!(
        got, "woken from another thread",
        "block_on should return once the other thread has woken the task"
    );
}

/// How many polls without a wake before `WakeLater` gives up on the executor.
/// An executor that parks until woken makes none (or, after a rare spurious
/// wake-up of `park`, one); one that polls in a loop makes thousands.
const UNWOKEN_POLLS_ALLOWED: u32 = 3;

/// What `WakeLater` and its waking thread share.
#[derive(Default)]
struct Later {
    polls: u32,
    unwoken_polls: u32,
    woken: bool,
    waker: Option<Waker>,
}

/// Pending until another thread wakes it, a while after the first poll, and
/// unlike `Countdown` it never wakes itself: an executor must not poll it
/// again before that wake.
struct WakeLater {
    shared: Arc<Mutex<Later>>,
}

impl Future for WakeLater {
    type Output = u32;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        let mut later = self.shared.lock().unwrap();
        later.polls += 1;
        if later.woken {
            return Poll::Ready(later.polls);
        }
        later.waker = Some(cx.waker().clone());
        if later.polls == 1 {
            let shared = Arc::clone(&self.shared);
            thread::spawn(move || {
                // Not a timing assertion: a correct `block_on` sleeps through
                // this pause however long it lasts; it only gives a looping
                // one the time to poll again without being woken.
                thread::sleep(Duration::from_millis(200));
                let waker = {
                    let mut later = shared.lock().unwrap();
                    later.woken = true;
                    later.waker.take()
                };
                if let Some(waker) = waker {
                    waker.wake();
                }
            });
        } else {
            later.unwoken_polls += 1;
            let unwoken = later.unwoken_polls;
            drop(later);
            assert!(
                unwoken <= UNWOKEN_POLLS_ALLOWED,
                "block_on polled a pending future {unwoken} times before its waker was \
                 called: it must park the thread after Pending and poll again only once \
                 woken, not poll in a loop"
            );
        }
        Poll::Pending
    }
}

#[test]
fn block_on_polls_again_only_when_woken() {
    let polls = within_limit(|| {
        block_on(WakeLater {
            shared: Arc::default(),
        })
    });
    assert!(
        polls <= UNWOKEN_POLLS_ALLOWED + 2,
        "block_on polled a future {polls} times for one wake; it should poll once, \
         park until woken, and poll once more"
    );
}
