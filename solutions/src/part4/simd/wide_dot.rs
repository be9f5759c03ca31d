//! `dot(a, b)` is the dot product of two `f32` slices: the sum of
//! `a[i] * b[i]`. As a plain loop it is one chain of dependent float
//! additions, which the compiler may not reorder, so it runs one element at
//! a time.
//!
//! Write it with the `wide` crate's `f32x8`, a portable type of eight `f32`
//! lanes that compiles to SSE2, AVX or NEON instructions, whichever the
//! target has, with no `unsafe` in your code: for every chunk of eight
//! elements (`as_chunks::<8>()` on both slices), multiply the two vectors
//! and add the product to an `f32x8` accumulator; at the end, add up the
//! accumulator's lanes (`reduce_add`), then the products of the elements
//! left over (fewer than eight).
//!
//! The tests use small whole numbers, whose sums are exact in any order, so
//! the result must equal the plain loop's for every length from 0 to 200.
//! Slices of different lengths are a caller's bug: panic.

use wide::f32x8;

/// The sum of `a[i] * b[i]`, eight lanes at a time.
///
/// # Panics
///
/// If `a` and `b` have different lengths.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len(), "dot of slices of different lengths");
    let (a_chunks, a_tail) = a.as_chunks::<8>();
    let (b_chunks, b_tail) = b.as_chunks::<8>();
    let mut acc = f32x8::ZERO;
    for (&x, &y) in a_chunks.iter().zip(b_chunks) {
        // Each chunk is a `[f32; 8]`, exactly what `f32x8::new` takes.
        acc += f32x8::new(x) * f32x8::new(y);
    }
    let tail: f32 = a_tail.iter().zip(b_tail).map(|(x, y)| x * y).sum();
    acc.reduce_add() + tail
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/simd/wide_dot.rs"]
mod tests;
