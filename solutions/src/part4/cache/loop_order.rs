//! `column_sums` adds up every column of a matrix. The matrix is stored row
//! by row (row-major): element `(r, c)` is at position `r * cols + c`, so
//! the elements of one row are neighbours in memory and the elements of one
//! column are `cols` positions apart.
//!
//! The loop walks the matrix column by column. On a matrix larger than the
//! cache, every read lands on a different cache line, and by the time the
//! next column wants the rest of that line, it has been evicted. Change the
//! loops so that the matrix is read in memory order, row after row, with
//! the results unchanged.
//!
//! The function is generic over [`Cells`] so that the tests can record the
//! order of the reads: they must be `(0, 0), (0, 1), ..., (0, cols - 1),
//! (1, 0), ...`, each element read exactly once.

/// A `rows × cols` matrix, read one element at a time.
pub trait Cells {
    /// The number of rows.
    fn rows(&self) -> usize;
    /// The number of columns.
    fn cols(&self) -> usize;
    /// The element in row `r`, column `c`.
    fn get(&self, r: usize, c: usize) -> u64;
}

/// The sum of every column of `m`: `sums[c]` is the sum of column `c`,
/// wrapping on overflow.
pub fn column_sums(m: &impl Cells) -> Vec<u64> {
    let mut sums = vec![0u64; m.cols()];
    // Row by row: each row's elements are read in memory order, and each
    // is added to its column's sum.
    for r in 0..m.rows() {
        for (c, sum) in sums.iter_mut().enumerate() {
            *sum = sum.wrapping_add(m.get(r, c));
        }
    }
    sums
}

/// A row-major matrix in a `Vec`.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    /// The number of rows.
    pub rows: usize,
    /// The number of columns.
    pub cols: usize,
    /// The elements, row after row: `rows * cols` of them.
    pub data: Vec<u64>,
}

impl Cells for Matrix {
    fn rows(&self) -> usize {
        self.rows
    }
    fn cols(&self) -> usize {
        self.cols
    }
    fn get(&self, r: usize, c: usize) -> u64 {
        self.data[r * self.cols + c]
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/cache/loop_order.rs"]
mod tests;
