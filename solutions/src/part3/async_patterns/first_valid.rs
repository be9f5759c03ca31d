//! Write `first_valid(readings, n)`: the first `n` readings of a sensor that
//! are usable, in the order they arrive.
//!
//! - A reading is `Ok(celsius)` or `Err(message)` when the sensor failed.
//!   Skip the errors, and skip values outside `-50.0..=60.0`, which a
//!   working sensor never reports.
//! - Stop reading as soon as you have `n` values: the stream may never end,
//!   and every reading you take is lost to other readers. `n == 0` reads
//!   nothing.
//! - If the stream ends first, return the usable readings it had.
//!
//! Use the adapters of `tokio_stream::StreamExt`.

use tokio_stream::{Stream, StreamExt};

/// The lowest and highest temperature a working sensor reports.
pub const RANGE: std::ops::RangeInclusive<f64> = -50.0..=60.0;

/// The first `n` usable readings, in order.
pub async fn first_valid<S>(readings: S, n: usize) -> Vec<f64>
where
    S: Stream<Item = Result<f64, String>> + Unpin,
{
    readings
        .filter_map(Result::ok)
        .filter(|celsius| RANGE.contains(celsius))
        .take(n)
        .collect()
        .await
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/async_patterns/first_valid.rs"]
mod tests;
