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
    sender: Sender<Job>,
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
        ThreadPool { workers, sender }
    }

    /// Queues `job` for one of the workers.
    pub fn execute<F>(&self, job: F)
    where
        F: FnOnce() + Send + 'static,
    {
        self.sender
            .send(Box::new(job))
            .expect("the workers outlive the pool");
    }
}

/// A worker's loop: take a job, run it, until the queue is closed and empty.
fn work(receiver: &Mutex<Receiver<Job>>) {
    while let Ok(job) = receiver.lock().unwrap().recv() {
        job();
    }
}

impl Drop for ThreadPool {
    /// Runs every queued job, then waits for every worker thread to finish.
    fn drop(&mut self) {
        for worker in self.workers.drain(..) {
            worker.join().expect("a worker thread panicked");
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/thread_pools/fix_shutdown.rs"]
mod tests;
