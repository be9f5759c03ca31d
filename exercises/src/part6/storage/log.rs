//! Write `Store`, a log-structured key-value store (the design of Bitcask):
//! every change is a record appended to one file, and an in-memory index
//! maps each key to where its latest value sits in the file. The record
//! format of the exercise `db-record` is at the bottom of this file,
//! solved (`encode`, `decode`, `Record`, `Corrupt`).
//!
//! - `open(path)` creates the file if needed, reads it from the start, and
//!   rebuilds the index by replaying every record (a `Put` sets the key's
//!   place, a `Delete` removes the key). At the first record that is
//!   incomplete (`Ok(None)` before the end of the file) or corrupt (`Err`),
//!   it stops: everything from there to the end is the torn tail of a write
//!   that never finished. It truncates the file to the last good record
//!   (`set_len`, then `sync_all`) and returns a `Recovery` that says how
//!   many records it kept and what it discarded, where, and why.
//! - `put(key, value)` appends a `Put` record and calls `sync_data` before
//!   it updates the index and returns: once `put` returns `Ok`, the record
//!   survives a crash. If the write fails, truncate the file back to where
//!   it ended, so that no half record stays in the middle of the log.
//! - `delete(key)` appends a `Delete` record the same way and returns
//!   `true`, or returns `false` without writing anything if the key is not
//!   there.
//! - `get(key)` reads the value from the file at the offset the index
//!   holds (`Seek` and `Read` work on `&File`). `len` counts the keys.
//!
//! Open the file with `OpenOptions` `read`, `append` and `create`: in
//! append mode every write goes to the end, wherever a `get` has moved the
//! read position.

#![allow(dead_code, unused_imports)] // course:hide

use std::collections::HashMap;
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Why the tail of the log was discarded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TailProblem {
    /// The file ended in the middle of a record.
    Incomplete,
    /// A record's bytes do not match its CRC.
    Checksum,
    /// A record's header holds a length above `MAX_LEN`.
    BadLength,
}

/// The part of the log that `open` threw away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Discarded {
    /// Where the first bad record started.
    pub offset: u64,
    /// How many bytes were cut off, from `offset` to the old end.
    pub bytes: u64,
    /// What was wrong with the first bad record.
    pub problem: TailProblem,
}

/// What `open` found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recovery {
    /// Records replayed (puts and deletes).
    pub records: usize,
    /// The discarded tail, if there was one.
    pub discarded: Option<Discarded>,
}

impl fmt::Display for Recovery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "recovered {} records; ", self.records)?;
        match self.discarded {
            None => write!(f, "the log is intact"),
            Some(Discarded {
                offset,
                bytes,
                problem,
            }) => {
                let why = match problem {
                    TailProblem::Incomplete => "an incomplete record (a write cut short)",
                    TailProblem::Checksum => "a checksum mismatch",
                    TailProblem::BadLength => "an impossible record length",
                };
                write!(f, "discarded {bytes} bytes at offset {offset}: {why}")
            }
        }
    }
}

/// A key-value store in one append-only file.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    file: File,
    /// Each key's value: its offset in the file and its length.
    index: HashMap<Vec<u8>, (u64, u32)>,
    /// The length of the file: where the next record goes.
    end: u64,
}

impl Store {
    /// Opens (or creates) the store at `path`, recovering from a torn tail.
    pub fn open(path: &Path) -> io::Result<(Store, Recovery)> {
        todo!(
            "open {}, replay its records and cut off a torn tail",
            path.display()
        )
    }

    /// The file the store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many keys hold a value.
    pub fn len(&self) -> usize {
        todo!("how many keys hold a value")
    }

    /// Whether no key holds a value.
    pub fn is_empty(&self) -> bool {
        todo!("whether no key holds a value")
    }

    /// Stores `value` under `key`; durable once this returns `Ok`.
    pub fn put(&mut self, key: &[u8], value: &[u8]) -> io::Result<()> {
        todo!("append a Put of {} bytes durably", key.len() + value.len())
    }

    /// Removes `key`; returns whether it was there.
    pub fn delete(&mut self, key: &[u8]) -> io::Result<bool> {
        todo!("append a Delete if the key is there")
    }

    /// The value stored under `key`, read from the file.
    pub fn get(&self, key: &[u8]) -> io::Result<Option<Vec<u8>>> {
        todo!("read the value of {key:?} from the file")
    }
}

// course:hide-start
// ---------------------------------------------------------------------------
// The record format of the exercise `db-record`, solved.
// ---------------------------------------------------------------------------

/// The longest key or value, in bytes.
pub const MAX_LEN: u32 = 1 << 20;
/// CRC, key length, value length.
const HEADER: usize = 12;
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

fn checksum(key_len: u32, value_len: u32, key: &[u8], value: &[u8]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
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

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap())
}

/// Decodes the record at the start of `bytes`: `Ok(None)` if `bytes` ends
/// before the record does.
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
// course:hide-end

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/storage/log.rs"]
mod tests;
