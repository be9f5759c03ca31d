//! A chapter that says "3.2× faster" should be able to say how sure it is.
//! Criterion gives each result as a confidence interval: a lower bound, an
//! estimate and an upper bound for the time of one iteration. From two
//! such intervals, write:
//!
//! - `speedup(before, after)`: the estimated speed-up `before.mid /
//!   after.mid`, and the range it may lie in: from the most pessimistic
//!   pairing (`before.low / after.high`) to the most optimistic
//!   (`before.high / after.low`);
//! - `throughput(bytes, time)`: bytes per second, as a `Range` of the same
//!   shape, for an iteration that processes `bytes` bytes in `time`
//!   nanoseconds (the fastest time gives the highest throughput);
//! - `Range::is_clear_gain`: whether even the pessimistic end is above 1,
//!   so that the speed-up does not depend on luck.
//!
//! All times are in nanoseconds and positive.

/// A criterion estimate: bounds and estimate, in nanoseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// The lower bound.
    pub low: f64,
    /// The estimate.
    pub mid: f64,
    /// The upper bound.
    pub high: f64,
}

/// A derived quantity with its pessimistic and optimistic ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// The pessimistic end (the smallest value).
    pub low: f64,
    /// The estimate.
    pub mid: f64,
    /// The optimistic end (the largest value).
    pub high: f64,
}

impl Range {
    /// Whether the whole range lies above 1.
    pub fn is_clear_gain(&self) -> bool {
        self.low > 1.0
    }
}

/// How many times faster `after` is than `before`.
pub fn speedup(before: &Estimate, after: &Estimate) -> Range {
    // A quotient is smallest with the smallest numerator over the largest
    // denominator.
    Range {
        low: before.low / after.high,
        mid: before.mid / after.mid,
        high: before.high / after.low,
    }
}

/// Bytes per second, for `bytes` bytes per iteration taking `time`.
pub fn throughput(bytes: u64, time: &Estimate) -> Range {
    let per_ns = bytes as f64 * 1e9;
    Range {
        low: per_ns / time.high,
        mid: per_ns / time.mid,
        high: per_ns / time.low,
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/criterion/speedup.rs"]
mod tests;
