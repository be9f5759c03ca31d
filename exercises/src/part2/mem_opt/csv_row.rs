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
    todo!("does {field:?} need quotes?")
}

/// The number of bytes `field` takes up in the row, quotes included.
pub fn encoded_len(field: &str) -> usize {
    todo!("how many bytes does {field:?} take once encoded?")
}

/// Joins `fields` into one CSV row.
pub fn csv_row(fields: &[&str]) -> String {
    todo!("build the row for {fields:?} with one allocation")
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/mem_opt/csv_row.rs"]
mod tests;
