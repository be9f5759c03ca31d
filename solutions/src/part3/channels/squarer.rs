//! Write `spawn_squarer`: start a worker thread that answers requests over
//! two channels. Each number sent on the request channel comes back squared
//! on the answer channel, in the order the numbers were sent.
//!
//! - It returns the sender of requests, the receiver of answers, and the
//!   worker's `JoinHandle`.
//! - The worker answers every request, one at a time, for as long as
//!   requests may come: it stops only when every request sender is gone,
//!   and then its thread ends.
//! - A square that does not fit in a `u64` is answered with `None`.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

/// What `spawn_squarer` returns: where to send numbers, where their
/// squares come back, and the worker thread.
pub type Squarer = (Sender<u64>, Receiver<Option<u64>>, JoinHandle<()>);

/// Starts a worker that squares every number it receives.
pub fn spawn_squarer() -> Squarer {
    let (request_tx, requests) = mpsc::channel::<u64>();
    let (answer_tx, answers) = mpsc::channel();
    let worker = thread::spawn(move || {
        // Ends when every request sender is gone and the queue is empty.
        for n in requests {
            if answer_tx.send(n.checked_mul(n)).is_err() {
                break; // nobody listens for answers any more
            }
        }
    });
    (request_tx, answers, worker)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/channels/squarer.rs"]
mod tests;
