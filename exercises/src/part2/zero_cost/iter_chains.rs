//! Each function below comes with the hand-written index loop it replaces
//! (the `_loop` function next to it). Write each one as a single iterator
//! chain that returns exactly what its loop returns, for every input,
//! including empty slices, single elements and odd lengths.
//!
//! Keep every chain in one piece: the tests check that no function touches the
//! heap, so collecting into a `Vec` along the way fails them. Widen values
//! before you multiply or add them, as the loops do, so that extreme values
//! do not overflow. Leave the `_loop` functions as they are: the tests
//! compare your chains with them.

/// `1 * bytes[0] + 2 * bytes[1] + 3 * bytes[2] + …`: each byte times its
/// position counted from one.
pub fn checksum(bytes: &[u8]) -> u64 {
    todo!("checksum of {bytes:?} as an iterator chain")
}

/// The loop `checksum` replaces.
#[allow(clippy::needless_range_loop)] // course:hide
pub fn checksum_loop(bytes: &[u8]) -> u64 {
    let mut sum = 0;
    for i in 0..bytes.len() {
        sum += (i as u64 + 1) * u64::from(bytes[i]);
    }
    sum
}

/// How many values are greater than the value just before them.
pub fn count_rises(values: &[i32]) -> usize {
    todo!("count the rises in {values:?} with an iterator chain")
}

/// The loop `count_rises` replaces.
pub fn count_rises_loop(values: &[i32]) -> usize {
    let mut rises = 0;
    for i in 1..values.len() {
        if values[i] > values[i - 1] {
            rises += 1;
        }
    }
    rises
}

/// The largest distance between two neighboring values, or `None` when
/// there are fewer than two values.
pub fn largest_gap(values: &[i32]) -> Option<u32> {
    todo!("find the largest gap in {values:?} with an iterator chain")
}

/// The loop `largest_gap` replaces.
pub fn largest_gap_loop(values: &[i32]) -> Option<u32> {
    let mut largest = None;
    for i in 1..values.len() {
        let gap = values[i].abs_diff(values[i - 1]);
        if largest.is_none_or(|best| gap > best) {
            largest = Some(gap);
        }
    }
    largest
}

/// `values[0] - values[1] + values[2] - values[3] + …`
pub fn alternating_sum(values: &[i32]) -> i64 {
    todo!("the alternating sum of {values:?} as an iterator chain")
}

/// The loop `alternating_sum` replaces.
#[allow(clippy::needless_range_loop)] // course:hide
pub fn alternating_sum_loop(values: &[i32]) -> i64 {
    let mut sum = 0;
    for i in 0..values.len() {
        if i % 2 == 0 {
            sum += i64::from(values[i]);
        } else {
            sum -= i64::from(values[i]);
        }
    }
    sum
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/zero_cost/iter_chains.rs"]
mod tests;
