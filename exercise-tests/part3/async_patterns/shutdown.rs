use super::*;
use tokio::time::{sleep, timeout, Instant};

const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// `(id, work in ms)` pairs as jobs.
fn jobs(list: &[(u32, u64)]) -> Vec<Job> {
    list.iter()
        .map(|&(id, work)| Job { id, work: ms(work) })
        .collect()
}

/// How the test ends the run.
#[derive(Debug, Clone, Copy)]
enum End {
    /// The job channel is closed once the jobs are in it.
    CloseJobs,
    /// `true` is sent on `shutdown` at this time (ms); the job channel stays open.
    SignalAt(u64),
    /// The `shutdown` sender is dropped at this time (ms); the job channel stays open.
    DropSenderAt(u64),
}

/// Puts `list` in the job channel, runs `serve` and returns its report and
/// the virtual time it took.
async fn run(
    list: &[(u32, u64)],
    max_in_flight: usize,
    grace_ms: u64,
    end: End,
) -> (Report, Duration) {
    let (job_tx, job_rx) = mpsc::channel(16);
    for job in jobs(list) {
        job_tx.try_send(job).unwrap();
    }
    let (stop_tx, stop_rx) = watch::channel(false);
    let mut keep_open = Some(job_tx);
    match end {
        End::CloseJobs => keep_open = None,
        End::SignalAt(at) => {
            tokio::spawn(async move {
                sleep(ms(at)).await;
                let _ = stop_tx.send(true);
                sleep(Duration::from_secs(86_400)).await; // keep the sender alive
            });
        }
        End::DropSenderAt(at) => {
            tokio::spawn(async move {
                sleep(ms(at)).await;
                drop(stop_tx);
            });
        }
    }
    let start = Instant::now();
    let served = timeout(
        Duration::from_secs(3_600),
        serve(job_rx, stop_rx, max_in_flight, ms(grace_ms)),
    )
    .await;
    let took = start.elapsed();
    drop(keep_open);
    let report = served.unwrap_or_else(|_| {
        panic!("serve({list:?}, max_in_flight {max_in_flight}, {end:?}) did not return within an hour of virtual time")
    });
    (report, took)
}

fn report(completed: &[u32], aborted: &[u32]) -> Report {
    Report {
        completed: completed.to_vec(),
        aborted: aborted.to_vec(),
    }
}

#[tokio::test(start_paused = true)]
async fn every_job_runs_when_the_channel_closes() {
    let list = [(1, 100), (2, 300), (3, 200)];
    let (got, took) = run(&list, 3, 1_000, End::CloseJobs).await;
    assert_eq!(got, report(&[1, 2, 3], &[]), "all jobs complete: {list:?}");
    assert_eq!(
        took,
        ms(300),
        "with 3 slots the 3 jobs run side by side, so serve should return after the longest (300 ms)"
    );
}

#[tokio::test(start_paused = true)]
async fn no_more_than_max_in_flight_jobs_run_at_once() {
    let list = [(1, 100), (2, 100), (3, 100), (4, 100)];
    for (max_in_flight, expected) in [(1, 400), (2, 200), (4, 100), (10, 100)] {
        let (got, took) = run(&list, max_in_flight, 1_000, End::CloseJobs).await;
        assert_eq!(got, report(&[1, 2, 3, 4], &[]), "all 4 jobs complete");
        assert_eq!(
            took,
            ms(expected),
            "four 100 ms jobs with max_in_flight {max_in_flight} should take {expected} ms"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn zero_max_in_flight_counts_as_one() {
    let list = [(1, 100), (2, 100), (3, 100)];
    let (got, took) = run(&list, 0, 1_000, End::CloseJobs).await;
    assert_eq!(got, report(&[1, 2, 3], &[]), "all 3 jobs complete");
    assert_eq!(
        took,
        ms(300),
        "max_in_flight 0 should run one job at a time"
    );
}

#[tokio::test(start_paused = true)]
async fn a_free_slot_is_used_at_once() {
    // Two slots: job 1 runs from 0 to 300 ms; jobs 2, 3 and 4 take turns in
    // the other slot, from 0 to 100, 100 to 200 and 200 to 300 ms.
    let list = [(1, 300), (2, 100), (3, 100), (4, 100)];
    let (got, took) = run(&list, 2, 1_000, End::CloseJobs).await;
    assert_eq!(got, report(&[1, 2, 3, 4], &[]), "all 4 jobs complete");
    assert_eq!(
        took,
        ms(300),
        "a slot should be reused as soon as its job finishes, not when both slots are free"
    );
}

#[tokio::test(start_paused = true)]
async fn the_stop_signal_lets_running_jobs_finish() {
    let list = [(1, 500), (2, 500), (3, 100), (4, 100)];
    let (got, took) = run(&list, 2, 1_000, End::SignalAt(250)).await;
    assert_eq!(
        got,
        report(&[1, 2], &[]),
        "jobs 1 and 2 are running at the signal (250 ms) and must finish; jobs 3 and 4 must not start"
    );
    assert_eq!(
        took,
        ms(500),
        "serve should return when jobs 1 and 2 finish, at 500 ms"
    );
}

#[tokio::test(start_paused = true)]
async fn jobs_that_outlast_the_grace_period_are_aborted() {
    let list = [(1, 100), (2, 5_000), (3, 400)];
    let (got, took) = run(&list, 3, 1_000, End::SignalAt(200)).await;
    assert_eq!(
        got,
        report(&[1, 3], &[2]),
        "job 1 ends before the signal (200 ms), job 3 during the grace period, \
         job 2 would need until 5000 ms and must be aborted"
    );
    assert_eq!(
        took,
        ms(200 + 1_000),
        "serve should give up on job 2 when the 1 s grace period after the signal is over"
    );
}

#[tokio::test(start_paused = true)]
async fn a_dropped_shutdown_sender_is_a_stop_signal() {
    let list = [(1, 500), (2, 500), (3, 100)];
    let (got, took) = run(&list, 2, 1_000, End::DropSenderAt(250)).await;
    assert_eq!(
        got,
        report(&[1, 2], &[]),
        "dropping the shutdown sender at 250 ms stops serve like a signal: job 3 must not start"
    );
    assert_eq!(took, ms(500), "the running jobs 1 and 2 finish at 500 ms");
}

#[tokio::test(start_paused = true)]
async fn a_signal_given_before_the_start_stops_at_once() {
    let (_job_tx, job_rx) = mpsc::channel(4);
    let (_stop_tx, stop_rx) = watch::channel(true);
    let start = Instant::now();
    let got = timeout(
        Duration::from_secs(3_600),
        serve(job_rx, stop_rx, 2, ms(1_000)),
    )
    .await
    .expect(
        "serve did not return within an hour of virtual time: shutdown already holds true, \
         so serve must stop without waiting for the value to change",
    );
    assert_eq!(
        got,
        Report::default(),
        "shutdown already holds true, so serve should return at once with an empty report"
    );
    assert_eq!(
        start.elapsed(),
        ms(0),
        "serve should not wait for a change of the signal"
    );
}

#[tokio::test(start_paused = true)]
async fn jobs_sent_after_the_signal_are_not_started() {
    let (job_tx, job_rx) = mpsc::channel(4);
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::spawn(async move {
        job_tx
            .send(Job {
                id: 1,
                work: ms(300),
            })
            .await
            .unwrap();
        sleep(ms(100)).await;
        stop_tx.send(true).unwrap();
        sleep(ms(50)).await;
        let _ = job_tx
            .send(Job {
                id: 2,
                work: ms(10),
            })
            .await;
        sleep(Duration::from_secs(86_400)).await; // keep both channels open
    });
    let start = Instant::now();
    let got = timeout(
        Duration::from_secs(3_600),
        serve(job_rx, stop_rx, 2, ms(1_000)),
    )
    .await;
    assert_eq!(
        got,
        Ok(report(&[1], &[])),
        "job 1 starts at 0 ms and finishes; job 2 arrives at 150 ms, after the signal at 100 ms"
    );
    assert_eq!(
        start.elapsed(),
        ms(300),
        "serve should return when job 1 finishes, at 300 ms"
    );
}
