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
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// Tasks of at most this many indices are not split any further.
pub const LEAF: usize = 16;

/// Calls `f(i)` once for every `i` in `0..len`, on `workers` threads.
pub fn parallel_for_each<F>(len: usize, workers: usize, f: F)
where
    F: Fn(usize) + Sync,
{
    assert!(workers > 0, "parallel_for_each needs at least one worker");
    if len == 0 {
        return;
    }
    let global = Injector::new();
    global.push(0..len);
    // Tasks pushed somewhere or being run, but not finished yet. It only
    // tells the workers when to stop, so `Relaxed` is enough: the tasks
    // themselves travel through the deques, which synchronize on their own,
    // and the end of `thread::scope` makes every call of `f` visible to the
    // caller. No ordering with other memory is needed for the count to be
    // right, because all changes to one atomic happen in a single order that
    // agrees with happens-before: a half is pushed after its `fetch_add` and
    // taken through a deque before its `fetch_sub`, so the count cannot reach
    // zero while a task exists, and once it is zero no task is left to
    // create another.
    let pending = AtomicUsize::new(1);
    let locals: Vec<Worker<Range<usize>>> = (0..workers).map(|_| Worker::new_lifo()).collect();
    let stealers: Vec<Stealer<Range<usize>>> = locals.iter().map(Worker::stealer).collect();

    thread::scope(|s| {
        for local in locals {
            let (global, stealers, pending, f) = (&global, &stealers, &pending, &f);
            s.spawn(move || loop {
                let Some(task) = find_task(&local, global, stealers) else {
                    if pending.load(Ordering::Relaxed) == 0 {
                        break;
                    }
                    thread::yield_now();
                    continue;
                };
                if task.len() > LEAF {
                    let middle = task.start + task.len() / 2;
                    // Count the halves before the parent is finished, so the
                    // count never drops to zero while work remains.
                    pending.fetch_add(2, Ordering::Relaxed);
                    local.push(task.start..middle);
                    local.push(middle..task.end);
                } else {
                    task.for_each(f);
                }
                pending.fetch_sub(1, Ordering::Relaxed);
            });
        }
    });
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
