//! A checksum over every byte of a buffer has two kernels below: a scalar
//! loop that runs on any processor, and an AVX2 loop that adds 32 bytes per
//! instruction but may only run on a processor that has AVX2. Programs are
//! built for the baseline x86-64 (SSE2 only), so the choice must be made at
//! run time.
//!
//! Write the two functions at the top:
//!
//! - `checksum_on(avx2, bytes)` runs the AVX2 kernel when `avx2` is true
//!   (and the target is x86-64), and the scalar kernel otherwise. Calling a
//!   `#[target_feature]` function from code compiled without that feature
//!   is `unsafe`: write the `SAFETY:` comment that says what makes it sound.
//! - `checksum(bytes)` asks the processor, once per call, with
//!   `is_x86_feature_detected!("avx2")`, and passes the answer on. On other
//!   architectures (the macro exists only on x86 and x86-64) it uses the
//!   scalar kernel: use `#[cfg(target_arch = "x86_64")]`.
//!
//! The tests compare both with the scalar result on every length from 0 to
//! 200, check which kernel ran (`last_kernel()`), and that `avx2 = false`
//! never runs the AVX2 kernel: that is the path a processor without AVX2
//! takes.

/// The checksum of `bytes`, with the AVX2 kernel when `avx2` is true.
///
/// `avx2` must only be true on a processor that has AVX2.
pub fn checksum_on(avx2: bool, bytes: &[u8]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if avx2 {
        // SAFETY: the caller promises that this processor has AVX2, the
        // only requirement of `checksum_avx2`.
        return unsafe { checksum_avx2(bytes) };
    }
    // Only read on x86-64; elsewhere AVX2 does not exist.
    let _ = avx2;
    checksum_scalar(bytes)
}

/// The checksum of `bytes`, with the fastest kernel this processor runs.
pub fn checksum(bytes: &[u8]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    let avx2 = is_x86_feature_detected!("avx2");
    #[cfg(not(target_arch = "x86_64"))]
    let avx2 = false;
    checksum_on(avx2, bytes)
}

/// Which kernel ran last on this thread (for the tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kernel {
    /// The portable loop.
    Scalar,
    /// The AVX2 loop.
    Avx2,
}

thread_local! {
    static LAST: std::cell::Cell<Option<Kernel>> = const { std::cell::Cell::new(None) };
}

/// The kernel that ran last on this thread, if any.
pub fn last_kernel() -> Option<Kernel> {
    LAST.with(|last| last.get())
}

/// The sum of the bytes, one at a time. Works everywhere.
pub fn checksum_scalar(bytes: &[u8]) -> u64 {
    LAST.with(|last| last.set(Some(Kernel::Scalar)));
    bytes.iter().map(|&b| u64::from(b)).sum()
}

/// The sum of the bytes, 32 at a time with AVX2.
///
/// # Safety
///
/// Only for processors that have AVX2: on any other, running it is
/// undefined behavior (in practice, the process dies of an illegal
/// instruction). Calling it from code without AVX2 enabled is `unsafe`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
pub fn checksum_avx2(bytes: &[u8]) -> u64 {
    use std::arch::x86_64::*;
    LAST.with(|last| last.set(Some(Kernel::Avx2)));
    let (chunks, tail) = bytes.as_chunks::<32>();
    let mut total = _mm256_setzero_si256();
    for chunk in chunks {
        // SAFETY: `chunk` has 32 readable bytes; `loadu` accepts any
        // alignment.
        let v = unsafe { _mm256_loadu_si256(chunk.as_ptr().cast()) };
        // Sums of absolute differences against zero: the sum of each group
        // of 8 bytes, in four 64-bit lanes.
        total = _mm256_add_epi64(total, _mm256_sad_epu8(v, _mm256_setzero_si256()));
    }
    let mut lanes = [0u64; 4];
    // SAFETY: `lanes` has room for 32 bytes.
    unsafe { _mm256_storeu_si256(lanes.as_mut_ptr().cast(), total) };
    lanes.iter().sum::<u64>() + tail.iter().map(|&b| u64::from(b)).sum::<u64>()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/simd/dispatch.rs"]
mod tests;
