use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A shared log that tasks write to.
type Log = Arc<Mutex<Vec<String>>>;

/// A waker that counts its wake-ups.
struct CountingWaker(AtomicUsize);

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// A future that counts its polls and never finishes or wakes itself.
struct Stalled(Arc<AtomicUsize>);

impl Future for Stalled {
    type Output = ();
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Poll::Pending
    }
}

/// A future that stores its waker where the test can reach it, and finishes
/// once `ready` is set.
struct Parked {
    ready: Arc<Mutex<bool>>,
    waker: Arc<Mutex<Option<Waker>>>,
}

impl Future for Parked {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if *self.ready.lock().unwrap() {
            return Poll::Ready(());
        }
        *self.waker.lock().unwrap() = Some(cx.waker().clone());
        Poll::Pending
    }
}

#[test]
fn yield_now_is_pending_once_and_wakes_its_task() {
    let counter = Arc::new(CountingWaker(AtomicUsize::new(0)));
    let waker = Waker::from(Arc::clone(&counter));
    let mut cx = Context::from_waker(&waker);
    let mut future = yield_now();
    assert!(
        Pin::new(&mut future).poll(&mut cx).is_pending(),
        "the first poll of yield_now() should return Pending"
    );
    assert_eq!(
        counter.0.load(Ordering::SeqCst),
        1,
        "the first poll should wake the task once, or no scheduler would poll it again"
    );
    assert!(
        Pin::new(&mut future).poll(&mut cx).is_ready(),
        "the second poll of yield_now() should return Ready"
    );
}

#[test]
fn spawn_numbers_tasks_in_order() {
    let mut scheduler = Scheduler::new();
    let ids: Vec<TaskId> = (0..3).map(|_| scheduler.spawn(async {})).collect();
    assert_eq!(ids, [0, 1, 2], "spawn should return 0, 1, 2, ...");
}

#[test]
fn tasks_take_turns() {
    let log: Log = Arc::default();
    let mut scheduler = Scheduler::new();
    for name in ["A", "B", "C"] {
        let log = Arc::clone(&log);
        scheduler.spawn(async move {
            for i in 0..3 {
                log.lock().unwrap().push(format!("{name}{i}"));
                yield_now().await;
            }
        });
    }
    let report = scheduler.run();
    let log = log.lock().unwrap().join(" ");
    assert_eq!(
        log, "A0 B0 C0 A1 B1 C1 A2 B2 C2",
        "each task should run until it yields, then go to the back of the queue"
    );
    assert_eq!(
        report,
        Report {
            polls: 12,
            finished: vec![0, 1, 2],
            waiting: vec![]
        },
        "three tasks that yield three times are polled four times each"
    );
}

#[test]
fn a_task_that_finishes_at_once_is_polled_once() {
    let mut scheduler = Scheduler::new();
    scheduler.spawn(async {});
    assert_eq!(
        scheduler.run(),
        Report {
            polls: 1,
            finished: vec![0],
            waiting: vec![]
        },
        "a task that returns Ready at once"
    );
    assert_eq!(
        scheduler.run(),
        Report::default(),
        "a second run with nothing to do should poll nothing"
    );
}

#[test]
fn a_pending_task_is_not_polled_again_until_woken() {
    let polls = Arc::new(AtomicUsize::new(0));
    let mut scheduler = Scheduler::new();
    scheduler.spawn(Stalled(Arc::clone(&polls)));
    scheduler.spawn(async {
        for _ in 0..3 {
            yield_now().await;
        }
    });
    let report = scheduler.run();
    assert_eq!(
        polls.load(Ordering::SeqCst),
        1,
        "a task that returned Pending without arranging a wake-up should not be polled again"
    );
    assert_eq!(
        report,
        Report {
            polls: 5,
            finished: vec![1],
            waiting: vec![0]
        },
        "run should stop when only a waiting task is left, and report it"
    );
}

#[test]
fn waking_twice_before_the_next_poll_queues_the_task_once() {
    let polls = Arc::new(AtomicUsize::new(0));
    let counted = Arc::clone(&polls);
    let mut scheduler = Scheduler::new();
    scheduler.spawn(std::future::poll_fn(move |cx| {
        if counted.fetch_add(1, Ordering::SeqCst) == 0 {
            cx.waker().wake_by_ref();
            cx.waker().wake_by_ref();
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    }));
    let report = scheduler.run();
    assert_eq!(
        polls.load(Ordering::SeqCst),
        2,
        "two wake-ups before the next poll should lead to one more poll, not two"
    );
    assert_eq!(report.polls, 2, "the report should count 2 polls");
}

#[test]
fn one_task_wakes_another() {
    let ready = Arc::new(Mutex::new(false));
    let waker = Arc::new(Mutex::new(None::<Waker>));
    let mut scheduler = Scheduler::new();
    scheduler.spawn(Parked {
        ready: Arc::clone(&ready),
        waker: Arc::clone(&waker),
    });
    scheduler.spawn(async move {
        yield_now().await;
        *ready.lock().unwrap() = true;
        let parked = waker.lock().unwrap().take();
        parked.expect("task 0 should have stored its waker").wake();
    });
    let report = scheduler.run();
    assert_eq!(
        report,
        Report {
            polls: 4,
            finished: vec![1, 0],
            waiting: vec![]
        },
        "task 1 finishes and wakes task 0, which is then polled again and finishes"
    );
}

#[test]
fn a_wake_from_another_thread_counts() {
    let mut scheduler = Scheduler::new();
    let mut first = true;
    scheduler.spawn(std::future::poll_fn(move |cx| {
        if !first {
            return Poll::Ready(());
        }
        first = false;
        let waker = cx.waker().clone();
        std::thread::spawn(move || waker.wake()).join().unwrap();
        Poll::Pending
    }));
    let report = scheduler.run();
    assert_eq!(
        report.finished,
        [0],
        "a task woken from another thread should be polled again and finish"
    );
}

#[test]
fn a_task_woken_after_run_returned_runs_in_the_next_run() {
    let ready = Arc::new(Mutex::new(false));
    let waker = Arc::new(Mutex::new(None::<Waker>));
    let mut scheduler = Scheduler::new();
    scheduler.spawn(Parked {
        ready: Arc::clone(&ready),
        waker: Arc::clone(&waker),
    });
    assert_eq!(
        scheduler.run().waiting,
        [0],
        "the parked task should be reported as waiting"
    );
    *ready.lock().unwrap() = true;
    let parked = waker.lock().unwrap().take();
    parked
        .expect("the task should have stored its waker")
        .wake();
    assert_eq!(
        scheduler.run(),
        Report {
            polls: 1,
            finished: vec![0],
            waiting: vec![]
        },
        "after a wake-up from outside, the next run should poll the task and finish it"
    );
}

#[test]
fn a_wake_after_the_task_finished_is_ignored() {
    let saved = Arc::new(Mutex::new(None::<Waker>));
    let slot = Arc::clone(&saved);
    let mut scheduler = Scheduler::new();
    scheduler.spawn(std::future::poll_fn(move |cx| {
        *slot.lock().unwrap() = Some(cx.waker().clone());
        Poll::Ready(())
    }));
    scheduler.run();
    let stale = saved.lock().unwrap().take();
    stale.expect("the task should have stored its waker").wake();
    assert_eq!(
        scheduler.run(),
        Report::default(),
        "waking a finished task should poll nothing"
    );
}
