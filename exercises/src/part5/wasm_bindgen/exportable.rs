//! These three functions are meant for JavaScript, but `#[wasm_bindgen]`
//! rejects each of them. Make them compile by giving them types that can
//! cross the boundary, without changing what they compute or their
//! parameters' names:
//!
//! - `first_word` returns the first whitespace-separated word of `text`, or
//!   `""` when there is none. Keep its parameter a `&str`.
//! - `extent` returns the smallest and the largest of `values` as an
//!   `Extent` (JavaScript reads its `min` and `max` as properties), or `None`
//!   when `values` is empty (JavaScript gets `undefined`).
//! - `scale` multiplies every value by `factor` and returns the results, in
//!   order. JavaScript passes a `Float64Array`; a function it can call has no
//!   type parameters.

use wasm_bindgen::prelude::*;

/// The first word of `text`.
#[wasm_bindgen]
pub fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// The smallest and the largest of some numbers.
#[wasm_bindgen]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    /// The smallest value.
    pub min: f64,
    /// The largest value.
    pub max: f64,
}

/// The smallest and the largest of `values`, or `None` when it is empty.
#[wasm_bindgen]
pub fn extent(values: &[f64]) -> Option<(f64, f64)> {
    let (&first, rest) = values.split_first()?;
    Some(
        rest.iter()
            .fold((first, first), |(min, max), &v| (min.min(v), max.max(v))),
    )
}

/// Every value of `values` times `factor`.
#[wasm_bindgen]
pub fn scale<T: Copy + Into<f64>>(values: &[T], factor: f64) -> Vec<f64> {
    values.iter().map(|&v| v.into() * factor).collect()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/wasm_bindgen/exportable.rs"]
mod tests;
