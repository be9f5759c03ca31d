//! This file does not compile: the module tree of a small shop hides what
//! its own modules need. Make it compile by changing **only paths and
//! visibility** (`pub(crate)`, `pub(super)`, `super::`), not what the code
//! does, and without making anything plain `pub` that is not already.
//!
//! - `shop::pricing::line_total` is used by `shop::cart` and by the tests
//!   (which live at the crate root), but by no other crate.
//! - `Cart`'s lines stay private to the `shop` module: `receipt` may read
//!   them, code outside `shop` may not.
//!
//! The tests then check that a line of 10 items or more costs 10% less,
//! that a cart adds up its lines, and what `receipt` prints.

/// A shop: prices, carts and receipts.
pub mod shop {
    /// How a line of a cart is priced.
    mod pricing {
        /// The price of `quantity` items at `unit_cents` each: 10% off
        /// from 10 items on, rounded down to a whole cent.
        fn line_total(unit_cents: u64, quantity: u32) -> u64 {
            let full = unit_cents * u64::from(quantity);
            if quantity >= 10 {
                full - full / 10
            } else {
                full
            }
        }
    }

    /// A shopping cart.
    pub mod cart {
        /// A cart: lines of a unit price and a quantity.
        #[derive(Debug, Default)]
        pub struct Cart {
            lines: Vec<(u64, u32)>,
        }

        impl Cart {
            /// An empty cart.
            pub fn new() -> Self {
                Self::default()
            }

            /// Adds a line of `quantity` items at `unit_cents` each.
            pub fn add(&mut self, unit_cents: u64, quantity: u32) {
                self.lines.push((unit_cents, quantity));
            }

            /// What the whole cart costs, in cents.
            pub fn total_cents(&self) -> u64 {
                self.lines
                    .iter()
                    .map(|&(unit, quantity)| pricing::line_total(unit, quantity))
                    .sum()
            }
        }
    }

    /// One line of text: how many lines the cart has and what it costs.
    pub fn receipt(cart: &cart::Cart) -> String {
        format!("{} line(s), {} cents", cart.lines.len(), cart.total_cents())
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/organization/visibility.rs"]
mod tests;
