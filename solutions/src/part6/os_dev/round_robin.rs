//! Write a round-robin scheduler for cooperative tasks, the way a small
//! kernel or an async runtime runs them: each task is a future, and a task
//! runs until it returns `Poll::Pending`, which is its way of giving up the
//! processor.
//!
//! - `YieldNow` is a hand-written future: the first poll wakes its own task
//!   (so that the task is scheduled again) and returns `Pending`; the second
//!   poll returns `Ready(())`. `yield_now()` returns one.
//! - `Scheduler::spawn` adds a task at the back of the run queue and returns
//!   its `TaskId` (0, 1, 2, ... in spawn order).
//! - `Scheduler::run` polls the task at the front of the queue, once per
//!   turn, until the queue is empty. A task that returns `Ready` is
//!   finished and dropped. A task that returns `Pending` is polled again
//!   only after its waker is called: the waker puts it at the back of the
//!   queue, once, however many times it is called before the task's next
//!   poll. `run` returns a `Report`: how many polls it made, which tasks
//!   finished (in the order they finished), and which were still waiting
//!   for a wake-up when the queue ran dry (sorted by id).
//!
//! Wakers must be `Send + Sync` and may be called from any thread, so the
//! queue is shared behind `Arc<Mutex<..>>`; `std::task::Wake` turns an
//! `Arc` of your own type into a `Waker`.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};

/// A task's number, given out by `spawn` in order from 0.
pub type TaskId = usize;

/// A future that gives up the processor once.
#[derive(Debug, Default)]
pub struct YieldNow {
    yielded: bool,
}

/// Returns a future that returns `Pending` once, after scheduling its task
/// again.
pub fn yield_now() -> YieldNow {
    YieldNow::default()
}

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            Poll::Ready(())
        } else {
            self.yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// What one call to `run` did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    /// How many times a task was polled.
    pub polls: usize,
    /// The tasks that returned `Ready`, in that order.
    pub finished: Vec<TaskId>,
    /// The tasks left waiting for a wake-up, sorted by id.
    pub waiting: Vec<TaskId>,
}

/// The run queue, shared with the wakers.
#[derive(Default)]
struct Queue {
    /// Tasks to poll, front first.
    ready: VecDeque<TaskId>,
    /// `queued[id]`: whether `id` is in `ready` (so a second wake adds
    /// nothing).
    queued: Vec<bool>,
}

impl Queue {
    fn push(&mut self, id: TaskId) {
        if !self.queued[id] {
            self.queued[id] = true;
            self.ready.push_back(id);
        }
    }
}

/// Wakes one task by queueing it.
struct TaskWaker {
    id: TaskId,
    queue: Arc<Mutex<Queue>>,
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.queue.lock().unwrap().push(self.id);
    }
}

/// A task: its future, until it finishes.
type Task = Pin<Box<dyn Future<Output = ()> + Send>>;

/// Runs tasks one poll at a time, in turn.
#[derive(Default)]
pub struct Scheduler {
    /// `tasks[id]`: the task's future, or `None` once it finished.
    tasks: Vec<Option<Task>>,
    queue: Arc<Mutex<Queue>>,
}

impl Scheduler {
    /// A scheduler with no tasks.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a task at the back of the run queue.
    pub fn spawn(&mut self, future: impl Future<Output = ()> + Send + 'static) -> TaskId {
        let id = self.tasks.len();
        self.tasks.push(Some(Box::pin(future)));
        let mut queue = self.queue.lock().unwrap();
        queue.queued.push(false);
        queue.push(id);
        id
    }

    /// Polls tasks in turn until none is ready.
    pub fn run(&mut self) -> Report {
        let mut report = Report::default();
        loop {
            // Take the next task without holding the lock while it runs: the
            // task may wake itself or others, which locks the queue.
            let next = {
                let mut queue = self.queue.lock().unwrap();
                let next = queue.ready.pop_front();
                if let Some(id) = next {
                    queue.queued[id] = false;
                }
                next
            };
            let Some(id) = next else { break };
            let Some(task) = self.tasks[id].as_mut() else {
                continue; // finished already; a stale wake-up
            };
            let waker = Waker::from(Arc::new(TaskWaker {
                id,
                queue: Arc::clone(&self.queue),
            }));
            report.polls += 1;
            if task
                .as_mut()
                .poll(&mut Context::from_waker(&waker))
                .is_ready()
            {
                self.tasks[id] = None;
                report.finished.push(id);
            }
        }
        report.waiting = (0..self.tasks.len())
            .filter(|&id| self.tasks[id].is_some())
            .collect();
        report
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/os_dev/round_robin.rs"]
mod tests;
