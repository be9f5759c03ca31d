//! This file does not compile. Each function returns a reference that could
//! outlive the memory it points to, and the compiler refuses both. Make them
//! compile without changing their signatures or what they return (the doc
//! comments say what that is), and without copying or leaking any text: the
//! `&str` each one returns must point into the data its caller passed in.
//!
//! - `first_after_push` appends `entry` to `log` and returns the log's first
//!   entry. On an empty log, that is `entry` itself.
//! - `key_of` returns the key of a `key = value` line: the text before the
//!   first `=`, without the spaces around it. A line without `=` is all key.

/// Appends `entry` to `log` and returns the first entry of the log.
pub fn first_after_push(log: &mut Vec<String>, entry: String) -> &str {
    // `push` may move the buffer and free the old one, so borrow only after
    // it: then the reference points into the buffer that stays.
    log.push(entry);
    &log[0]
}

/// The key of a `key = value` line, without surrounding spaces.
pub fn key_of(line: &str) -> &str {
    // `trim` returns a slice of `line` itself; `to_string` made a copy that
    // died at the end of the function.
    let trimmed = line.trim();
    match trimmed.split_once('=') {
        Some((key, _value)) => key.trim_end(),
        None => trimmed,
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/memory_safety/dangling.rs"]
mod tests;
