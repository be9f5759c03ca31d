//! This crate forbids `unsafe` (the attribute below), but `read_u32_le`
//! still uses it, so it does not compile. Rewrite it in safe Rust with the
//! same behavior: the little-endian `u32` in the 4 bytes at `offset`, or
//! `None` if they are not all inside `bytes`. The unsafe version also has
//! a bug the safe one must not have: `offset + 4` overflows for offsets
//! near `usize::MAX` (a panic in debug builds, an out-of-bounds read in
//! release builds); any offset must give `None`, not a panic.
#![forbid(unsafe_code)]

/// The little-endian `u32` at `offset`, if the 4 bytes are in bounds.
pub fn read_u32_le(bytes: &[u8], offset: usize) -> Option<u32> {
    let end = offset.checked_add(4)?;
    let chunk: [u8; 4] = bytes.get(offset..end)?.try_into().ok()?;
    Some(u32::from_le_bytes(chunk))
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part11/unsafe_code/read_u32.rs"]
mod tests;
