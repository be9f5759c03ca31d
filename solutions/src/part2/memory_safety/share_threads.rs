//! This file does not compile: the compiler refuses three ways of sharing
//! data between threads. Make it compile without changing what the public
//! items take, return or do (their doc comments say what that is), and keep
//! the work on several threads: the point is to share safely, not to stop
//! sharing. The tests then check the results, and that each function still
//! starts its threads.
//!
//! Some of the compiler's suggestions compile but give wrong answers. Read
//! the tests' failures as carefully as the errors.

use std::sync::{Arc, Mutex};
use std::thread;

/// Sums `values`, giving each of `workers` threads one contiguous part.
/// `workers == 0` counts as one worker; an empty slice sums to 0.
pub fn parallel_sum(values: &[u64], workers: usize) -> u64 {
    let part_len = values.len().div_ceil(workers.max(1)).max(1);
    // Scoped threads may borrow `values`: the scope joins them before
    // `parallel_sum` returns.
    thread::scope(|s| {
        let mut handles = Vec::new();
        for part in values.chunks(part_len) {
            handles.push(s.spawn(|| part.iter().sum::<u64>()));
        }
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    })
}

/// Counts how often each byte value occurs in `bytes`: `counts[b]` is the
/// number of times `b` occurs. Each of `workers` threads counts one
/// contiguous part; `workers == 0` counts as one worker.
pub fn byte_histogram(bytes: &[u8], workers: usize) -> [u64; 256] {
    let part_len = bytes.len().div_ceil(workers.max(1)).max(1);
    let mut counts = [0u64; 256];
    thread::scope(|s| {
        // Each thread fills a histogram of its own and returns it, so no two
        // threads ever write to the same memory.
        let mut handles = Vec::new();
        for part in bytes.chunks(part_len) {
            handles.push(s.spawn(move || {
                let mut local = [0u64; 256];
                for &byte in part {
                    local[usize::from(byte)] += 1;
                }
                local
            }));
        }
        for handle in handles {
            let local = handle.join().unwrap();
            for (total, n) in counts.iter_mut().zip(local) {
                *total += n;
            }
        }
    });
    counts
}

/// A list of log lines that many threads can append to. Clones share the
/// same list.
#[derive(Clone, Debug, Default)]
pub struct SharedLog {
    lines: Arc<Mutex<Vec<String>>>,
}

impl SharedLog {
    /// An empty log.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends one line.
    pub fn push(&self, line: String) {
        self.lines.lock().unwrap().push(line);
    }

    /// A copy of every line so far, in the order they were pushed.
    pub fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }
}

/// Starts `workers` threads and waits for them. Worker `w` pushes
/// `lines_each` lines to `log`, `"worker w: line 0"`, `"worker w: line 1"`
/// and so on, in that order (lines of different workers may interleave).
pub fn log_from_threads(log: &SharedLog, workers: usize, lines_each: usize) {
    let mut handles = Vec::new();
    for worker in 0..workers {
        let log = log.clone();
        handles.push(thread::spawn(move || {
            for line in 0..lines_each {
                log.push(format!("worker {worker}: line {line}"));
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/memory_safety/share_threads.rs"]
mod tests;
