//! `inventory` grew as one flat module: the item type, the parser, the
//! stock and the report all sit side by side, and everything is public.
//! The tests (and the rest of the program) now use a layered tree. This
//! file does not compile until you move the code there. Change where
//! things live, not what they do:
//!
//! - `inventory::model`: `Item` (the domain type; no parsing, no I/O).
//! - `inventory::parse`: `parse_line`, `ParseError`. `parse_cents` is a
//!   detail of parsing: it stays private to `parse`.
//! - `inventory::stock`: `Stock` and its methods. Its map is private.
//! - `inventory::report`: `summary`.
//! - `inventory` itself: `load`, and the re-exports `Item`, `Stock` and
//!   `ParseError`, so that callers can write `inventory::Item`.
//!
//! What it does (the tests check it): a line is `sku,quantity,price`, the
//! price with exactly two decimals (`"3.50"`); blank lines are skipped;
//! a malformed line gives an error naming its line number (from 1);
//! adding an item whose SKU is in stock adds to its quantity and keeps the
//! latest price.

/// Stock-keeping: items, parsing, stock and reports.
pub mod inventory {
    pub use model::Item;
    pub use parse::ParseError;
    pub use stock::Stock;

    /// The domain types.
    pub mod model {
        /// An item in stock.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Item {
            /// The stock-keeping unit, such as `"BOLT-M6"`.
            pub sku: String,
            /// How many are in stock.
            pub quantity: u32,
            /// The price of one, in cents.
            pub unit_cents: u64,
        }
    }

    /// Reading items from text.
    pub mod parse {
        use super::model::Item;

        /// A line that is not `sku,quantity,price`.
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
        #[error("line {line}: {reason}")]
        pub struct ParseError {
            /// The line's number, from 1.
            pub line: usize,
            /// What is wrong with it.
            pub reason: String,
        }

        /// Parses one line; `line` is its number, for the error.
        pub fn parse_line(text: &str, line: usize) -> Result<Item, ParseError> {
            let error = |reason: &str| ParseError {
                line,
                reason: reason.to_string(),
            };
            let mut fields = text.split(',').map(str::trim);
            let (Some(sku), Some(quantity), Some(price), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(error("expected sku,quantity,price"));
            };
            if sku.is_empty() {
                return Err(error("empty SKU"));
            }
            let quantity = quantity
                .parse()
                .map_err(|_| error("the quantity is not a whole number"))?;
            let unit_cents =
                parse_cents(price).ok_or_else(|| error("the price is not like 3.50"))?;
            Ok(Item {
                sku: sku.to_string(),
                quantity,
                unit_cents,
            })
        }

        /// `"3.50"` is 350 cents; anything else without exactly two
        /// decimals is `None`.
        fn parse_cents(text: &str) -> Option<u64> {
            let (units, cents) = text.split_once('.')?;
            let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            if !all_digits(units) || cents.len() != 2 || !all_digits(cents) {
                return None;
            }
            units
                .parse::<u64>()
                .ok()?
                .checked_mul(100)?
                .checked_add(cents.parse().ok()?)
        }
    }

    /// The stock: items by SKU.
    pub mod stock {
        use super::model::Item;
        use std::collections::BTreeMap;

        /// Items by SKU.
        #[derive(Debug, Default)]
        pub struct Stock {
            items: BTreeMap<String, Item>,
        }

        impl Stock {
            /// Adds `item`: to the quantity already in stock, at its new price.
            pub fn add(&mut self, item: Item) {
                match self.items.get_mut(&item.sku) {
                    Some(existing) => {
                        existing.quantity += item.quantity;
                        existing.unit_cents = item.unit_cents;
                    }
                    None => {
                        self.items.insert(item.sku.clone(), item);
                    }
                }
            }

            /// How many of `sku` are in stock (0 if unknown).
            pub fn quantity(&self, sku: &str) -> u32 {
                self.items.get(sku).map_or(0, |item| item.quantity)
            }

            /// The value of the whole stock, in cents.
            pub fn value_cents(&self) -> u64 {
                self.items
                    .values()
                    .map(|item| u64::from(item.quantity) * item.unit_cents)
                    .sum()
            }

            /// The items, by SKU.
            pub fn items(&self) -> impl Iterator<Item = &Item> {
                self.items.values()
            }
        }
    }

    /// Reports for people.
    pub mod report {
        use super::stock::Stock;

        /// One line per item, `SKU × quantity`, then the total value.
        pub fn summary(stock: &Stock) -> String {
            let mut out = String::new();
            for item in stock.items() {
                out.push_str(&format!("{} × {}\n", item.sku, item.quantity));
            }
            let value = stock.value_cents();
            out.push_str(&format!("total {}.{:02}", value / 100, value % 100));
            out
        }
    }

    /// Reads a whole stock from text, one item per line.
    pub fn load(text: &str) -> Result<Stock, ParseError> {
        let mut stock = Stock::default();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            stock.add(parse::parse_line(line, index + 1)?);
        }
        Ok(stock)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/organization/untangle.rs"]
mod tests;
