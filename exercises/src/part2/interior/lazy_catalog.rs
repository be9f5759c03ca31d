//! A `Catalog` is built from the text of a price list, one `name=price` line
//! per product. Parsing is expensive, so `Catalog::new` only stores the
//! text. The first call that needs the prices parses it, and every later
//! call, from any thread, reuses that result. Keep the result in the
//! `OnceLock` and count each parse in `parses`: the tests check that the
//! text is parsed exactly once even when several threads ask at the same
//! time, and not at all when nobody asks for a price.
//!
//! `parse` (written for you) does the parsing. Write `prices`, the one place
//! that parses and counts, and then `price`, `product_count` and
//! `is_loaded`. `is_loaded` must not parse anything itself.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A price list that is parsed on first use.
#[allow(dead_code)] // course:hide
pub struct Catalog {
    text: String,
    prices: OnceLock<HashMap<String, u32>>,
    parses: AtomicUsize,
}

impl Catalog {
    /// Stores `text` without parsing it.
    pub fn new(text: &str) -> Self {
        Catalog {
            text: text.to_string(),
            prices: OnceLock::new(),
            parses: AtomicUsize::new(0),
        }
    }

    /// Returns the parsed prices, parsing the text (and counting that) only
    /// the first time.
    #[allow(dead_code)] // course:hide
    fn prices(&self) -> &HashMap<String, u32> {
        todo!(
            "parse the {} bytes of text on the first call only, and count that",
            self.text.len()
        )
    }

    /// Returns the price of `name`, or `None` if the catalog has no such
    /// product.
    pub fn price(&self, name: &str) -> Option<u32> {
        todo!("look up the price of {name:?}")
    }

    /// Returns how many different products the catalog lists.
    pub fn product_count(&self) -> usize {
        todo!("count the products")
    }

    /// Returns whether the text has been parsed yet.
    pub fn is_loaded(&self) -> bool {
        todo!("say whether the text has been parsed, without parsing it")
    }

    /// Returns how many times the text has been parsed.
    pub fn parses(&self) -> usize {
        self.parses.load(Ordering::Relaxed)
    }
}

/// Parses `name=price` lines. Blank lines and lines that do not parse are
/// skipped; names and prices are trimmed; a later line for a name replaces
/// an earlier one.
#[allow(dead_code)] // course:hide
fn parse(text: &str) -> HashMap<String, u32> {
    text.lines()
        .filter_map(|line| {
            let (name, price) = line.split_once('=')?;
            let name = name.trim();
            let price = price.trim().parse().ok()?;
            (!name.is_empty()).then(|| (name.to_string(), price))
        })
        .collect()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/interior/lazy_catalog.rs"]
mod tests;
