//! Write `parallel_for_each(len, workers, f)`: it calls `f(i)` exactly once
//! for every `i` in `0..len`, on `workers` threads that share the work by
//! stealing, and returns when every call has returned.
//!
//! - The tasks are ranges of indices. Start with the whole range `0..len`
//!   as one task in an `Injector`.
//! - Each worker thread owns a `Worker::new_lifo()` deque and gets its next
//!   task with `find_task` (the chapter's version is below).
//! - A task longer than `LEAF` indices is split in two halves, and both
//!   halves are pushed onto the worker's own deque. A task of at most `LEAF`
//!   indices calls `f` for each of its indices. The tests check where the
//!   halves go: with one worker, nothing may be allocated per task between
//!   the first and the last call of `f`. The worker's deque reuses its
//!   buffer, but the shared `Injector` allocates a new block every 63 tasks.
//! - A worker stops only when no task is left anywhere. `find_task`
//!   returning `None` is not enough: another worker may be about to push the
//!   halves of a task it is splitting. Count the tasks that exist but have
//!   not finished, and stop when the count is zero; while it is not, call
//!   `std::thread::yield_now()` and look again.
//! - `f` may borrow from the caller, so run the workers as scoped threads
//!   (`std::thread::scope`).
//! - `len == 0` returns without calling `f`. `workers == 0` panics with a
//!   message that contains "at least one worker".

use crossbeam_deque::{Injector, Steal, Stealer, Worker};
#[allow(unused_imports)] // course:hide
use std::ops::Range;

/// Tasks of at most this many indices are not split any further.
pub const LEAF: usize = 16;

/// Calls `f(i)` once for every `i` in `0..len`, on `workers` threads.
pub fn parallel_for_each<F>(len: usize, workers: usize, f: F)
where
    F: Fn(usize) + Sync,
{
    let _ = &f; // course:hide
    todo!("visit 0..{len} with work-stealing threads (workers = {workers})")
}

/// The next task for the worker that owns `local`: its own newest task, else
/// a batch from the injector, else a task stolen from another worker.
/// Returns `None` when every queue was empty.
pub fn find_task<T>(local: &Worker<T>, global: &Injector<T>, stealers: &[Stealer<T>]) -> Option<T> {
    if let Some(task) = local.pop() {
        return Some(task);
    }
    loop {
        let attempt = global
            .steal_batch_and_pop(local)
            .or_else(|| stealers.iter().map(Stealer::steal).collect());
        match attempt {
            Steal::Success(task) => return Some(task),
            Steal::Empty => return None,
            Steal::Retry => continue,
        }
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/thread_pools/steal_for_each.rs"]
mod tests;
