//! Two functions. `build_runtime` returns a tokio runtime that runs every task
//! on the thread that calls `block_on` (a current-thread runtime), with its
//! timer enabled.
//!
//! `run_jobs` starts one task per job with `tokio::spawn`, so that all jobs
//! run concurrently. The task for `Job { name, delay_ms }` waits `delay_ms`
//! milliseconds with `tokio::time::sleep`, notes its index in the shared
//! finish log, and returns `name` in upper case. `run_jobs` returns the
//! results in the order of `jobs`, whatever order the tasks finish in, and the
//! finish log: the indices of the jobs in the order they finished. No jobs
//! give two empty lists.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::runtime::{Builder, Runtime};

/// One unit of work: wait `delay_ms` milliseconds, then upper-case `name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub name: String,
    pub delay_ms: u64,
}

/// What `run_jobs` found out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// `results[i]` is what the task for `jobs[i]` returned.
    pub results: Vec<String>,
    /// Indices into `jobs`, in the order the tasks finished.
    pub finish_order: Vec<usize>,
}

/// A current-thread runtime with the timer enabled.
pub fn build_runtime() -> Runtime {
    Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime can be built")
}

/// Runs every job in a task of its own and collects the results in job order.
pub async fn run_jobs(jobs: Vec<Job>) -> Report {
    let finished = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::with_capacity(jobs.len());
    for (index, job) in jobs.into_iter().enumerate() {
        let finished = Arc::clone(&finished);
        handles.push(tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(job.delay_ms)).await;
            finished.lock().unwrap().push(index);
            job.name.to_uppercase()
        }));
    }
    let mut results = Vec::with_capacity(handles.len());
    for handle in handles {
        results.push(handle.await.expect("a job's task panicked"));
    }
    let finish_order = finished.lock().unwrap().clone();
    Report {
        results,
        finish_order,
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/runtimes/in_order.rs"]
mod tests;
