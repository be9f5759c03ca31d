//! Write `csv_row`: the fields joined into one line of CSV, built with exactly
//! one heap allocation of exactly the right size.
//!
//! Fields are separated by `,`. A field that contains `,`, `"`, `\n` or `\r`
//! is written between double quotes, and every `"` inside it is doubled:
//! `say "hi"` becomes `"say ""hi"""`. Other fields are written as they are.
//! No line ending is added.
//!
//! Work out the row's length first (`needs_quotes` and `encoded_len` are the
//! two helpers for that), create the `String` with that capacity, and never
//! let it grow: the tests check that `csv_row` makes one allocation of
//! exactly `row.len()` bytes and no reallocation. A row that comes out empty
//! (no fields, or a single empty field) allocates nothing.

/// True when `field` must be written between double quotes.
pub fn needs_quotes(field: &str) -> bool {
    field.contains([',', '"', '\n', '\r'])
}

/// The number of bytes `field` takes up in the row, quotes included.
pub fn encoded_len(field: &str) -> usize {
    if needs_quotes(field) {
        // Two enclosing quotes, plus one extra byte per doubled quote.
        field.len() + field.matches('"').count() + 2
    } else {
        field.len()
    }
}

/// Joins `fields` into one CSV row.
pub fn csv_row(fields: &[&str]) -> String {
    let separators = fields.len().saturating_sub(1);
    let len: usize = fields.iter().map(|field| encoded_len(field)).sum::<usize>() + separators;
    // `with_capacity(0)` does not allocate, so an empty row costs nothing.
    let mut row = String::with_capacity(len);
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            row.push(',');
        }
        if needs_quotes(field) {
            row.push('"');
            for (j, piece) in field.split('"').enumerate() {
                if j > 0 {
                    row.push_str("\"\"");
                }
                row.push_str(piece);
            }
            row.push('"');
        } else {
            row.push_str(field);
        }
    }
    debug_assert_eq!(row.len(), len, "the length computed up front was wrong");
    row
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/mem_opt/csv_row.rs"]
mod tests;
