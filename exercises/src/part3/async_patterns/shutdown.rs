//! Write `serve`: run the jobs that arrive on `jobs`, each as its own tokio
//! task (`process(job)`), with at most `max_in_flight` running at a time (0
//! counts as 1). Start a job as soon as there is a free slot.
//!
//! `serve` returns in one of two ways:
//!
//! - When `jobs` is closed and empty, it waits for the running jobs to
//!   finish and returns.
//! - When the value in `shutdown` is `true` (also if it already is when
//!   `serve` starts), or the `shutdown` sender is dropped, it starts no new
//!   job, gives the running ones up to `grace` to finish, then aborts
//!   whatever is still running and returns. Jobs still waiting in the
//!   channel are left there.
//!
//! The report lists the ids of the jobs that completed and of the jobs that
//! were aborted, each sorted in ascending order.

use std::time::Duration;
use tokio::sync::{mpsc, watch};
use tokio::time::sleep;

/// One unit of work: it takes `work` to process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Job {
    /// Identifies the job in the report.
    pub id: u32,
    /// How long the job runs.
    pub work: Duration,
}

/// What became of the jobs that `serve` started.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Ids of the jobs that ran to the end, ascending.
    pub completed: Vec<u32>,
    /// Ids of the jobs aborted after the grace period, ascending.
    pub aborted: Vec<u32>,
}

/// Runs one job. Spawn `process(job)` as a task for every job you start.
pub async fn process(job: Job) -> u32 {
    sleep(job.work).await;
    job.id
}

/// Runs jobs until `jobs` closes or `shutdown` asks to stop; see the task.
pub async fn serve(
    jobs: mpsc::Receiver<Job>,
    shutdown: watch::Receiver<bool>,
    max_in_flight: usize,
    grace: Duration,
) -> Report {
    let _ = (jobs, shutdown); // course:hide
    todo!("run the jobs, at most {max_in_flight} at a time, with {grace:?} of grace on shutdown")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/async_patterns/shutdown.rs"]
mod tests;
