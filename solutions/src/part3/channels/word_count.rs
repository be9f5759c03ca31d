//! `count_words` counts words on several threads: each worker counts the
//! words of a share of the documents and sends `(word, count)` pairs through
//! a bounded channel to the calling thread, which adds them up.
//!
//! Every count it would compute is right, but `count_words` never returns:
//! the tests give up waiting after two seconds. There are two reasons, and
//! the second one only shows up with more distinct words. Fix both. Keep
//! the signature, the workers and the bounded channel (it stops workers
//! from running far ahead of the collector).

use std::collections::{BTreeMap, HashMap};
use std::sync::mpsc::{self, SyncSender};
use std::thread;

/// How many `(word, count)` pairs may wait in the channel.
const CAPACITY: usize = 16;

/// Counts how often each whitespace-separated word occurs in `documents`,
/// splitting the documents among `workers` threads (`0` counts as one).
pub fn count_words(documents: &[&str], workers: usize) -> BTreeMap<String, usize> {
    let share = documents.len().div_ceil(workers.max(1)).max(1);
    let (tx, rx) = mpsc::sync_channel(CAPACITY);

    thread::scope(|s| {
        let mut handles = Vec::new();
        for part in documents.chunks(share) {
            let tx = tx.clone();
            handles.push(s.spawn(move || count_part(part, &tx)));
        }
        // The workers own the only senders now, so the loop below ends when
        // the last worker returns.
        drop(tx);

        // Add up what the workers send while they are still sending: they
        // block as soon as `CAPACITY` pairs are waiting.
        let mut totals = BTreeMap::new();
        for (word, count) in rx {
            *totals.entry(word).or_insert(0) += count;
        }
        // Every worker has dropped its sender; joining surfaces any panic.
        for handle in handles {
            handle.join().unwrap();
        }
        totals
    })
}

/// Counts the words of `part` and sends one `(word, count)` pair per
/// distinct word.
fn count_part(part: &[&str], tx: &SyncSender<(String, usize)>) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for document in part {
        for word in document.split_whitespace() {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    for (word, count) in counts {
        tx.send((word.to_string(), count)).unwrap();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/channels/word_count.rs"]
mod tests;
