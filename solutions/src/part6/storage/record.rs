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

/// The CRC of a record's length fields and body.
fn checksum(key_len: u32, value_len: u32, key: &[u8], value: &[u8]) -> u32 {
    let mut hasher = Hasher::new();
    hasher.update(&key_len.to_le_bytes());
    hasher.update(&value_len.to_le_bytes());
    hasher.update(key);
    hasher.update(value);
    hasher.finalize()
}

/// Appends `record` to `out`.
pub fn encode(record: &Record, out: &mut Vec<u8>) {
    let (key, value, value_len) = match record {
        Record::Put { key, value } => (key, &value[..], value.len() as u32),
        Record::Delete { key } => (key, &[][..], TOMBSTONE),
    };
    let key_len = key.len() as u32;
    out.extend_from_slice(&checksum(key_len, value_len, key, value).to_le_bytes());
    out.extend_from_slice(&key_len.to_le_bytes());
    out.extend_from_slice(&value_len.to_le_bytes());
    out.extend_from_slice(key);
    out.extend_from_slice(value);
}

/// Reads the `u32` at `at`.
fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
}

/// Decodes the record at the start of `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Option<(Record, usize)>, Corrupt> {
    if bytes.len() < HEADER {
        return Ok(None);
    }
    let stored = u32_at(bytes, 0);
    let key_len = u32_at(bytes, 4);
    let value_len = u32_at(bytes, 8);
    if key_len > MAX_LEN {
        return Err(Corrupt::TooLong { len: key_len });
    }
    if value_len > MAX_LEN && value_len != TOMBSTONE {
        return Err(Corrupt::TooLong { len: value_len });
    }
    let body = key_len as usize
        + if value_len == TOMBSTONE {
            0
        } else {
            value_len as usize
        };
    let len = HEADER + body;
    if bytes.len() < len {
        return Ok(None);
    }
    let key = &bytes[HEADER..HEADER + key_len as usize];
    let value = &bytes[HEADER + key_len as usize..len];
    let computed = checksum(key_len, value_len, key, value);
    if computed != stored {
        return Err(Corrupt::Checksum { stored, computed });
    }
    let record = if value_len == TOMBSTONE {
        Record::Delete { key: key.to_vec() }
    } else {
        Record::Put {
            key: key.to_vec(),
            value: value.to_vec(),
        }
    };
    Ok(Some((record, len)))
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/storage/record.rs"]
mod tests;
