//! CRC-32 (the checksum of zip, gzip and PNG) processes a byte at a time
//! with a table of 256 entries. This file builds the table in a `static`,
//! so that it is computed once, by the compiler, and sits in the binary's
//! read-only data: no start-up work, no `LazyLock`, no locking.
//!
//! It does not compile: a `static`'s initializer runs at compile time, and
//! may only call `const fn`s. Make `crc32_table` a `const fn` and fix what
//! the compiler then reports about its body; keep the table's values. Read
//! each error: they say what is not allowed in a `const fn` and why.

/// The reversed CRC-32 polynomial (IEEE 802.3).
pub const POLYNOMIAL: u32 = 0xEDB8_8320;

/// The lookup table: entry `n` is the CRC of the byte `n` on its own,
/// before the final inversion.
// `for` loops call `Iterator::next`, a trait method, which a `const fn`
// cannot call on stable Rust: the loops are `while` loops over indices.
pub const fn crc32_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut crc = n as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ POLYNOMIAL
            } else {
                crc >> 1
            };
            bit += 1;
        }
        table[n] = crc;
        n += 1;
    }
    table
}

/// The table, computed at compile time.
pub static CRC_TABLE: [u32; 256] = crc32_table();

/// The CRC-32 checksum of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc = (crc >> 8) ^ CRC_TABLE[usize::from((crc as u8) ^ b)];
    }
    !crc
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part4/compile_time/crc_table.rs"]
mod tests;
