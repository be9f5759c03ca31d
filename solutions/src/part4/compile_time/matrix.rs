//! A small matrix whose shape is part of its type: `Matrix<R, C>` has `R`
//! rows and `C` columns, stored inline in an array (no heap, no length
//! fields). Because the shapes are types, multiplying a 2 × 3 matrix by
//! anything but a 3 × K one does not compile, and no shape check is left
//! for run time.
//!
//! Write `transpose` (an `R × C` matrix becomes `C × R`) and `mul` (an
//! `R × C` matrix times a `C × K` one is `R × K`, with
//! `out[i][j] = sum over k of self[i][k] * other[k][j]`, wrapping on
//! overflow). The arrays of the result can be built with
//! `std::array::from_fn`, or filled in a zeroed `[[0; N]; M]`.

/// An `R × C` matrix of `i64`, row-major.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matrix<const R: usize, const C: usize>(pub [[i64; C]; R]);

impl<const R: usize, const C: usize> Matrix<R, C> {
    /// The transposed matrix: element `(i, j)` is `self`'s `(j, i)`.
    pub fn transpose(&self) -> Matrix<C, R> {
        Matrix(std::array::from_fn(|i| {
            std::array::from_fn(|j| self.0[j][i])
        }))
    }

    /// The product `self × other`, wrapping on overflow.
    pub fn mul<const K: usize>(&self, other: &Matrix<C, K>) -> Matrix<R, K> {
        // Every index is below a constant the compiler knows, so the
        // bounds checks fold away once the function is inlined.
        Matrix(std::array::from_fn(|i| {
            std::array::from_fn(|j| {
                (0..C).fold(0i64, |sum, k| {
                    sum.wrapping_add(self.0[i][k].wrapping_mul(other.0[k][j]))
                })
            })
        }))
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/compile_time/matrix.rs"]
mod tests;
