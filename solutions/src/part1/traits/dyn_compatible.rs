//! A text pipeline is a list of steps, `Vec<Box<dyn Step>>`, that `run`
//! applies to a line one after the other. This file does not compile: the
//! `Step` trait is not dyn compatible, so every `dyn Step` is refused. The
//! compiler reports E0038 at each place that uses `dyn Step`; they all have
//! the same cause, in the trait.
//!
//! Make it compile without changing what anything does:
//!
//! - pipelines stay `Vec<Box<dyn Step>>`, and `run` and `standard_pipeline`
//!   keep their signatures;
//! - the concrete steps keep `new()` (with the same settings) and
//!   `apply_all`, callable as before, for example `Indent::new()` and
//!   `Upper.apply_all(["a", "b"])`.

/// One transformation of a line of text.
pub trait Step {
    /// Creates the step with its usual settings.
    ///
    /// `where Self: Sized` keeps this function out of the vtable: a
    /// `dyn Step` has no type to create, but every concrete step does.
    fn new() -> Self
    where
        Self: Sized;

    /// Transforms one line.
    fn apply(&self, line: &str) -> String;

    /// Transforms every line of `lines`, in order.
    ///
    /// A generic method cannot be in a vtable (there would be one entry per
    /// `I`), so it is only available on concrete steps.
    fn apply_all<'a, I>(&self, lines: I) -> Vec<String>
    where
        Self: Sized,
        I: IntoIterator<Item = &'a str>,
    {
        lines.into_iter().map(|line| self.apply(line)).collect()
    }
}

/// Removes leading and trailing whitespace.
pub struct Trim;

/// Upper-cases every letter.
pub struct Upper;

/// Puts `width` spaces in front of the line.
pub struct Indent {
    pub width: usize,
}

impl Step for Trim {
    fn new() -> Self {
        Trim
    }

    fn apply(&self, line: &str) -> String {
        line.trim().to_string()
    }
}

impl Step for Upper {
    fn new() -> Self {
        Upper
    }

    fn apply(&self, line: &str) -> String {
        line.to_uppercase()
    }
}

impl Step for Indent {
    /// Indents by four spaces.
    fn new() -> Self {
        Indent { width: 4 }
    }

    fn apply(&self, line: &str) -> String {
        format!("{}{line}", " ".repeat(self.width))
    }
}

/// Trim, then upper-case, then indent by four spaces.
pub fn standard_pipeline() -> Vec<Box<dyn Step>> {
    vec![
        Box::new(Trim::new()),
        Box::new(Upper::new()),
        Box::new(Indent::new()),
    ]
}

/// Applies every step of `pipeline` to `line`, first to last.
pub fn run(pipeline: &[Box<dyn Step>], line: &str) -> String {
    let mut text = line.to_string();
    for step in pipeline {
        text = step.apply(&text);
    }
    text
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/traits/dyn_compatible.rs"]
mod tests;
