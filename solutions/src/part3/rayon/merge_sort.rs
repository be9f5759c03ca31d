//! Write `merge_sort`, a parallel merge sort built on `rayon::join`. Split
//! the slice into two halves, sort both halves at the same time with
//! `rayon::join`, then merge them with `merge` (written for you) and copy
//! the merged elements back into the slice.
//!
//! Splitting and joining cost more than they save on short slices. A slice
//! of at most `CUTOFF` elements is sorted right where you are, with the
//! standard library's `sort`, without going through Rayon at all.
//!
//! The result must be what `slice::sort` gives, including its stability:
//! elements that compare equal keep their order. Do not call Rayon's
//! `par_sort`.

/// Slices of at most this many elements are sorted sequentially.
pub const CUTOFF: usize = 1_000;

/// Sorts `v` in parallel, stably.
pub fn merge_sort<T: Ord + Clone + Send>(v: &mut [T]) {
    if v.len() <= CUTOFF {
        v.sort();
        return;
    }
    let mid = v.len() / 2;
    let (left, right) = v.split_at_mut(mid);
    rayon::join(|| merge_sort(left), || merge_sort(right));
    let mut merged = Vec::with_capacity(v.len());
    merge(&v[..mid], &v[mid..], &mut merged);
    v.clone_from_slice(&merged);
}

/// Appends the elements of the sorted slices `left` and `right` to `out`,
/// in sorted order. On a tie the element from `left` comes first, which
/// keeps the sort stable.
pub fn merge<T: Ord + Clone>(left: &[T], right: &[T], out: &mut Vec<T>) {
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if right[j] < left[i] {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part3/rayon/merge_sort.rs"]
mod tests;
