//! `Journal` collects lines from many threads. `append_batch` (written for
//! you) takes the lock, then pulls the lines of a batch from an iterator and
//! pushes them one at a time, so a long batch is never held in memory twice.
//! Only when the last line is in does it mark the batch as committed.
//!
//! Producing a line may panic. The lines of that batch already pushed then
//! stay behind, the panic passes on to the caller, and the mutex is
//! poisoned. Write `lock`, the one place that locks, so that the journal
//! recovers:
//!
//! - If the mutex is not poisoned, return the guard.
//! - If it is poisoned, take the guard anyway, roll back to the last
//!   committed batch (drop the lines after `committed`), clear the poison
//!   and count one rollback. Then return the guard.
//!
//! A batch is therefore all or nothing, and every method keeps working after
//! a panic. Collecting each batch before locking would avoid the poison
//! altogether, and is the better design when batches are small; here they
//! are streamed, so the journal has to recover.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

/// The data behind the lock.
#[derive(Default)]
struct Lines {
    /// Every pushed line, including those of a batch still being written.
    lines: Vec<String>,
    /// How many of `lines` belong to complete batches.
    committed: usize,
}

/// A list of lines that threads append to in all-or-nothing batches.
#[derive(Default)]
pub struct Journal {
    state: Mutex<Lines>,
    rollbacks: AtomicUsize,
}

impl Journal {
    /// Returns an empty journal.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends the lines of `batch` in order, as one all-or-nothing batch.
    pub fn append_batch(&self, batch: impl IntoIterator<Item = String>) {
        let mut state = self.lock();
        for line in batch {
            state.lines.push(line);
        }
        state.committed = state.lines.len();
    }

    /// Returns a copy of every committed line, oldest first.
    pub fn lines(&self) -> Vec<String> {
        self.lock().lines.clone()
    }

    /// Returns the number of committed lines.
    pub fn len(&self) -> usize {
        self.lock().lines.len()
    }

    /// Returns `true` if no line has been committed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Returns how many times a half-written batch was rolled back.
    pub fn rollbacks(&self) -> usize {
        // Relaxed: a statistic that publishes no other data.
        self.rollbacks.load(Ordering::Relaxed)
    }

    /// Returns `true` if a batch panicked and no call has recovered yet.
    pub fn is_poisoned(&self) -> bool {
        self.state.is_poisoned()
    }

    /// Locks the journal. If a panic poisoned the mutex, rolls back the
    /// half-written batch, clears the poison and counts the rollback first.
    fn lock(&self) -> MutexGuard<'_, Lines> {
        self.state.lock().unwrap_or_else(|poisoned| {
            let mut state = poisoned.into_inner();
            // Drop the lines of the batch that panicked halfway.
            let committed = state.committed;
            state.lines.truncate(committed);
            self.state.clear_poison();
            // Relaxed: a count only; the journal's data is under the mutex.
            self.rollbacks.fetch_add(1, Ordering::Relaxed);
            state
        })
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/mutex_atomics/journal.rs"]
mod tests;
