use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, timeout, Instant};
use tokio_stream::wrappers::ReceiverStream;

fn ok(values: &[f64]) -> Vec<Result<f64, String>> {
    values.iter().map(|&v| Ok(v)).collect()
}

/// Runs `first_valid` with a limit of one minute of paused time: a call that
/// waits for readings it does not need fails instead of hanging.
async fn run<S>(readings: S, n: usize) -> Vec<f64>
where
    S: Stream<Item = Result<f64, String>> + Unpin,
{
    timeout(Duration::from_secs(60), first_valid(readings, n))
        .await
        .unwrap_or_else(|_| {
            panic!("first_valid(.., {n}) did not return within a minute: it waits for more readings than it needs")
        })
}

#[tokio::test(start_paused = true)]
async fn takes_the_first_n_in_order() {
    let readings = ok(&[21.0, 22.5, 19.0, 30.0]);
    let got = run(tokio_stream::iter(readings), 3).await;
    assert_eq!(
        got,
        [21.0, 22.5, 19.0],
        "the first 3 of [21.0, 22.5, 19.0, 30.0]"
    );
}

#[tokio::test(start_paused = true)]
async fn skips_errors_and_impossible_values() {
    let readings = vec![
        Err("sensor offline".to_string()),
        Ok(-999.0),
        Ok(18.0),
        Ok(60.5),
        Err("checksum".to_string()),
        Ok(-50.0),
        Ok(60.0),
    ];
    let got = run(tokio_stream::iter(readings), 10).await;
    assert_eq!(
        got,
        [18.0, -50.0, 60.0],
        "errors and values outside -50.0..=60.0 are skipped; the ends of the range are usable"
    );
}

#[tokio::test(start_paused = true)]
async fn a_short_stream_gives_what_it_had() {
    let got = run(tokio_stream::iter(ok(&[5.0, 100.0])), 4).await;
    assert_eq!(got, [5.0], "the stream ends after one usable reading");
    let got = run(tokio_stream::empty(), 2).await;
    assert!(
        got.is_empty(),
        "an empty stream gives no readings, got {got:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn stops_reading_once_it_has_enough() {
    // An endless stream that counts how many readings were taken from it.
    let taken = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&taken);
    // One reading every 10 ms (of paused time), so that a `first_valid` that
    // reads on and on gives the time limit of `run` a chance to end it.
    let endless = tokio_stream::iter((0..).map(|i| {
        if i % 2 == 0 {
            Ok(20.0)
        } else {
            Err("glitch".to_string())
        }
    }))
    .throttle(Duration::from_millis(10))
    .map(move |reading| {
        counter.fetch_add(1, Ordering::Relaxed);
        reading
    });
    // `throttle` holds a timer, which is not `Unpin`: box and pin it.
    let got = run(Box::pin(endless), 3).await;
    assert_eq!(
        got,
        [20.0, 20.0, 20.0],
        "three usable readings from an endless stream"
    );
    // `Relaxed`: everything here runs on the test's one thread.
    let taken = taken.load(Ordering::Relaxed);
    assert_eq!(
        taken, 5,
        "readings 0, 2 and 4 are usable, so first_valid should take 5 readings, not {taken}"
    );
}

#[tokio::test(start_paused = true)]
async fn zero_reads_nothing() {
    let taken = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&taken);
    let counted = tokio_stream::iter(ok(&[1.0, 2.0])).map(move |reading| {
        counter.fetch_add(1, Ordering::Relaxed);
        reading
    });
    let got = run(counted, 0).await;
    assert!(
        got.is_empty(),
        "first_valid(.., 0) should return nothing, got {got:?}"
    );
    let taken = taken.load(Ordering::Relaxed);
    assert_eq!(
        taken, 0,
        "first_valid(.., 0) should not read any reading, but read {taken}"
    );
}

#[tokio::test(start_paused = true)]
async fn returns_when_the_last_needed_reading_arrives() {
    // A sensor that sends a reading every 100 ms and never stops by itself.
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        for celsius in [20.0, 99.0, 21.0, 22.0, 23.0, 24.0] {
            sleep(Duration::from_millis(100)).await;
            if tx.send(Ok(celsius)).await.is_err() {
                return;
            }
        }
        std::future::pending::<()>().await; // keeps the channel open
    });
    let start = Instant::now();
    let got = run(ReceiverStream::new(rx), 3).await;
    assert_eq!(
        got,
        [20.0, 21.0, 22.0],
        "the first 3 usable readings, 99.0 skipped"
    );
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(400),
        "the third usable reading arrives at 400 ms; first_valid should return then"
    );
}
