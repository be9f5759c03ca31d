//! `is_ascii_text` says whether every byte of a buffer is ASCII (below 128).
//! It is called on every request body a server receives, and a profile
//! shows it near the top. The loop returns as soon as it finds a byte of
//! 128 or more, and a loop with an exit in the middle is one the compiler
//! does not vectorize: it checks one byte per iteration.
//!
//! Rewrite it to test 16 bytes at a time: for every full chunk of 16 bytes
//! (`as_chunks::<16>()` splits a slice into `[u8; 16]` arrays and the bytes
//! left over), OR the bytes together and test the result once;
//! a byte of 128 or more has its top bit set, and so does the OR. Return
//! `false` at the first chunk that fails, and test the bytes left over at
//! the end one by one. Inside a chunk there is no early exit, so the
//! compiler can handle all 16 bytes with one SIMD instruction.
//!
//! Write the loop yourself (the standard library's `<[u8]>::is_ascii`
//! does this for you, which is the right choice in real code). The tests
//! check every length from 0 to 200 with the non-ASCII byte at every
//! position, and compile this file with `rustc -C opt-level=3` to check
//! that the compiled code uses SIMD instructions.

/// Whether every byte of `bytes` is below 128.
pub fn is_ascii_text(bytes: &[u8]) -> bool {
    let (chunks, tail) = bytes.as_chunks::<16>();
    for chunk in chunks {
        // No exit inside the chunk: all 16 bytes are combined, then tested.
        if chunk.iter().fold(0, |acc, &b| acc | b) >= 128 {
            return false;
        }
    }
    tail.iter().all(|&b| b < 128)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/vectorization/all_ascii.rs"]
mod tests;
