//! Build `ThreadPool`, a pool with a fixed number of worker threads:
//!
//! - `ThreadPool::new(threads)` starts `threads` worker threads at once. With
//!   `threads == 0` it panics with a message that contains "at least one
//!   thread".
//! - `execute(job)` queues `job` and returns. One of the workers runs it,
//!   exactly once; jobs never run on the thread that calls `execute`.
//! - A job that panics ends that job only. Its worker goes on to the next
//!   job, so the pool keeps all its threads.
//! - `join(self)` shuts the pool down: every job queued so far still runs,
//!   then every worker thread is joined. It returns how many jobs panicked.
//! - Dropping the pool without calling `join` shuts it down the same way.
//!
//! Any job queue works: `std::sync::mpsc` with the receiver behind
//! `Arc<Mutex<_>>`, as in the chapter, or `crossbeam_channel`, whose
//! receiver can be cloned.

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

/// What the workers run: any closure that can run once on another thread.
type Job = Box<dyn FnOnce() + Send + 'static>;

/// A fixed number of worker threads that run queued jobs.
pub struct ThreadPool {
    /// The sending half of the job queue; `None` once shutdown has begun.
    sender: Option<Sender<Job>>,
    /// One handle per worker thread.
    workers: Vec<JoinHandle<()>>,
    /// How many jobs have panicked so far.
    panicked: Arc<AtomicUsize>,
}

impl ThreadPool {
    /// Starts `threads` worker threads. Panics if `threads` is 0.
    pub fn new(threads: usize) -> ThreadPool {
        assert!(threads > 0, "a thread pool needs at least one thread");
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        let panicked = Arc::new(AtomicUsize::new(0));
        let workers = (0..threads)
            .map(|_| {
                let receiver = Arc::clone(&receiver);
                let panicked = Arc::clone(&panicked);
                thread::spawn(move || work(&receiver, &panicked))
            })
            .collect();
        ThreadPool {
            sender: Some(sender),
            workers,
            panicked,
        }
    }

    /// Queues `job` for one of the workers.
    pub fn execute<F>(&self, job: F)
    where
        F: FnOnce() + Send + 'static,
    {
        let sender = self
            .sender
            .as_ref()
            .expect("only shutdown takes the sender");
        sender
            .send(Box::new(job))
            .expect("the workers catch panics, so they outlive the pool");
    }

    /// Runs every queued job, joins the workers, and returns how many jobs
    /// panicked.
    pub fn join(mut self) -> usize {
        self.shut_down();
        // `Relaxed` is enough: joining the workers in `shut_down` makes
        // every worker's increment visible here.
        self.panicked.load(Ordering::Relaxed)
    }

    /// Closes the queue, then waits for every worker. Does nothing the
    /// second time.
    fn shut_down(&mut self) {
        drop(self.sender.take());
        for worker in self.workers.drain(..) {
            // A worker catches its jobs' panics, so it cannot panic itself.
            let _ = worker.join();
        }
    }
}

/// A worker's loop: take a job, run it, until the queue is closed and empty.
fn work(receiver: &Mutex<Receiver<Job>>, panicked: &AtomicUsize) {
    loop {
        // A statement of its own, so the lock is released before the job runs.
        let message = receiver.lock().expect("no job runs under the lock").recv();
        let Ok(job) = message else { break };
        if panic::catch_unwind(AssertUnwindSafe(job)).is_err() {
            // A count read only after the workers are joined: `Relaxed`.
            panicked.fetch_add(1, Ordering::Relaxed);
        }
    }
}

impl Drop for ThreadPool {
    /// Shuts the pool down unless `join` already did.
    fn drop(&mut self) {
        self.shut_down();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/thread_pools/thread_pool.rs"]
mod tests;
