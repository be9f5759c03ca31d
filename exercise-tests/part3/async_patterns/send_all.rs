use super::*;
use tokio::task::JoinHandle;
use tokio::time::{sleep, Instant};

const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

const AN_HOUR: Duration = Duration::from_secs(3_600);

/// A consumer that takes one item every `every`, until the channel closes,
/// and returns what it received.
fn slow_consumer(mut rx: mpsc::Receiver<u32>, every: Duration) -> JoinHandle<Vec<u32>> {
    tokio::spawn(async move {
        let mut got = Vec::new();
        loop {
            sleep(every).await;
            match rx.recv().await {
                Some(item) => got.push(item),
                None => return got,
            }
        }
    })
}

fn drain(rx: &mut mpsc::Receiver<u32>) -> Vec<u32> {
    let mut got = Vec::new();
    while let Ok(item) = rx.try_recv() {
        got.push(item);
    }
    got
}

#[tokio::test(start_paused = true)]
async fn items_that_fit_are_sent_at_once() {
    let (tx, mut rx) = mpsc::channel(4);
    let start = Instant::now();
    let got = send_all(&tx, vec![1, 2, 3], AN_HOUR).await;
    assert_eq!(got, Ok(3), "3 items fit in a channel of capacity 4");
    assert_eq!(start.elapsed(), ms(0), "items that fit should not wait");
    assert_eq!(
        drain(&mut rx),
        [1, 2, 3],
        "the channel should hold the items in order"
    );
}

#[tokio::test(start_paused = true)]
async fn no_items_gives_zero() {
    let (tx, mut rx) = mpsc::channel(1);
    let got = send_all(&tx, Vec::new(), AN_HOUR).await;
    assert_eq!(got, Ok(0), "send_all with no items");
    assert!(drain(&mut rx).is_empty(), "nothing should be sent");
}

#[tokio::test(start_paused = true)]
async fn waits_for_room_at_the_consumers_pace() {
    // Capacity 2; the consumer takes one item every 100 ms. Items 0 and 1 fit
    // at once; items 2, 3, 4 and 5 each wait for the consumer to make room
    // (at 100, 200, 300 and 400 ms).
    let (tx, rx) = mpsc::channel(2);
    let consumer = slow_consumer(rx, ms(100));
    let start = Instant::now();
    let got = send_all(&tx, (0..6).collect(), AN_HOUR).await;
    let took = start.elapsed();
    assert_eq!(got, Ok(6), "all 6 items should be sent");
    assert_eq!(
        took,
        ms(400),
        "send_all should return when the last item is in the channel (at 400 ms): \
         it must wait for room, not return early"
    );
    drop(tx);
    let received = consumer.await.unwrap();
    assert_eq!(
        received,
        [0, 1, 2, 3, 4, 5],
        "the consumer should receive every item, in order"
    );
}

#[tokio::test(start_paused = true)]
async fn patience_counts_for_each_item() {
    // Every item waits at most 100 ms for room, less than the 150 ms patience,
    // although the whole send takes 400 ms.
    let (tx, rx) = mpsc::channel(2);
    let consumer = slow_consumer(rx, ms(100));
    let got = send_all(&tx, (0..6).collect(), ms(150)).await;
    assert_eq!(
        got,
        Ok(6),
        "with 150 ms of patience per item and room every 100 ms, every item should be sent"
    );
    drop(tx);
    assert_eq!(
        consumer.await.unwrap(),
        [0, 1, 2, 3, 4, 5],
        "items received, in order"
    );
}

#[tokio::test(start_paused = true)]
async fn a_stalled_consumer_gives_overloaded_and_keeps_the_items() {
    let (tx, mut rx) = mpsc::channel(2);
    let start = Instant::now();
    let got = send_all(&tx, vec![10, 11, 12, 13, 14], ms(1_000)).await;
    let took = start.elapsed();
    assert_eq!(
        got,
        Err(Unsent {
            reason: Stop::Overloaded,
            sent: 2,
            items: vec![12, 13, 14],
        }),
        "nobody reads: 10 and 11 fit, 12 waits 1 s in vain and must come back with 13 and 14"
    );
    assert_eq!(
        took,
        ms(1_000),
        "send_all should give up after 1 s of patience"
    );
    assert_eq!(
        drain(&mut rx),
        [10, 11],
        "the channel should hold the 2 items sent"
    );
}

#[tokio::test(start_paused = true)]
async fn a_dropped_receiver_gives_closed() {
    let (tx, rx) = mpsc::channel(4);
    drop(rx);
    let got = send_all(&tx, vec![1, 2], AN_HOUR).await;
    assert_eq!(
        got,
        Err(Unsent {
            reason: Stop::Closed,
            sent: 0,
            items: vec![1, 2],
        }),
        "with the receiver gone, nothing can be sent and every item comes back"
    );
}

#[tokio::test(start_paused = true)]
async fn a_receiver_dropped_while_waiting_gives_closed_at_once() {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        sleep(ms(500)).await;
        drop(rx); // never reads, then goes away
    });
    let start = Instant::now();
    let got = send_all(&tx, vec![1, 2, 3], AN_HOUR).await;
    assert_eq!(
        got,
        Err(Unsent {
            reason: Stop::Closed,
            sent: 1,
            items: vec![2, 3],
        }),
        "1 fits; 2 waits until the receiver is dropped at 500 ms and comes back with 3"
    );
    assert_eq!(
        start.elapsed(),
        ms(500),
        "send_all should stop as soon as the receiver is dropped, not wait out its patience"
    );
}
