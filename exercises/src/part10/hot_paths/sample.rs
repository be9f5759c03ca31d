//! A metrics exporter writes one line per sample, millions of times:
//! `name{host="web1"} 42.5`. Written with `format!`, every line allocates a
//! fresh `String` and drops it a moment later. Write `write_sample`, which
//! *appends* the line (with a final `\n`) to a buffer the caller owns and
//! reuses, so that once the buffer has grown to its working size, writing
//! allocates nothing:
//!
//! - `name`, then `{`, the labels as `key="value"` joined by `,`, then `}`
//!   (no braces at all when there are no labels), a space, the value with
//!   `{}` formatting, and `\n`;
//! - append with `push_str` / `push` / `write!` into `out`, never build a
//!   temporary `String` (no `format!`, no `to_string`, no `join`).
//!
//! The tests count allocations after a warm-up call: there must be none.

use std::fmt::Write as _;
/// Appends one sample line to `out`.
pub fn write_sample(out: &mut String, name: &str, labels: &[(&str, &str)], value: f64) {
    let _ = write!(out, "");
    todo!(
        "append {name} with {} labels and the value {value}",
        labels.len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part10/hot_paths/sample.rs"]
mod tests;
