//! An order book keeps `Order`s, whose hot fields (price, quantity, side)
//! are read by every pass over the book and whose cold fields (the
//! customer's note, the client id) almost never are. Each `Order` is 72
//! bytes, so a pass that reads 9 bytes of each drags whole cache lines
//! of cold data through the cache. Store the hot fields as columns instead
//! (a struct of arrays):
//!
//! - `Columns::from_orders(orders)`: one entry per order in each column, in
//!   the same order;
//! - `Columns::buy_value()`: the sum of `price_cents * quantity` over the
//!   buy orders, as a `u64`, reading only the columns;
//! - `Columns::len()`.
//!
//! The tests compare with a reference computed from the orders, and check
//! the columns' element sizes with `size_of`.

/// Buy or sell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Buy,
    Sell,
}

/// One order, with hot and cold fields together.
#[derive(Debug, Clone)]
pub struct Order {
    pub price_cents: u32,
    pub quantity: u32,
    pub side: Side,
    pub client_id: String,
    pub note: String,
    pub created_at: u64,
}

/// The hot fields of many orders, one column each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Columns {
    pub price_cents: Vec<u32>,
    pub quantity: Vec<u32>,
    pub side: Vec<Side>,
}
impl Columns {
    /// The hot fields of `orders`, as columns.
    pub fn from_orders(orders: &[Order]) -> Columns {
        todo!("split {} orders into columns", orders.len())
    }

    /// The value of the buy orders, in cents.
    pub fn buy_value(&self) -> u64 {
        todo!("sum over {} orders", self.side.len())
    }

    /// The number of orders.
    pub fn len(&self) -> usize {
        todo!()
    }

    /// Whether there are no orders.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part10/locality/columns.rs"]
mod tests;
