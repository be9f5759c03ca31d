//! Reading `table[secret]` takes a path through memory that depends on the
//! secret: which cache line is loaded can be measured by another process on
//! the same machine (cache-timing attacks on table-based AES worked this
//! way). Write `ct_get`, which reads *every* entry and keeps the one at
//! `secret_index` with `ConditionallySelectable::conditional_select` (or
//! `conditional_assign`), choosing by `i.ct_eq(&secret_index)`, with no
//! `if` and no indexing by the secret. An index past the end gives
//! `T::default()`, after reading every entry all the same.
//!
//! The tests count calls of `conditional_select`: once per entry, whatever
//! the index.

use subtle::{ConditionallySelectable, ConstantTimeEq};
/// `table[secret_index]` (or `T::default()`), reading every entry.
pub fn ct_get<T: ConditionallySelectable + Default>(table: &[T], secret_index: usize) -> T {
    let _ = secret_index.ct_eq(&secret_index);
    todo!("select from {} entries", table.len())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/ct/lookup.rs"]
mod tests;
