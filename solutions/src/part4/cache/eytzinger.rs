//! A binary search on a large sorted array is a chain of cache misses: its
//! first probes are far apart, and each depends on the one before. The
//! *Eytzinger layout* stores the same values in the order of a
//! breadth-first walk of the search tree: the root (the middle element)
//! first, then the middles of the two halves, then the four quarters, and so
//! on. The children of position `k` are at `2k + 1` and `2k + 2`, so the top
//! levels of every search share a few cache lines, and the two candidates
//! for the next step sit side by side.
//!
//! Write the three functions of [`Eytzinger`]:
//!
//! - `new` fills the layout from a sorted slice. Fill it with an in-order
//!   walk of the implicit tree: visit the left child `2k + 1`, then give
//!   position `k` the next element of `sorted`, then visit `2k + 2`. For
//!   `[1, 2, 3, 4, 5, 6, 7]` the layout is `[4, 2, 6, 1, 3, 5, 7]`; this walk
//!   also works when the length is not a power of two minus one.
//! - `contains(x)` starts at `k = 0` and goes to `2k + 1` when `x` is
//!   smaller than the value at `k`, to `2k + 2` when it is larger, until it
//!   finds `x` or leaves the array.
//! - `lower_bound(x)` returns the smallest value that is `>= x`, or `None`
//!   when every value is smaller. Walk down as in `contains`, remembering
//!   the last value `>= x` you stepped left from.
//!
//! The tests compare with the sorted slice on random inputs of every length
//! from 0 to 200, with duplicates.

/// Sorted values in Eytzinger (breadth-first) order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eytzinger {
    tree: Vec<u32>,
}

impl Eytzinger {
    /// The Eytzinger layout of `sorted`, which must be sorted in
    /// non-decreasing order.
    pub fn new(sorted: &[u32]) -> Eytzinger {
        /// Gives the positions of the subtree under `k` the next values of
        /// `sorted`, in order: left subtree, `k` itself, right subtree.
        fn fill(sorted: &[u32], tree: &mut [u32], next: &mut usize, k: usize) {
            if k < tree.len() {
                fill(sorted, tree, next, 2 * k + 1);
                tree[k] = sorted[*next];
                *next += 1;
                fill(sorted, tree, next, 2 * k + 2);
            }
        }
        let mut tree = vec![0; sorted.len()];
        fill(sorted, &mut tree, &mut 0, 0);
        Eytzinger { tree }
    }

    /// The values, in layout order.
    pub fn as_slice(&self) -> &[u32] {
        &self.tree
    }

    /// Whether `x` is one of the values.
    pub fn contains(&self, x: u32) -> bool {
        let mut k = 0;
        while let Some(&value) = self.tree.get(k) {
            if value == x {
                return true;
            }
            k = 2 * k + if x < value { 1 } else { 2 };
        }
        false
    }

    /// The smallest value that is at least `x`, if any.
    pub fn lower_bound(&self, x: u32) -> Option<u32> {
        let mut k = 0;
        let mut best = None;
        while let Some(&value) = self.tree.get(k) {
            if value >= x {
                // A candidate; anything smaller that still qualifies is in
                // the left subtree.
                best = Some(value);
                k = 2 * k + 1;
            } else {
                k = 2 * k + 2;
            }
        }
        best
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/cache/eytzinger.rs"]
mod tests;
