//! `swap_halves` swaps the first half of a slice with the last half; for
//! an odd length the middle element stays where it is:
//! `[1, 2, 3, 4, 5]` becomes `[4, 5, 3, 1, 2]`. The version below needs
//! two `&mut` views into one slice and reaches for raw pointers to get
//! them, which this crate forbids, so it does not compile. It is also
//! wrong for odd lengths. Rewrite it in safe Rust: `split_at_mut` gives
//! two non-overlapping `&mut` halves, and `swap_with_slice` swaps them.
#![forbid(unsafe_code)]

/// Swaps the first `len / 2` elements with the last `len / 2`.
pub fn swap_halves(data: &mut [u8]) {
    let mid = data.len() / 2;
    let ptr = data.as_mut_ptr();
    // SAFETY: the two halves do not overlap.
    let (front, back) = unsafe {
        (
            std::slice::from_raw_parts_mut(ptr, mid),
            std::slice::from_raw_parts_mut(ptr.add(mid), mid),
        )
    };
    front.swap_with_slice(back);
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/unsafe_code/halves.rs"]
mod tests;
