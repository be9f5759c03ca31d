use super::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs the suite for `S`: `Err` with its panic message if it caught a bug.
fn run_suite<S: Stack>() -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(stack_suite::<S>)).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(a panic without a message)".to_string())
    })
}

fn require_passing_the_correct_stack() {
    if let Err(message) = run_suite::<ArrayStack>() {
        panic!(
            "your suite panicked for the correct `ArrayStack`: {message}\n\
             A suite must pass correct code: check the expected values in your assertions."
        );
    }
}

fn require_caught<S: Stack>(what: &str) {
    require_passing_the_correct_stack();
    assert!(
        run_suite::<S>().is_err(),
        "your suite passed a broken stack: {what}. Add a scenario that shows it."
    );
}

/// Pops from the bottom: a queue, not a stack.
#[derive(Default)]
struct Fifo(Vec<i32>);
impl Stack for Fifo {
    fn push(&mut self, value: i32) -> Result<(), Full> {
        if self.0.len() == CAPACITY {
            return Err(Full);
        }
        self.0.push(value);
        Ok(())
    }
    fn pop(&mut self) -> Option<i32> {
        if self.0.is_empty() {
            None
        } else {
            Some(self.0.remove(0))
        }
    }
    fn peek(&self) -> Option<i32> {
        self.0.last().copied()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

/// Off by one in the capacity check: holds CAPACITY + 1 values.
#[derive(Default)]
struct OneTooMany(Vec<i32>);
impl Stack for OneTooMany {
    fn push(&mut self, value: i32) -> Result<(), Full> {
        if self.0.len() > CAPACITY {
            return Err(Full);
        }
        self.0.push(value);
        Ok(())
    }
    fn pop(&mut self) -> Option<i32> {
        self.0.pop()
    }
    fn peek(&self) -> Option<i32> {
        self.0.last().copied()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

/// Refuses correctly, but drops the top value while doing so.
#[derive(Default)]
struct FullLosesTop(Vec<i32>);
impl Stack for FullLosesTop {
    fn push(&mut self, value: i32) -> Result<(), Full> {
        if self.0.len() == CAPACITY {
            self.0.pop();
            return Err(Full);
        }
        self.0.push(value);
        Ok(())
    }
    fn pop(&mut self) -> Option<i32> {
        self.0.pop()
    }
    fn peek(&self) -> Option<i32> {
        self.0.last().copied()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
}

/// `peek` removes the value it returns.
#[derive(Default)]
struct PeekPops(std::cell::RefCell<Vec<i32>>);
impl Stack for PeekPops {
    fn push(&mut self, value: i32) -> Result<(), Full> {
        let values = self.0.get_mut();
        if values.len() == CAPACITY {
            return Err(Full);
        }
        values.push(value);
        Ok(())
    }
    fn pop(&mut self) -> Option<i32> {
        self.0.get_mut().pop()
    }
    fn peek(&self) -> Option<i32> {
        self.0.borrow_mut().pop()
    }
    fn len(&self) -> usize {
        self.0.borrow().len()
    }
}

/// Counts pushes, not values: `len` never goes down.
#[derive(Default)]
struct LenCountsPushes {
    values: Vec<i32>,
    pushes: usize,
}
impl Stack for LenCountsPushes {
    fn push(&mut self, value: i32) -> Result<(), Full> {
        if self.values.len() == CAPACITY {
            return Err(Full);
        }
        self.values.push(value);
        self.pushes += 1;
        Ok(())
    }
    fn pop(&mut self) -> Option<i32> {
        self.values.pop()
    }
    fn peek(&self) -> Option<i32> {
        self.values.last().copied()
    }
    fn len(&self) -> usize {
        self.pushes
    }
}

#[test]
fn passes_the_correct_stack() {
    require_passing_the_correct_stack();
}

#[test]
fn catches_a_queue() {
    require_caught::<Fifo>("`pop` returns the value pushed first (a queue)");
}

#[test]
fn catches_an_off_by_one_capacity() {
    require_caught::<OneTooMany>("`push` accepts one value more than CAPACITY");
}

#[test]
fn catches_a_refused_push_that_loses_a_value() {
    require_caught::<FullLosesTop>(
        "a refused `push` returns Err(Full) but also drops the top value",
    );
}

#[test]
fn catches_a_peek_that_removes() {
    require_caught::<PeekPops>("`peek` removes the value it returns");
}

#[test]
fn catches_a_len_that_never_goes_down() {
    require_caught::<LenCountsPushes>("`len` counts pushes and does not go down on `pop`");
}
