//! A dashboard shows the three largest values of a series, many times a
//! second. The easy way, copying the series into a `Vec`, sorting it and
//! taking three, allocates a heap buffer as large as the series on every
//! call. Write `top_three` with a fixed-size array on the stack instead:
//! one pass over `values`, keeping the three largest seen so far.
//!
//! The result holds the three largest values in descending order
//! (duplicates count separately: `[5, 5, 1]` gives `[Some(5), Some(5),
//! Some(1)]`), with `None` for the places a short series cannot fill.
//!
//! The tests count allocations: `top_three` must make none.

/// The three largest values, largest first.
pub type TopThree = [Option<u32>; 3];
/// The three largest of `values`, without allocating.
pub fn top_three(values: &[u32]) -> TopThree {
    let mut top: TopThree = [None; 3];
    for &value in values {
        // Insert `value` at its place and push the smaller ones down;
        // `None` sorts below every `Some`, so empty places fill first.
        let mut carried = Some(value);
        for slot in &mut top {
            if carried > *slot {
                std::mem::swap(slot, &mut carried);
            }
        }
    }
    top
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part10/stack/top_three.rs"]
mod tests;
