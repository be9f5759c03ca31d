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

use tokio::runtime::Runtime;

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
    todo!("build a current-thread runtime with its timer enabled")
}

/// Runs every job in a task of its own and collects the results in job order.
pub async fn run_jobs(jobs: Vec<Job>) -> Report {
    todo!("spawn one task for each of the {} jobs", jobs.len())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/runtimes/in_order.rs"]
mod tests;
