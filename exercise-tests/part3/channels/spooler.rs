use super::*;

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A correct `Spooler` passes these tests in milliseconds. The limit only
/// stops a test that would otherwise wait forever.
const LIMIT: Duration = Duration::from_secs(2);

/// Calls `spooler.finish()` on a thread of its own. Fails the test if it
/// panics or has not returned within `LIMIT`.
fn finish(spooler: Spooler) -> usize {
    course_deadline::finish_within(LIMIT, move || spooler.finish()).unwrap_or_else(|| {
        panic!(
            "finish() did not return within {LIMIT:?}. The writer thread ends only when \
             its loop over the queue ends: is a Sender still alive while you join it?"
        )
    })
}

/// A sink that records every line it receives.
fn recording_sink() -> (impl FnMut(String) + Send + 'static, Arc<Mutex<Vec<String>>>) {
    let log = Arc::new(Mutex::new(Vec::new()));
    let log_in = Arc::clone(&log);
    (move |line| log_in.lock().unwrap().push(line), log)
}

/// A sink that the test controls: it reports each line as it receives it,
/// then waits until the test lets it go on.
struct Gate {
    seen: mpsc::Receiver<String>,
    open: mpsc::Sender<()>,
    log: Arc<Mutex<Vec<String>>>,
}

fn gated_sink() -> (impl FnMut(String) + Send + 'static, Gate) {
    let (seen_tx, seen) = mpsc::channel();
    let (open, open_rx) = mpsc::channel();
    let (mut record, log) = recording_sink();
    let sink = move |line: String| {
        let _ = seen_tx.send(line.clone());
        record(line);
        // Wait for the test; give up once the test has ended.
        let _ = open_rx.recv_timeout(LIMIT);
    };
    (sink, Gate { seen, open, log })
}

impl Gate {
    /// Waits until the sink holds `line` (the writer thread is then busy
    /// inside the sink, and the queue is empty).
    fn wait_for(&self, line: &str) {
        match self.seen.recv_timeout(LIMIT) {
            Ok(seen) => assert_eq!(seen, line, "the sink should receive {line:?} first"),
            Err(_) => panic!("the sink did not receive {line:?} within {LIMIT:?}"),
        }
    }

    /// Lets the sink go on, for `lines` more lines.
    fn let_through(&self, lines: usize) {
        for _ in 0..lines {
            let _ = self.open.send(());
        }
    }

    fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

fn check_capacity(capacity: usize, room: usize) {
    let (sink, gate) = gated_sink();
    let spooler = Spooler::new(capacity, sink);
    assert_eq!(
        spooler.submit("first".to_string()),
        Ok(()),
        "submit(\"first\") to an empty Spooler (capacity {capacity}) should be Ok"
    );
    gate.wait_for("first");
    let mut expected = vec!["first".to_string()];
    for i in 0..room {
        let line = format!("queued {i}");
        assert_eq!(
            spooler.submit(line.clone()),
            Ok(()),
            "while the sink is busy, a Spooler with capacity {capacity} has room for \
             {room} line(s): submit({line:?}) should be Ok"
        );
        expected.push(line);
    }
    assert_eq!(
        spooler.submit("one too many".to_string()),
        Err(Rejected("one too many".to_string())),
        "with {room} line(s) waiting, a Spooler with capacity {capacity} is full: \
         submit should hand the line back"
    );
    gate.let_through(expected.len());
    let written = finish(spooler);
    assert_eq!(
        written,
        expected.len(),
        "finish() should count the {} lines the sink received",
        expected.len()
    );
    assert_eq!(
        gate.log(),
        expected,
        "the sink should get every accepted line, in order, and not the rejected one"
    );
}

#[test]
fn submit_accepts_capacity_lines_then_rejects() {
    check_capacity(1, 1);
    check_capacity(3, 3);
}

#[test]
fn capacity_zero_counts_as_one() {
    check_capacity(0, 1);
}

#[test]
fn lines_reach_the_sink_in_order() {
    let (sink, log) = recording_sink();
    let spooler = Spooler::new(3, sink);
    let lines: Vec<String> = (0..100).map(|i| format!("line {i}")).collect();
    for line in &lines {
        spooler.submit_blocking(line.clone());
    }
    assert_eq!(
        finish(spooler),
        100,
        "finish() after 100 lines should be 100"
    );
    assert_eq!(
        *log.lock().unwrap(),
        lines,
        "the sink should receive line 0 to line 99, in order"
    );
}

#[test]
fn submit_blocking_waits_instead_of_dropping() {
    let (sink, gate) = gated_sink();
    let spooler = Spooler::new(2, sink);
    spooler.submit_blocking("a".to_string());
    gate.wait_for("a");
    spooler.submit_blocking("b".to_string());
    spooler.submit_blocking("c".to_string()); // the queue is full now
    thread::scope(|s| {
        // This call has to wait until the sink has finished with "a".
        let late = s.spawn(|| spooler.submit_blocking("d".to_string()));
        assert_eq!(
            spooler.submit("e".to_string()),
            Err(Rejected("e".to_string())),
            "with b and c waiting in a queue of 2, submit(\"e\") should be rejected"
        );
        gate.let_through(4);
        late.join().unwrap();
    });
    assert_eq!(finish(spooler), 4, "a, b, c and d should all be written");
    assert_eq!(
        gate.log(),
        ["a", "b", "c", "d"],
        "submit_blocking(\"d\") on a full queue should wait for room, not drop the line"
    );
}

#[test]
fn several_threads_can_submit_at_once() {
    let (sink, log) = recording_sink();
    let spooler = Spooler::new(2, sink);
    thread::scope(|s| {
        for t in 0..4 {
            let spooler = &spooler;
            s.spawn(move || {
                for i in 0..50 {
                    spooler.submit_blocking(format!("t{t} {i}"));
                }
            });
        }
    });
    assert_eq!(
        finish(spooler),
        200,
        "4 threads × 50 lines should give 200 lines"
    );
    let log = log.lock().unwrap().clone();
    for t in 0..4 {
        let prefix = format!("t{t} ");
        let own: Vec<&String> = log.iter().filter(|l| l.starts_with(&prefix)).collect();
        let expected: Vec<String> = (0..50).map(|i| format!("t{t} {i}")).collect();
        assert_eq!(
            own,
            expected.iter().collect::<Vec<_>>(),
            "thread {t}'s 50 lines should all reach the sink, in its order"
        );
    }
}

#[test]
fn finish_without_lines_writes_nothing() {
    let (sink, log) = recording_sink();
    let spooler = Spooler::new(4, sink);
    assert_eq!(
        finish(spooler),
        0,
        "finish() with nothing submitted should be 0"
    );
    assert!(
        log.lock().unwrap().is_empty(),
        "the sink should not be called when nothing was submitted"
    );
}
