//! `rms` is the root mean square of a buffer of audio samples: the square
//! root of the mean of the squares, a measure of loudness that an audio
//! meter computes for every buffer it receives. The buffers are large and
//! every sample gets the same work: data-parallel work, made for SIMD.
//!
//! The obvious `xs.iter().map(|x| x * x).sum()` does not use SIMD: every
//! addition waits for the one before, and the compiler may not reorder
//! float additions (the rounding would change). Rewrite it with eight
//! partial sums of squares, "lanes": split the slice into chunks of eight
//! with `as_chunks::<8>()`, add the square of element `i` of every chunk to
//! lane `i`, then add up the lanes and the squares of the samples left over
//! after the last full chunk. The compiler turns the eight independent
//! multiply-adds into packed instructions by itself (Part IV, "Vectorization
//! strategies", has the details). An empty buffer is silent: its RMS is 0.
//!
//! The tests use samples whose squares add up exactly in any order, so the
//! result must equal the plain computation for every length from 0 to 200.
//! They also compile this file with `rustc -C opt-level=3` and check that
//! `rms` multiplies and adds several floats per instruction (`mulps` and
//! `addps` on x86-64, `fmul`/`fadd v0.4s` on aarch64).

/// The root mean square of `xs` (0 for an empty slice), eight lanes at a
/// time.
pub fn rms(xs: &[f32]) -> f32 {
    if xs.is_empty() {
        return 0.0;
    }
    let squares: f32 = xs.iter().map(|x| x * x).sum();
    (squares / xs.len() as f32).sqrt()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part10/simd/rms.rs"]
mod tests;
