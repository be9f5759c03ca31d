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

use std::sync::atomic::AtomicUsize;
use std::sync::mpsc::Sender;
use std::sync::Arc;
use std::thread::JoinHandle;

/// What the workers run: any closure that can run once on another thread.
type Job = Box<dyn FnOnce() + Send + 'static>;

/// A fixed number of worker threads that run queued jobs.
#[allow(dead_code)] // course:hide
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
        todo!("start the workers (threads = {threads}) and their job queue")
    }

    /// Queues `job` for one of the workers.
    pub fn execute<F>(&self, job: F)
    where
        F: FnOnce() + Send + 'static,
    {
        let _ = job; // course:hide
        todo!("send the job, boxed, to the workers")
    }

    /// Runs every queued job, joins the workers, and returns how many jobs
    /// panicked.
    pub fn join(self) -> usize {
        todo!("shut down and count the panicked jobs")
    }
}

impl Drop for ThreadPool {
    /// Shuts the pool down unless `join` already did.
    fn drop(&mut self) {
        // Close the queue, then join every worker that is still running.
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/thread_pools/thread_pool.rs"]
mod tests;
