//! These four functions work out sizes for a storage service. They are
//! right for everyday inputs, but the values come from users, and large ones
//! break them: the tests crash with "attempt to ... with overflow", and a
//! release build returns small, wrong numbers without complaint.
//!
//! Make every function correct for every input, as its doc comment says.
//! Keep the signatures. None of them may panic or wrap around.

/// The total size of all `parts` in bytes, or `None` if the total does not
/// fit in a `u64`. No parts give `Some(0)`.
pub fn total_size(parts: &[u64]) -> Option<u64> {
    parts
        .iter()
        .try_fold(0u64, |total, &part| total.checked_add(part))
}

/// The size of a table file: a `header` of bytes, then `rows` rows of
/// `row_len` bytes each. `None` if that does not fit in a `u64`.
pub fn table_size(header: u64, rows: u64, row_len: u64) -> Option<u64> {
    rows.checked_mul(row_len)?.checked_add(header)
}

/// How many bytes of a `quota` are still free after `used` bytes. A user
/// who is over the quota has 0 bytes left.
pub fn remaining(quota: u64, used: u64) -> u64 {
    quota.saturating_sub(used)
}

/// `percent` percent of `value`, rounded down: `value * percent / 100`.
/// `percent` may be more than 100. `None` only if the *result* does not fit
/// in a `u64`; `percent_of(u64::MAX, 50)` is `Some(u64::MAX / 2)`.
pub fn percent_of(value: u64, percent: u64) -> Option<u64> {
    // The product of two u64s always fits in a u128; only the final result
    // has to fit back into a u64.
    let exact = u128::from(value) * u128::from(percent) / 100;
    u64::try_from(exact).ok()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/memory_safety/checked_sizes.rs"]
mod tests;
