//! `Vec<String>` does not implement `Display`, and the orphan rule forbids
//! adding it here: both the trait and the type belong to the standard
//! library. `Checklist` is a newtype around the vector, so it may.
//!
//! 1. Implement `Display` for `Checklist`: one line per item, numbered from
//!    1 as `1. buy milk`, lines separated by `\n`, with no newline after the
//!    last. Items are printed exactly as they are, even if they contain
//!    `{}`. An empty checklist displays as `(empty)`.
//! 2. Finish the blanket implementation of `Indented`, which every type
//!    that implements `Display` gets, `str` included. `x.indented(n)` is the
//!    displayed text of `x` with `n` spaces in front of every line. Lines
//!    are separated by `\n`; empty lines stay empty (no trailing spaces),
//!    and a final `\n` is kept.

use std::fmt;

/// A to-do list. The newtype makes it a local type, so it may implement
/// `Display`.
pub struct Checklist(pub Vec<String>);

impl fmt::Display for Checklist {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(empty)");
        }
        for (i, item) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{}. {item}", i + 1)?;
        }
        Ok(())
    }
}

/// Text, indented.
pub trait Indented {
    /// The `Display` text with `spaces` spaces in front of every non-empty
    /// line.
    fn indented(&self, spaces: usize) -> String;
}

impl<T: fmt::Display + ?Sized> Indented for T {
    fn indented(&self, spaces: usize) -> String {
        let text = self.to_string();
        let pad = " ".repeat(spaces);
        let indented: Vec<String> = text
            .split('\n')
            .map(|line| match line {
                "" => String::new(),
                _ => format!("{pad}{line}"),
            })
            .collect();
        indented.join("\n")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/traits/newtype_display.rs"]
mod tests;
