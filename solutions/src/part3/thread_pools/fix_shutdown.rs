//! Users of this thread pool report two bugs:
//!
//! - Dropping the pool never returns, even after every job has finished.
//! - A pool of four threads never runs two jobs at the same time: four jobs
//!   that wait for each other on a `std::sync::Barrier` wait forever.
//!
//! Find and fix both. Keep the public API (`new`, `execute`, and dropping the
//! pool, which runs every queued job and then joins the workers) and keep the
//! design: one `mpsc` channel whose receiver the workers share behind
//! `Arc<Mutex<_>>`.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};

/// What the workers run: any closure that can run once on another thread.
type Job = Box<dyn FnOnce() + Send + 'static>;

/// A fixed number of worker threads that run queued jobs.
pub struct ThreadPool {
    workers: Vec<JoinHandle<()>>,
    // An `Option`, so that `drop` can close the channel before it joins.
    // A plain field would be dropped only after `drop` returns.
    sender: Option<Sender<Job>>,
}

impl ThreadPool {
    /// Starts `threads` worker threads. Panics if `threads` is 0.
    pub fn new(threads: usize) -> ThreadPool {
        assert!(threads > 0, "a thread pool needs at least one thread");
        let (sender, receiver) = mpsc::channel::<Job>();
        let receiver = Arc::new(Mutex::new(receiver));
        let workers = (0..threads)
            .map(|_| {
                let receiver = Arc::clone(&receiver);
                thread::spawn(move || work(&receiver))
            })
            .collect();
        ThreadPool {
            workers,
            sender: Some(sender),
        }
    }

    /// Queues `job` for one of the workers.
    pub fn execute<F>(&self, job: F)
    where
        F: FnOnce() + Send + 'static,
    {
        self.sender
            .as_ref()
            .expect("only drop takes the sender")
            .send(Box::new(job))
            .expect("the workers outlive the pool");
    }
}

/// A worker's loop: take a job, run it, until the queue is closed and empty.
fn work(receiver: &Mutex<Receiver<Job>>) {
    loop {
        // In a `while let` condition the lock's guard would live through the
        // loop body, so the job would run with the queue locked. As a
        // statement of its own, the guard is dropped at the `;`.
        let message = receiver.lock().unwrap().recv();
        let Ok(job) = message else { break };
        job();
    }
}

impl Drop for ThreadPool {
    /// Runs every queued job, then waits for every worker thread to finish.
    fn drop(&mut self) {
        // Closing the channel lets each worker's `recv` fail once the queue
        // is empty, so the workers return and the joins can finish.
        drop(self.sender.take());
        for worker in self.workers.drain(..) {
            worker.join().expect("a worker thread panicked");
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/thread_pools/fix_shutdown.rs"]
mod tests;
