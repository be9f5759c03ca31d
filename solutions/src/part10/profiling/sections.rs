//! A sampling profiler such as `perf` needs no change to the program; an
//! *instrumenting* profiler times named sections of code that the program
//! marks itself, as `tracing` spans or a game engine's frame timer do.
//! Write the core of one: `enter(name)` when a section starts, `exit()` when
//! the innermost open section ends, and a `report` that says where the time
//! went.
//!
//! For every section name, the report gives:
//! - `calls`: how many times it was entered;
//! - `inclusive_ns`: time from `enter` to `exit`, sections called inside
//!   it included;
//! - `exclusive_ns`: the same minus the time spent in the sections directly
//!   inside it: the time spent in its own code, which is what a profile's
//!   "self" column shows and what to look at first.
//!
//! A section may be entered again inside itself (recursion): its inclusive
//! time counts only the outermost call, or the time would be counted twice
//! (a recursive `parse` of 10 ms has an inclusive time of 10 ms, not 10 ms
//! plus the time of each inner `parse`). Its exclusive times add up as
//! usual.
//!
//! `report` lists the sections by exclusive time, largest first, then by
//! name. Sections still open are not in it. `exit` with no open section is
//! a bug in the caller: panic with a message that says so.
//!
//! Time comes from a [`Clock`], so that the tests can drive it by hand.

use std::collections::HashMap;

/// A source of time, in nanoseconds since some start.
pub trait Clock {
    /// The time now.
    fn now_ns(&self) -> u64;
}

/// What the report says about one section name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// How many times it was entered.
    pub calls: u64,
    /// Time inside it, sections within it included (outermost calls only).
    pub inclusive_ns: u64,
    /// Time inside it, minus the time in the sections directly within it.
    pub exclusive_ns: u64,
}

/// An open section.
struct Open {
    name: &'static str,
    start_ns: u64,
    /// Time spent so far in the sections directly inside this one.
    children_ns: u64,
}

/// Times named, nested sections of a program.
pub struct Profiler<C: Clock> {
    clock: C,
    /// The open sections, outermost first.
    open: Vec<Open>,
    totals: HashMap<&'static str, Totals>,
}

impl<C: Clock> Profiler<C> {
    /// A profiler with nothing recorded yet.
    pub fn new(clock: C) -> Self {
        Profiler {
            clock,
            open: Vec::new(),
            totals: HashMap::new(),
        }
    }

    /// A section called `name` starts now, inside the sections open now.
    pub fn enter(&mut self, name: &'static str) {
        self.open.push(Open {
            name,
            start_ns: self.clock.now_ns(),
            children_ns: 0,
        });
    }

    /// The innermost open section ends now.
    ///
    /// # Panics
    ///
    /// If no section is open.
    pub fn exit(&mut self) {
        let now = self.clock.now_ns();
        let section = self
            .open
            .pop()
            .expect("Profiler::exit called with no open section: every exit needs an enter");
        let elapsed = now - section.start_ns;
        if let Some(parent) = self.open.last_mut() {
            parent.children_ns += elapsed;
        }
        // An inner call of a recursive section is already inside the
        // outermost one's inclusive time.
        let recursive = self.open.iter().any(|o| o.name == section.name);
        let totals = self.totals.entry(section.name).or_default();
        totals.calls += 1;
        totals.exclusive_ns += elapsed - section.children_ns;
        if !recursive {
            totals.inclusive_ns += elapsed;
        }
    }

    /// Every finished section's totals, largest exclusive time first (ties
    /// by name).
    pub fn report(&self) -> Vec<(&'static str, Totals)> {
        let mut rows: Vec<_> = self.totals.iter().map(|(&n, &t)| (n, t)).collect();
        rows.sort_by(|a, b| b.1.exclusive_ns.cmp(&a.1.exclusive_ns).then(a.0.cmp(b.0)));
        rows
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part10/profiling/sections.rs"]
mod tests;
