use super::*;

use std::time::Duration;
use tokio::runtime::RuntimeFlavor;
use tokio::time::Instant;

fn jobs(spec: &[(&str, u64)]) -> Vec<Job> {
    spec.iter()
        .map(|&(name, delay_ms)| Job {
            name: name.to_string(),
            delay_ms,
        })
        .collect()
}

#[test]
fn build_runtime_is_a_current_thread_runtime() {
    let runtime = build_runtime();
    assert_eq!(
        runtime.handle().runtime_flavor(),
        RuntimeFlavor::CurrentThread,
        "build_runtime should build a current-thread runtime"
    );
}

#[test]
fn build_runtime_runs_tasks_on_the_calling_thread() {
    let runtime = build_runtime();
    let caller = std::thread::current().id();
    let task_thread = runtime.block_on(async {
        tokio::spawn(async { std::thread::current().id() })
            .await
            .expect("the task should not panic")
    });
    assert_eq!(
        task_thread, caller,
        "a task spawned inside block_on should run on the thread that called block_on"
    );
}

#[test]
fn build_runtime_has_its_timer_enabled() {
    let runtime = build_runtime();
    // Paused time: the sleep below takes no real time. It panics with
    // "timers are disabled" if the runtime was built without a timer.
    let slept = runtime.block_on(async {
        tokio::time::pause();
        let start = Instant::now();
        tokio::time::sleep(Duration::from_secs(60)).await;
        start.elapsed()
    });
    assert!(
        slept >= Duration::from_secs(60),
        "a 60 s sleep on build_runtime's runtime should last at least 60 s of paused time, \
         not {slept:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn results_come_back_in_job_order() {
    let report = run_jobs(jobs(&[("ada", 30), ("grace", 10), ("linus", 20)])).await;
    assert_eq!(
        report.results,
        ["ADA", "GRACE", "LINUS"],
        "results should be in the order of `jobs`, not in the order the tasks finished"
    );
    assert_eq!(
        report.finish_order,
        [1, 2, 0],
        "with delays 30, 10 and 20 ms the jobs should finish in the order 1, 2, 0"
    );
}

#[tokio::test(start_paused = true)]
async fn jobs_run_concurrently() {
    let start = Instant::now();
    let report = run_jobs(jobs(&[("a", 30), ("b", 10), ("c", 20)])).await;
    let took = start.elapsed();
    assert_eq!(
        took,
        Duration::from_millis(30),
        "jobs of 30, 10 and 20 ms running at the same time should take 30 ms of (paused) \
         tokio time; 60 ms means they ran one after another (report: {report:?})"
    );
}

#[tokio::test(start_paused = true)]
async fn no_jobs_give_empty_lists() {
    let report = run_jobs(Vec::new()).await;
    let expected = Report {
        results: Vec::new(),
        finish_order: Vec::new(),
    };
    assert_eq!(report, expected, "run_jobs(vec![]) should report nothing");
}

#[tokio::test(start_paused = true)]
async fn many_jobs_finish_shortest_first() {
    let names: Vec<String> = (0..50).map(|i| format!("job{i}")).collect();
    let spec: Vec<(&str, u64)> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (name.as_str(), 50 - i as u64))
        .collect();
    let report = run_jobs(jobs(&spec)).await;

    let expected_results: Vec<String> = (0..50).map(|i| format!("JOB{i}")).collect();
    assert_eq!(
        report.results, expected_results,
        "results should be JOB0 .. JOB49, in the order of `jobs`"
    );
    let expected_order: Vec<usize> = (0..50).rev().collect();
    assert_eq!(
        report.finish_order, expected_order,
        "job i waits 50 - i ms, so the jobs should finish from the last to the first"
    );
}
