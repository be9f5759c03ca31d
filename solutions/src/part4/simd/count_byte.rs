//! `count(haystack, needle)` counts how many bytes of `haystack` equal
//! `needle`: the newlines of a file, the commas of a CSV line. Write it
//! with SSE2 intrinsics from `std::arch::x86_64`, 16 bytes per step:
//!
//! - `_mm_set1_epi8(needle as i8)` fills a register with 16 copies of the
//!   needle;
//! - `_mm_loadu_si128(ptr)` loads 16 bytes from any address (it is `unsafe`:
//!   you promise that 16 bytes are readable there);
//! - `_mm_cmpeq_epi8(a, b)` sets each byte lane to `0xFF` where `a` and `b`
//!   are equal, `0` elsewhere;
//! - `_mm_movemask_epi8(v)` gathers the top bit of each lane into the low
//!   16 bits of an `i32`, so `count_ones()` of it is the number of matches.
//!
//! Every x86-64 processor has SSE2, so no run-time detection is needed.
//! Still, the intrinsics are safe to call only inside a function marked
//! `#[target_feature(enable = "sse2")]` (rustc does not count the target's
//! baseline), and calling that function from `count` takes an `unsafe`
//! block whose `SAFETY:` comment says why the processor has SSE2. Count the
//! bytes after the last full chunk of 16 one by one. On other architectures, use the scalar loop
//! (`#[cfg(target_arch = "x86_64")]` and `#[cfg(not(...))]`).
//!
//! The tests compare with the scalar count on every length from 0 to 200
//! and every alignment, and compile this file with `rustc -C opt-level=3`
//! to check that the compiled `count` compares 16 bytes at once
//! (`pcmpeqb`) and uses the movemask (`pmovmskb`).

/// The number of bytes of `haystack` equal to `needle`.
#[cfg(target_arch = "x86_64")]
pub fn count(haystack: &[u8], needle: u8) -> usize {
    // SAFETY: SSE2 is part of x86-64 itself: every processor this code can
    // run on has it.
    unsafe { count_sse2(haystack, needle) }
}

/// `count`, 16 bytes per step.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse2")]
fn count_sse2(haystack: &[u8], needle: u8) -> usize {
    use std::arch::x86_64::{_mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8};

    let (chunks, tail) = haystack.as_chunks::<16>();
    let wanted = _mm_set1_epi8(needle as i8);
    let mut total = 0;
    for chunk in chunks {
        // SAFETY: `chunk` has 16 readable bytes, and `loadu` accepts any
        // alignment.
        let bytes = unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) };
        let mask = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, wanted));
        total += mask.count_ones() as usize;
    }
    total + tail.iter().filter(|&&b| b == needle).count()
}

/// The number of bytes of `haystack` equal to `needle`.
#[cfg(not(target_arch = "x86_64"))]
pub fn count(haystack: &[u8], needle: u8) -> usize {
    haystack.iter().filter(|&&b| b == needle).count()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/simd/count_byte.rs"]
mod tests;
