//! `sum` adds up a slice of `f32`. The obvious `xs.iter().sum()` does one
//! addition at a time: each addition needs the result of the one before,
//! and the compiler may not reorder float additions (that would change the
//! rounding), so it cannot use SIMD.
//!
//! Write `sum` with eight independent partial sums, "lanes": element `i` of
//! every chunk of eight goes into lane `i`. At the end, add up the lanes,
//! then the elements left over after the last full chunk (fewer than
//! eight). The eight additions of one chunk no longer depend on each other,
//! and the compiler turns them into packed SIMD additions by itself: no
//! `unsafe`, no intrinsics.
//!
//! The tests use values whose sums are exact in any order, so the result
//! must equal the plain sum for every length from 0 to 200. They also
//! compile this file with `rustc -C opt-level=3` and check that `sum`
//! contains packed float additions (`addps` on x86-64, `fadd v0.4s` on
//! aarch64).

/// The sum of `xs`, computed in eight lanes.
pub fn sum(xs: &[f32]) -> f32 {
    let mut lanes = [0.0f32; 8];
    let (chunks, tail) = xs.as_chunks::<8>();
    for chunk in chunks {
        // `chunk` is a `&[f32; 8]`: its length is part of its type, so the
        // optimizer needs no bounds checks.
        for (lane, &x) in lanes.iter_mut().zip(chunk) {
            *lane += x;
        }
    }
    lanes.iter().sum::<f32>() + tail.iter().sum::<f32>()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/vectorization/lane_sum.rs"]
mod tests;
