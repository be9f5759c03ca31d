use super::*;
use std::time::Duration;

/// Receives one answer, failing the test (instead of hanging) if none comes.
fn answer(answers: &Receiver<Option<u64>>, n: u64) -> Option<u64> {
    answers
        .recv_timeout(Duration::from_secs(3))
        .unwrap_or_else(|error| {
            panic!("no answer to {n} within 3 s ({error:?}): does the worker answer every request?")
        })
}

#[test]
fn each_request_is_answered_with_its_square() {
    let (requests, answers, _worker) = spawn_squarer();
    for n in [3, 0, 12] {
        requests
            .send(n)
            .expect("the worker should be listening for requests");
        assert_eq!(
            answer(&answers, n),
            Some(n * n),
            "the worker should answer {n} with Some({})",
            n * n
        );
    }
}

#[test]
fn answers_come_in_the_order_of_the_requests() {
    let (requests, answers, _worker) = spawn_squarer();
    for n in 1..=5 {
        requests
            .send(n)
            .expect("the worker should be listening for requests");
    }
    let got: Vec<Option<u64>> = (1..=5).map(|n| answer(&answers, n)).collect();
    assert_eq!(
        got,
        [Some(1), Some(4), Some(9), Some(16), Some(25)],
        "five requests 1 to 5 sent at once should be answered in order"
    );
}

#[test]
fn a_square_too_large_is_answered_with_none() {
    let (requests, answers, _worker) = spawn_squarer();
    let big = u64::from(u32::MAX) + 1; // its square is 2^64
    requests
        .send(big)
        .expect("the worker should be listening for requests");
    assert_eq!(
        answer(&answers, big),
        None,
        "the square of {big} does not fit in a u64, so the answer should be None"
    );
    requests
        .send(u64::from(u32::MAX))
        .expect("the worker should still be listening");
    assert_eq!(
        answer(&answers, u64::from(u32::MAX)),
        Some(u64::from(u32::MAX) * u64::from(u32::MAX)),
        "the worker should keep answering after a None"
    );
}

#[test]
fn the_worker_ends_when_every_request_sender_is_gone() {
    let (requests, answers, worker) = spawn_squarer();
    let more_requests = requests.clone();
    requests
        .send(2)
        .expect("the worker should be listening for requests");
    drop(requests);
    assert_eq!(
        answer(&answers, 2),
        Some(4),
        "the worker should answer 2 with Some(4)"
    );
    // A clone is still alive, so the worker must keep answering.
    more_requests
        .send(7)
        .expect("with a sender still alive, the worker should keep listening");
    assert_eq!(
        answer(&answers, 7),
        Some(49),
        "with a clone of the sender alive, the worker should still answer 7"
    );
    drop(more_requests);
    let ended = course_deadline::finish_within(Duration::from_secs(3), move || worker.join());
    match ended {
        None => panic!(
            "the worker did not finish within 3 s after every request sender was dropped: \
             does it stop when its request channel closes?"
        ),
        Some(result) => assert!(result.is_ok(), "the worker thread should not panic"),
    }
    assert!(
        answers.recv().is_err(),
        "once the worker has ended, its answer channel should be closed"
    );
}
