//! Write `render`, which prints an invoice as plain text. The expected
//! output is recorded in snapshot files, which are the specification:
//! `exercise-tests/part9/properties/snapshots/*.snap` (the text after the
//! `---` header). In words:
//!
//! - the first line is `Invoice #NUMBER for CUSTOMER`;
//! - then one line per item: the quantity right-aligned in 3 columns,
//!   ` x `, the item name left-aligned in 20 columns, ` @ `, the unit price
//!   right-aligned in 7 columns, ` = `, and the line's total right-aligned
//!   in 8 columns; prices are in cents and printed as euros with two
//!   decimals (`350` is `3.50`);
//! - an invoice without items has the line `(no items)` instead;
//! - the last line is `Total: ` and the sum of the line totals;
//! - every line ends with `\n`.

/// One line of an invoice.
#[derive(Debug, Clone)]
pub struct Line {
    pub item: String,
    pub quantity: u32,
    pub unit_cents: u64,
}

/// An invoice.
#[derive(Debug, Clone)]
pub struct Invoice {
    pub number: u32,
    pub customer: String,
    pub lines: Vec<Line>,
}

/// The invoice as text.
pub fn render(invoice: &Invoice) -> String {
    todo!("render invoice #{}", invoice.number)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/properties/invoice.rs"]
mod tests;
