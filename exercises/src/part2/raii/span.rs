//! Write `Span`, a guard for a trace log. `Span::enter(name, trace)` writes
//! `enter NAME` to the trace and returns the guard; dropping the guard writes
//! `exit NAME`. Every line is indented by two spaces for each span that is
//! open around it, so nested spans read as a tree:
//!
//! ```text
//! enter parse
//!   enter number
//!   exit number
//! exit parse
//! ```
//!
//! The `exit` line must be written on every way out of the span's scope: at
//! its end, on an early `return`, through `?`, and when a panic unwinds
//! through it. After the last span closes, the trace is back at depth 0.
//!
//! The stub's `drop` is empty rather than a panicking placeholder: a panic
//! there while a test's own panic is unwinding would abort the whole test
//! run.

use std::cell::{Cell, RefCell};

/// The lines written so far and how many spans are open (given).
#[derive(Debug, Default)]
pub struct Trace {
    lines: RefCell<Vec<String>>,
    depth: Cell<usize>,
}

impl Trace {
    /// An empty trace at depth 0.
    pub fn new() -> Self {
        Self::default()
    }

    /// Writes `text`, indented by two spaces per open span.
    pub fn write(&self, text: &str) {
        let indent = "  ".repeat(self.depth.get());
        self.lines.borrow_mut().push(format!("{indent}{text}"));
    }

    /// A copy of the lines written so far.
    pub fn lines(&self) -> Vec<String> {
        self.lines.borrow().clone()
    }

    /// How many spans are open right now.
    pub fn depth(&self) -> usize {
        self.depth.get()
    }
}

/// Writes `enter NAME` when it is created and `exit NAME` when it is dropped.
#[allow(dead_code)] // course:hide
#[must_use = "the span closes as soon as the guard is dropped"]
pub struct Span<'a> {
    name: &'static str,
    trace: &'a Trace,
}

impl<'a> Span<'a> {
    /// Writes `enter NAME` and opens the span.
    pub fn enter(name: &'static str, trace: &'a Trace) -> Span<'a> {
        todo!("open the span {name:?} at depth {}", trace.depth())
    }
}

impl Drop for Span<'_> {
    /// Closes the span and writes `exit NAME`.
    fn drop(&mut self) {
        // Close the span and write its exit line.
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/raii/span.rs"]
mod tests;
