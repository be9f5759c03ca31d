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
    use std::fmt::Write as _;
    let mut out = format!("Invoice #{} for {}\n", invoice.number, invoice.customer);
    if invoice.lines.is_empty() {
        out.push_str("(no items)\n");
    }
    let mut total = 0;
    for line in &invoice.lines {
        let line_total = u64::from(line.quantity) * line.unit_cents;
        total += line_total;
        let _ = writeln!(
            out,
            "{:>3} x {:<20} @ {:>7} = {:>8}",
            line.quantity,
            line.item,
            euros(line.unit_cents),
            euros(line_total)
        );
    }
    let _ = writeln!(out, "Total: {}", euros(total));
    out
}

/// `350` as `"3.50"`.
fn euros(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/properties/invoice.rs"]
mod tests;
