use super::*;

use crossbeam_channel::{bounded, unbounded, SendTimeoutError, Sender};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// A correct `merge` finishes these tests in milliseconds. The limit only
/// stops a test that would otherwise wait forever.
const LIMIT: Duration = Duration::from_secs(2);

/// A `merge` running on a thread of its own.
struct Running {
    done: mpsc::Receiver<Report>,
    runner: JoinHandle<()>,
}

fn start(numbers: Receiver<i64>, words: Receiver<String>, stop: Receiver<()>) -> Running {
    let (done_tx, done) = mpsc::channel();
    let runner = thread::spawn(move || {
        let _ = done_tx.send(merge(numbers, words, stop));
    });
    Running { done, runner }
}

impl Running {
    /// The report, once `merge` has returned. Fails the test if `merge`
    /// panicked or has not returned within `LIMIT`.
    fn report(self, situation: &str) -> Report {
        match self.done.recv_timeout(LIMIT) {
            Ok(report) => {
                self.runner.join().expect("the runner thread finished");
                report
            }
            Err(RecvTimeoutError::Disconnected) => match self.runner.join() {
                Err(panic) => std::panic::resume_unwind(panic),
                Ok(()) => unreachable!("the runner sends a report unless merge panics"),
            },
            Err(RecvTimeoutError::Timeout) => panic!(
                "merge did not return within {LIMIT:?} when {situation}. \
                 Does it notice when a channel is closed (`recv` gives `Err`)?"
            ),
        }
    }
}

/// Channels with everything already sent. The returned senders are the
/// ones the test keeps alive; the others are dropped before `merge` starts.
fn filled(numbers: &[i64], words: &[&str]) -> (Receiver<i64>, Receiver<String>) {
    let (numbers_tx, numbers_rx) = unbounded();
    let (words_tx, words_rx) = unbounded();
    for &n in numbers {
        numbers_tx.send(n).unwrap();
    }
    for &w in words {
        words_tx.send(w.to_string()).unwrap();
    }
    (numbers_rx, words_rx)
}

fn report(sum: i64, words: &[&str], stopped: bool) -> Report {
    Report {
        sum,
        words: words.iter().map(|w| w.to_string()).collect(),
        stopped,
    }
}

#[test]
fn reads_both_channels_until_both_close() {
    let (numbers, words) = filled(&[1, 2, 3, 4], &["alpha", "beta", "gamma"]);
    let (_stop_tx, stop) = unbounded::<()>(); // alive, but never used
    let got = start(numbers, words, stop).report("both channels were closed");
    let expected = report(10, &["alpha", "beta", "gamma"], false);
    assert_eq!(
        got, expected,
        "numbers [1, 2, 3, 4] and words [alpha, beta, gamma], both closed, no stop"
    );
}

#[test]
fn one_channel_closing_does_not_end_the_other() {
    let many: Vec<String> = (0..50).map(|i| format!("w{i}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();

    let (numbers, words) = filled(&[], &many);
    let (_stop_tx, stop) = unbounded::<()>();
    let got = start(numbers, words, stop).report("numbers was empty and closed");
    assert_eq!(
        got,
        report(0, &many, false),
        "no numbers (closed at once) and 50 words: every word should be read"
    );

    let (numbers, words) = filled(&[5; 40], &[]);
    let (_stop_tx, stop) = unbounded::<()>();
    let got = start(numbers, words, stop).report("words was empty and closed");
    assert_eq!(
        got,
        report(200, &[], false),
        "forty 5s and no words (closed at once): every number should be added"
    );
}

#[test]
fn a_closed_stop_channel_is_not_a_stop() {
    let (numbers, words) = filled(&[7, 8], &["still", "here"]);
    let (stop_tx, stop) = unbounded::<()>();
    drop(stop_tx); // closed without a message
    let got = start(numbers, words, stop).report("stop was closed without a message");
    assert_eq!(
        got,
        report(15, &["still", "here"], false),
        "stop closed without a message: carry on and read everything"
    );
}

#[test]
fn a_ready_stop_wins_over_queued_messages() {
    // Run it many times: with an unbiased choice, the stop would lose
    // sometimes.
    for _ in 0..50 {
        let (numbers_tx, numbers) = unbounded();
        let (words_tx, words) = unbounded();
        let (stop_tx, stop) = unbounded();
        for n in 1..=5 {
            numbers_tx.send(n).unwrap();
            words_tx.send(format!("word{n}")).unwrap();
        }
        stop_tx.send(()).unwrap();
        let got = start(numbers, words, stop).report("a stop was waiting");
        assert_eq!(
            got,
            report(0, &[], true),
            "a stop that is ready together with numbers and words should win: \
             nothing else read, stopped: true"
        );
    }
}

/// Sends `value` and says whether `merge` took it (`Ok`) or had already
/// dropped its receiver (`Err`). Fails the test if neither happens in time.
fn offer<T: Send>(tx: &Sender<T>, value: T) -> Result<(), T> {
    match tx.send_timeout(value, LIMIT) {
        Ok(()) => Ok(()),
        Err(SendTimeoutError::Disconnected(value)) => Err(value),
        Err(SendTimeoutError::Timeout(_)) => {
            panic!("merge neither received a message nor returned within {LIMIT:?}")
        }
    }
}

#[test]
fn a_stop_ends_a_stream_in_progress() {
    // Zero capacity: each `send` completes only when `merge` receives it.
    let (numbers_tx, numbers) = bounded(0);
    let (_words_tx, words) = bounded::<String>(0);
    let (stop_tx, stop) = bounded(1);
    let running = start(numbers, words, stop);
    for n in [1, 2, 3] {
        if offer(&numbers_tx, n).is_err() {
            let got = running.report("it was reading numbers");
            panic!(
                "merge returned {got:?} before it received {n}, although numbers and \
                 words were open and no stop was sent"
            );
        }
    }
    stop_tx.send(()).unwrap();
    assert_eq!(
        offer(&numbers_tx, 4),
        Err(4),
        "after a stop, merge should return and drop its receivers, so sending 4 fails"
    );
    let got = running.report("a stop was sent after 1, 2 and 3");
    assert_eq!(
        got,
        report(6, &[], true),
        "numbers 1, 2, 3, then a stop: the sum is 6 and stopped is true"
    );
}

#[test]
fn waits_for_producers_on_other_threads() {
    let (numbers_tx, numbers) = bounded(4);
    let (words_tx, words) = bounded(4);
    let (_stop_tx, stop) = bounded::<()>(1);
    let running = start(numbers, words, stop);
    // A failed send means `merge` has returned early; the report says how.
    let a = thread::spawn(move || {
        for n in 1..=1000 {
            if numbers_tx.send(n).is_err() {
                break;
            }
        }
    });
    let b = thread::spawn(move || {
        for i in 0..100 {
            if words_tx.send(format!("w{i}")).is_err() {
                break;
            }
        }
    });
    a.join().unwrap();
    b.join().unwrap();
    let got = running.report("two producer threads had sent everything and finished");
    let expected_words: Vec<String> = (0..100).map(|i| format!("w{i}")).collect();
    let expected_words: Vec<&str> = expected_words.iter().map(String::as_str).collect();
    assert_eq!(
        got,
        report(500_500, &expected_words, false),
        "1..=1000 from one thread and w0..w99 from another: sum 500500, words in order"
    );
}
