//! Criterion prints each result as a line like
//!
//! ```text
//! parse_sum/bytes/65536   time:   [1.1557 ms 1.2725 ms 1.3940 ms]
//! ```
//!
//! the lower bound, the estimate and the upper bound of a confidence
//! interval for the time of one iteration. Comparing two such lines by
//! their middle numbers alone is how people convince themselves of
//! speed-ups that are noise. Write the two functions a script needs to
//! compare results honestly:
//!
//! - `parse_time_line` finds `time:` in a line and reads the three values
//!   between `[` and `]`, each a number and a unit (`ps`, `ns`, `µs` (also
//!   written `us`), `ms` or `s`), into nanoseconds. Anything else is `None`:
//!   no `time:`, no brackets, not three values, an unknown unit, a value
//!   that is not a number.
//! - `compare(before, after)` says `Faster` only when the whole interval of
//!   `after` lies below the whole interval of `before` (its upper bound is
//!   below the other's lower bound), `Slower` in the opposite case, and
//!   `Unclear` when the intervals overlap, whatever the estimates say.

/// A confidence interval and estimate for the time of one iteration, in
/// nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// The lower bound.
    pub low: f64,
    /// The estimate.
    pub mid: f64,
    /// The upper bound.
    pub high: f64,
}

/// What a comparison of two estimates supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// `after` is faster: its interval lies entirely below `before`'s.
    Faster,
    /// `after` is slower: its interval lies entirely above `before`'s.
    Slower,
    /// The intervals overlap: no conclusion.
    Unclear,
}

/// The estimate on a criterion `time:` line, in nanoseconds.
pub fn parse_time_line(line: &str) -> Option<Estimate> {
    let after = &line[line.find("time:")? + "time:".len()..];
    let inside = after.trim_start().strip_prefix('[')?;
    let inside = &inside[..inside.find(']')?];
    let words: Vec<&str> = inside.split_whitespace().collect();
    let [a, a_unit, b, b_unit, c, c_unit] = words[..] else {
        return None;
    };
    Some(Estimate {
        low: nanoseconds(a, a_unit)?,
        mid: nanoseconds(b, b_unit)?,
        high: nanoseconds(c, c_unit)?,
    })
}

/// `value` in `unit`, converted to nanoseconds.
fn nanoseconds(value: &str, unit: &str) -> Option<f64> {
    let scale = match unit {
        "ps" => 1e-3,
        "ns" => 1.0,
        "µs" | "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => return None,
    };
    let value: f64 = value.parse().ok()?;
    // "NaN" and "inf" parse as floats, but are no time.
    value.is_finite().then_some(value * scale)
}

/// What the two estimates say about `after` compared with `before`.
pub fn compare(before: &Estimate, after: &Estimate) -> Verdict {
    if after.high < before.low {
        Verdict::Faster
    } else if after.low > before.high {
        Verdict::Slower
    } else {
        Verdict::Unclear
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/criterion/read_report.rs"]
mod tests;
