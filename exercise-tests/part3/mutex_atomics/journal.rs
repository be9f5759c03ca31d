use super::*;
use std::panic::{self, AssertUnwindSafe};
use std::thread;

/// A batch of `n` lines named `"{name}-{i}"`.
fn batch(name: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{name}-{i}")).collect()
}

/// A batch that yields `good` lines named `"{name}-{i}"`, then panics.
/// (`resume_unwind` panics without printing a message, so the test output
/// shows only real failures.)
fn failing_batch(name: &str, good: usize) -> impl Iterator<Item = String> + '_ {
    (0..=good).map(move |i| {
        if i == good {
            panic::resume_unwind(Box::new(format!("line {i} of batch {name} failed")));
        }
        format!("{name}-{i}")
    })
}

/// Appends a batch that panics after `good` lines, on a thread of its own,
/// and checks that the panic reached the caller.
fn append_failing_batch(journal: &Journal, name: &str, good: usize) {
    let result = thread::scope(|s| {
        s.spawn(|| journal.append_batch(failing_batch(name, good)))
            .join()
    });
    assert!(
        result.is_err(),
        "append_batch should pass the panic of batch {name} on to its caller"
    );
}

#[test]
fn batches_are_appended_in_order() {
    let journal = Journal::new();
    assert!(journal.is_empty(), "a new journal should be empty");
    journal.append_batch(batch("a", 2));
    journal.append_batch(batch("b", 1));
    journal.append_batch(Vec::new());
    assert_eq!(
        journal.lines(),
        ["a-0", "a-1", "b-0"],
        "lines() should list the batches in order"
    );
    assert_eq!(journal.len(), 3, "three lines were appended");
    assert_eq!(journal.rollbacks(), 0, "nothing panicked, so no rollbacks");
}

#[test]
fn a_panicking_batch_poisons_the_mutex() {
    let journal = Journal::new();
    journal.append_batch(batch("a", 2));
    append_failing_batch(&journal, "b", 2);
    assert!(
        journal.is_poisoned(),
        "right after the panic, before any other call, the mutex should be poisoned"
    );
}

#[test]
fn the_next_call_rolls_back_the_half_written_batch() {
    let journal = Journal::new();
    journal.append_batch(batch("a", 2));
    append_failing_batch(&journal, "b", 2);
    assert_eq!(
        journal.lines(),
        ["a-0", "a-1"],
        "the two lines of the failed batch b should be rolled back"
    );
    assert_eq!(
        journal.rollbacks(),
        1,
        "one panic should cause one rollback"
    );
    assert!(
        !journal.is_poisoned(),
        "the call that rolled back should have cleared the poison"
    );
    assert_eq!(
        journal.rollbacks(),
        1,
        "a healthy lock needs no more rollbacks"
    );
}

#[test]
fn any_call_recovers() {
    let journal = Journal::new();
    journal.append_batch(batch("a", 3));
    append_failing_batch(&journal, "b", 1);
    assert_eq!(
        journal.len(),
        3,
        "len() should recover and count only batch a"
    );
    assert!(
        !journal.is_poisoned(),
        "len() should have cleared the poison"
    );

    append_failing_batch(&journal, "c", 4);
    journal.append_batch(batch("d", 1));
    assert_eq!(
        journal.lines(),
        ["a-0", "a-1", "a-2", "d-0"],
        "append_batch should recover first, then append batch d after batch a"
    );
    assert_eq!(
        journal.rollbacks(),
        2,
        "two panics should cause two rollbacks"
    );
}

#[test]
fn a_batch_that_fails_on_its_first_line_still_poisons() {
    let journal = Journal::new();
    journal.append_batch(batch("a", 1));
    append_failing_batch(&journal, "b", 0);
    assert_eq!(journal.lines(), ["a-0"], "nothing of batch b should remain");
    assert_eq!(
        journal.rollbacks(),
        1,
        "the mutex was poisoned, so recovering counts as a rollback even with nothing to drop"
    );
}

#[test]
fn panics_in_a_row_are_each_rolled_back() {
    let journal = Journal::new();
    append_failing_batch(&journal, "a", 3);
    append_failing_batch(&journal, "b", 2);
    append_failing_batch(&journal, "c", 1);
    assert!(
        journal.is_empty(),
        "no batch completed, so the journal should be empty"
    );
    assert_eq!(
        journal.rollbacks(),
        3,
        "three panics should cause three rollbacks"
    );
    journal.append_batch(batch("d", 2));
    assert_eq!(
        journal.lines(),
        ["d-0", "d-1"],
        "the journal should work normally again"
    );
}

#[test]
fn threads_append_whole_batches_only() {
    let journal = Journal::new();
    thread::scope(|s| {
        for t in 0..4 {
            let journal = &journal;
            s.spawn(move || {
                for b in 0..10 {
                    let name = format!("t{t}b{b}");
                    if b == 3 || b == 7 {
                        let result = panic::catch_unwind(AssertUnwindSafe(|| {
                            journal.append_batch(failing_batch(&name, 2));
                        }));
                        assert!(result.is_err(), "batch {name} should panic");
                    } else {
                        journal.append_batch(batch(&name, 3));
                    }
                }
            });
        }
    });
    let lines = journal.lines();
    assert_eq!(
        lines.len(),
        4 * 8 * 3,
        "4 threads x 8 complete batches x 3 lines should remain"
    );
    for chunk in lines.chunks(3) {
        let name = chunk[0].trim_end_matches("-0");
        assert_eq!(
            chunk,
            batch(name, 3),
            "every batch should appear whole and in one piece, but found {chunk:?}"
        );
        assert!(
            !name.ends_with("b3") && !name.ends_with("b7"),
            "no line of a failed batch should remain, but found {chunk:?}"
        );
    }
    assert_eq!(journal.rollbacks(), 8, "8 panics should cause 8 rollbacks");
}
