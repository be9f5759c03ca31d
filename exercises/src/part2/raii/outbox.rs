//! `Outbox` collects messages and delivers them to its `sink` in batches.
//! Whatever is still pending when an outbox is dropped is delivered then,
//! so no message is lost by accident.
//!
//! This file does not compile: three methods move a value out of a place
//! they may not move it out of, or call the destructor by hand. Make it
//! compile without changing what any method does (its doc comment says
//! what that is) and without cloning the messages. The compiler's "consider
//! cloning" suggestions do compile, but then messages are delivered twice,
//! or delivered after they were taken back; the tests check for that.

use std::cell::RefCell;
use std::rc::Rc;

/// Where delivered messages end up, oldest first.
pub type Sink = Rc<RefCell<Vec<String>>>;

/// Collects messages and delivers them to a sink.
pub struct Outbox {
    pending: Vec<String>,
    sink: Sink,
}

impl Outbox {
    /// An empty outbox that delivers to `sink`.
    pub fn new(sink: &Sink) -> Outbox {
        Outbox {
            pending: Vec::new(),
            sink: Rc::clone(sink),
        }
    }

    /// Adds a message to the pending ones.
    pub fn push(&mut self, message: &str) {
        self.pending.push(message.to_string());
    }

    /// Delivers every pending message now and returns how many there were.
    /// Afterwards nothing is pending.
    pub fn flush(&mut self) -> usize {
        let batch = self.pending;
        let count = batch.len();
        self.sink.borrow_mut().extend(batch);
        count
    }

    /// Takes the pending messages back instead of delivering them. The
    /// outbox is used up, and nothing is delivered.
    pub fn into_pending(self) -> Vec<String> {
        self.pending
    }

    /// Throws the pending messages away and ends the outbox. Nothing is
    /// delivered.
    pub fn discard(mut self) {
        self.pending.clear();
        self.drop();
    }
}

impl Drop for Outbox {
    /// Delivers whatever is still pending.
    fn drop(&mut self) {
        self.flush();
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/raii/outbox.rs"]
mod tests;
