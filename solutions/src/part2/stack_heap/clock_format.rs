//! A status line shows elapsed times and is redrawn many times a second.
//! Building a new `String` for every redraw would allocate each time, so these
//! functions write into a buffer the caller owns and reuses.
//!
//! `write_clock(out, secs)` appends `secs` seconds to `out` as `H:MM:SS`:
//! the hours with as many digits as they need and no padding, the minutes and
//! seconds with exactly two. `0` is `0:00:00`, `3723` is `1:02:03` and
//! `360000` is `100:00:00`.
//!
//! `write_clocks(out, all)` appends every duration in `all`, separated by
//! `", "`. An empty slice appends nothing.
//!
//! Both keep what `out` already holds, and neither may allocate when `out`
//! has room for the text: the tests check that with the counting allocator.

use std::fmt::Write;

/// Appends `secs` to `out` as `H:MM:SS`.
pub fn write_clock(out: &mut String, secs: u64) {
    let (hours, minutes, seconds) = (secs / 3600, secs / 60 % 60, secs % 60);
    // `write!` formats straight into `out`; `format!` would build a new
    // String first.
    write!(out, "{hours}:{minutes:02}:{seconds:02}").expect("writing to a String cannot fail");
}

/// Appends every duration in `all` to `out`, separated by `", "`.
pub fn write_clocks(out: &mut String, all: &[u64]) {
    for (i, &secs) in all.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_clock(out, secs);
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/stack_heap/clock_format.rs"]
mod tests;
