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
///
/// A `String`, not a `&str` borrowed from `text`: the glue copies `text`
/// into the module's memory for the call and frees it afterwards, so
/// nothing borrowed from it can outlive the call.
#[wasm_bindgen]
pub fn first_word(text: &str) -> String {
    text.split_whitespace().next().unwrap_or("").to_string()
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
///
/// Tuples have no JavaScript counterpart; an exported struct does (a class
/// with a getter per public `Copy` field).
#[wasm_bindgen]
pub fn extent(values: &[f64]) -> Option<Extent> {
    let (&first, rest) = values.split_first()?;
    let (min, max) = rest
        .iter()
        .fold((first, first), |(min, max), &v| (min.min(v), max.max(v)));
    Some(Extent { min, max })
}

/// Every value of `values` times `factor`.
///
/// One concrete element type: the glue is generated for each exported
/// function once, so it cannot be generic.
#[wasm_bindgen]
pub fn scale(values: &[f64], factor: f64) -> Vec<f64> {
    values.iter().map(|&v| v * factor).collect()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/wasm_bindgen/exportable.rs"]
mod tests;
