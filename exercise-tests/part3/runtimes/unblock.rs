use super::*;

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

// `#[tokio::test]` runs each test on a current-thread runtime: one thread for
// `drain` and the tasks that feed it.

#[tokio::test]
async fn jobs_pushed_by_another_task_arrive() {
    let (tx, rx) = mpsc::channel();
    let producer = tokio::spawn(async move {
        for job in ["build", "test", "deploy"] {
            let _ = tx.send(job.to_string());
            tokio::task::yield_now().await;
        }
    });
    let jobs = drain(LegacyQueue::new(rx), 3).await;
    assert_eq!(
        jobs,
        ["build", "test", "deploy"],
        "drain should get the three jobs another task pushes; an empty list means the \
         producer task never ran while drain was waiting"
    );
    producer.await.expect("the producer task should not panic");
}

#[tokio::test]
async fn stops_early_when_the_queue_runs_dry() {
    let (tx, rx) = mpsc::channel();
    let producer = tokio::spawn(async move {
        let _ = tx.send("first".to_string());
        tokio::task::yield_now().await;
        let _ = tx.send("second".to_string());
        // `tx` is dropped here: the queue runs dry after two jobs.
    });
    let jobs = drain(LegacyQueue::new(rx), 5).await;
    assert_eq!(
        jobs,
        ["first", "second"],
        "drain(queue, 5) should return the two jobs that were pushed before the sender went away"
    );
    producer.await.expect("the producer task should not panic");
}

#[tokio::test]
async fn other_tasks_keep_running_while_drain_waits() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let (tx, rx) = mpsc::channel();
    let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();

    let ticker_log = Arc::clone(&log);
    let ticker = tokio::spawn(async move {
        ticker_log.lock().unwrap().push("ticker ran");
        let _ = ready_tx.send(());
    });
    let producer_log = Arc::clone(&log);
    let producer = tokio::spawn(async move {
        if ready_rx.await.is_ok() {
            producer_log.lock().unwrap().push("producer pushed");
            let _ = tx.send("job".to_string());
        }
    });

    let jobs = drain(LegacyQueue::new(rx), 1).await;
    log.lock().unwrap().push("drain returned");
    let order = log.lock().unwrap().clone();
    assert_eq!(
        order,
        ["ticker ran", "producer pushed", "drain returned"],
        "while drain waits, the runtime's other tasks should run (got jobs {jobs:?})"
    );
    assert_eq!(jobs, ["job"], "drain(queue, 1) should return the one job");
    ticker.await.expect("the ticker task should not panic");
    producer.await.expect("the producer task should not panic");
}

#[tokio::test]
async fn jobs_already_queued_come_back_in_order_up_to_count() {
    let (tx, rx) = mpsc::channel();
    for job in ["a", "b", "c", "d"] {
        tx.send(job.to_string()).expect("the queue is open");
    }
    let jobs = drain(LegacyQueue::new(rx), 2).await;
    assert_eq!(
        jobs,
        ["a", "b"],
        "drain(queue, 2) with four jobs queued should return the first two"
    );
}

#[tokio::test]
async fn a_count_of_zero_returns_nothing() {
    let (tx, rx) = mpsc::channel();
    tx.send("unused".to_string()).expect("the queue is open");
    let jobs = drain(LegacyQueue::new(rx), 0).await;
    assert!(
        jobs.is_empty(),
        "drain(queue, 0) should return no jobs, got {jobs:?}"
    );
}
