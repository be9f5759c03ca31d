//! `Bus` delivers events to handlers. Every method takes `&self`, because a
//! handler is given the bus and may use it while an event is being
//! delivered: read the log, publish another event, or subscribe another
//! handler.
//!
//! The code compiles and simple cases work, but as soon as a handler uses
//! the bus, the program panics with `RefCell already borrowed` or
//! `RefCell already mutably borrowed`. Find the borrows that live too long
//! and shorten them. Keep the public API and these rules:
//!
//! - `publish(event)` first appends `event` to the log, then calls every
//!   handler subscribed at that moment, in the order they were subscribed.
//! - A handler subscribed during a `publish` does not receive the event
//!   being published, only later ones.
//! - An event published by a handler is delivered completely (logged and
//!   given to every handler) before the outer `publish` moves on to its next
//!   handler.

use std::cell::RefCell;
use std::rc::Rc;

/// A subscribed handler, shared through an `Rc`.
type Handler = Rc<dyn Fn(&Bus, &str)>;

/// An event bus for one thread.
#[derive(Default)]
pub struct Bus {
    handlers: RefCell<Vec<Handler>>,
    log: RefCell<Vec<String>>,
}

impl Bus {
    /// Returns a bus with no handlers and an empty log.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `handler`; it receives every event published from now on.
    pub fn subscribe(&self, handler: impl Fn(&Bus, &str) + 'static) {
        self.handlers.borrow_mut().push(Rc::new(handler));
    }

    /// Logs `event`, then gives it to every handler subscribed right now.
    pub fn publish(&self, event: &str) {
        let mut log = self.log.borrow_mut();
        log.push(event.to_string());
        for handler in self.handlers.borrow().iter() {
            handler(self, event);
        }
    }

    /// Returns a copy of every event published so far, oldest first.
    pub fn log(&self) -> Vec<String> {
        self.log.borrow().clone()
    }

    /// Returns how many handlers are subscribed.
    pub fn handler_count(&self) -> usize {
        self.handlers.borrow().len()
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/interior/event_bus.rs"]
mod tests;
