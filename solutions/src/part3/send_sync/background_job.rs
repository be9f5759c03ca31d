//! `run_in_background` hands a `Job` to a new thread, which adds up the
//! job's steps and returns a one-line report through the `JoinHandle`. Jobs
//! are made from templates, and every job made from one template shares the
//! template's name instead of copying it. This file does not compile.
//!
//! Make it compile without changing what `run_in_background` takes, returns
//! or does, and keep the name shared between jobs: cloning a job's `name`
//! must not copy the text.

use std::sync::Arc;
use std::thread::{self, JoinHandle};

/// Work to run: a name, and the duration of each step in milliseconds.
pub struct Job {
    /// Shared with the template the job was made from. `Arc`, not `Rc`:
    /// its count is atomic, so a job may move to another thread.
    pub name: Arc<str>,
    /// How long each step takes, in milliseconds.
    pub steps: Vec<u32>,
}

/// Runs `job` on a new thread; joining the handle gives
/// `"NAME: TOTAL ms"`, where `TOTAL` is the sum of the steps.
pub fn run_in_background(job: Job) -> JoinHandle<String> {
    // `move`: the new thread may outlive this call, so it must own the job
    // rather than borrow it.
    thread::spawn(move || {
        let total: u32 = job.steps.iter().sum();
        format!("{}: {total} ms", job.name)
    })
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/send_sync/background_job.rs"]
mod tests;
