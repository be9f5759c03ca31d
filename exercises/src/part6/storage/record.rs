//! Write the on-disk format of one record of a log-structured key-value
//! store: the first piece of the storage engine of this chapter.
//!
//! | bytes | field                                                        |
//! |-------|--------------------------------------------------------------|
//! | 4     | CRC-32 of everything after it in the record, `u32` LE        |
//! | 4     | key length, `u32` LE                                         |
//! | 4     | value length, `u32` LE; `u32::MAX` marks a delete (no value) |
//! | k     | key                                                          |
//! | v     | value                                                        |
//!
//! - `encode(record, out)` appends the record's bytes to `out`.
//! - `decode(bytes)` reads the record at the start of `bytes`:
//!   - `Ok(Some((record, len)))`: a whole, intact record of `len` bytes;
//!   - `Ok(None)`: `bytes` ends before the record does (a torn write: the
//!     process stopped in the middle of appending it);
//!   - `Err(Corrupt::TooLong { .. })`: a key or value length above
//!     `MAX_LEN`, checked before waiting for (or allocating) the body;
//!   - `Err(Corrupt::Checksum { stored, computed })`: the bytes are all
//!     there but the CRC does not match them.
//!
//! Compute the CRC with `crc32fast::Hasher` (`update` with each part, then
//! `finalize`).

#![allow(dead_code, unused_imports)] // course:hide

use crc32fast::Hasher;

/// The longest key or value, in bytes.
pub const MAX_LEN: u32 = 1 << 20;
/// CRC, key length, value length.
pub const HEADER: usize = 12;
/// The value length that marks a delete.
const TOMBSTONE: u32 = u32::MAX;

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// `key` now holds `value`.
    Put {
        /// The key.
        key: Vec<u8>,
        /// The value.
        value: Vec<u8>,
    },
    /// `key` is gone.
    Delete {
        /// The key.
        key: Vec<u8>,
    },
}

/// Why the bytes at the start of a slice are not a valid record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corrupt {
    /// The CRC stored in the record does not match its contents.
    Checksum {
        /// The CRC in the record's header.
        stored: u32,
        /// The CRC of the bytes that follow it.
        computed: u32,
    },
    /// A length field is above `MAX_LEN`.
    TooLong {
        /// The length found.
        len: u32,
    },
}

/// Appends `record` to `out`.
pub fn encode(record: &Record, out: &mut Vec<u8>) {
    todo!("append {record:?} to {} bytes", out.len())
}

/// Decodes the record at the start of `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Option<(Record, usize)>, Corrupt> {
    todo!("decode the record at the start of {} bytes", bytes.len())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/storage/record.rs"]
mod tests;
