//! Write `transpose`: copy a `rows × cols` matrix into a `cols × rows` one,
//! so that `dst(c, r) = src(r, c)`, walking the matrix in square tiles.
//!
//! Both matrices are row-major. Reading `src` row by row is in memory
//! order, but then the writes go down a column of `dst`, each on a cache
//! line of its own; on a large matrix those lines are evicted before the
//! next row comes back to fill them. Instead, cut the matrix into
//! `tile × tile` blocks and transpose one block at a time: the `tile` lines
//! of `dst` that a block writes stay in the cache until the block is done.
//! Blocks at the right and bottom edges are smaller when `tile` does not
//! divide the size.
//!
//! The tests check the result for many shapes and tile sizes, and count
//! the cache misses of a 256 × 256 transpose with `tile = 16` in a
//! simulated cache of 64 lines of 64 bytes: a transpose that goes row by
//! row misses about 70,000 times, a tiled one about 8,200.

/// A matrix the transpose reads, row-major.
pub trait Read {
    /// The number of rows.
    fn rows(&self) -> usize;
    /// The number of columns.
    fn cols(&self) -> usize;
    /// The element in row `r`, column `c`.
    fn get(&self, r: usize, c: usize) -> u32;
}

/// A matrix the transpose writes, row-major.
pub trait Write {
    /// Sets the element in row `r`, column `c`.
    fn set(&mut self, r: usize, c: usize, value: u32);
}

/// Writes the transpose of `src` into `dst` (which has `src.cols()` rows
/// and `src.rows()` columns), one `tile × tile` block at a time.
///
/// # Panics
///
/// If `tile` is 0.
pub fn transpose(src: &impl Read, dst: &mut impl Write, tile: usize) {
    assert!(tile > 0, "the tile size must be at least 1");
    let (rows, cols) = (src.rows(), src.cols());
    for r0 in (0..rows).step_by(tile) {
        for c0 in (0..cols).step_by(tile) {
            // One block: its rows of `src` and its rows of `dst` (the
            // block's columns) are `tile` cache lines each, used while they
            // are still in the cache.
            for r in r0..(r0 + tile).min(rows) {
                for c in c0..(c0 + tile).min(cols) {
                    dst.set(c, r, src.get(r, c));
                }
            }
        }
    }
}
// course:hide-start

/// A row-major matrix in a `Vec`.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    /// The number of rows.
    pub rows: usize,
    /// The number of columns.
    pub cols: usize,
    /// The elements, row after row.
    pub data: Vec<u32>,
}

impl Matrix {
    /// A `rows × cols` matrix of zeros.
    pub fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix {
            rows,
            cols,
            data: vec![0; rows * cols],
        }
    }
}

impl Read for Matrix {
    fn rows(&self) -> usize {
        self.rows
    }
    fn cols(&self) -> usize {
        self.cols
    }
    fn get(&self, r: usize, c: usize) -> u32 {
        self.data[r * self.cols + c]
    }
}

impl Write for Matrix {
    fn set(&mut self, r: usize, c: usize, value: u32) {
        self.data[r * self.cols + c] = value;
    }
}
// course:hide-end

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/cache/tiled_transpose.rs"]
mod tests;
