//! The storage engine of Part VI ("Databases and storage engines", the
//! exercise `db-log`), unchanged but for two additions: [`Durability`], so
//! that a benchmark can measure what `sync_data` costs, and [`Store::keys`],
//! for listing.
//!
//! Every change is a record appended to one file (CRC-32, key length, value
//! length, key, value); an in-memory index maps each key to where its latest
//! value sits in the file. [`Store::open`] replays the log to rebuild the
//! index and cuts off a torn tail (a write that a crash cut short).
//!
//! The engine is synchronous and `&mut self` for writes: it does blocking
//! file I/O, and one writer at a time keeps the log consistent.
//! [`crate::store::KvStore`] makes it shareable and async.

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

/// Whether a write waits for the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// Every `put` and `delete` calls `sync_data` before it returns: once it
    /// returns `Ok`, the record survives a power cut. The default.
    #[default]
    Sync,
    /// Writes go to the operating system's cache and reach the disk when it
    /// decides: a crash of the process loses nothing, a power cut may lose
    /// the last writes (recovery then discards the torn tail). For
    /// benchmarks and tests.
    Buffered,
}

/// A key-value store in one append-only file.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    file: File,
    durability: Durability,
    /// Each key's value: its offset in the file and its length.
    index: HashMap<Vec<u8>, (u64, u32)>,
    /// The length of the file: where the next record goes.
    end: u64,
}

impl Store {
    /// Opens (or creates) the store at `path`, recovering from a torn tail,
    /// with [`Durability::Sync`].
    pub fn open(path: &Path) -> io::Result<(Store, Recovery)> {
        Store::open_with(path, Durability::Sync)
    }

    /// Opens (or creates) the store at `path` with the given durability.
    pub fn open_with(path: &Path, durability: Durability) -> io::Result<(Store, Recovery)> {
        let mut file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(path)?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        let mut index = HashMap::new();
        let mut at = 0;
        let mut records = 0;
        let problem = loop {
            match decode(&bytes[at..]) {
                Ok(Some((record, len))) => {
                    apply(&mut index, at as u64, record);
                    at += len;
                    records += 1;
                }
                Ok(None) if at == bytes.len() => break None,
                Ok(None) => break Some(TailProblem::Incomplete),
                Err(Corrupt::Checksum { .. }) => break Some(TailProblem::Checksum),
                Err(Corrupt::TooLong { .. }) => break Some(TailProblem::BadLength),
            }
        };
        let discarded = problem.map(|problem| Discarded {
            offset: at as u64,
            bytes: (bytes.len() - at) as u64,
            problem,
        });
        if discarded.is_some() {
            file.set_len(at as u64)?;
            file.sync_all()?;
        }
        let store = Store {
            path: path.to_path_buf(),
            file,
            durability,
            index,
            end: at as u64,
        };
        Ok((store, Recovery { records, discarded }))
    }

    /// The file the store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many keys hold a value.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether no key holds a value.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Every key that holds a value, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.index.keys().map(Vec::as_slice)
    }

    /// Appends `record` durably and returns the offset it starts at.
    fn append(&mut self, record: &Record) -> io::Result<u64> {
        let mut bytes = Vec::new();
        encode(record, &mut bytes);
        let start = self.end;
        let written = self
            .file
            .write_all(&bytes)
            .and_then(|()| match self.durability {
                Durability::Sync => self.file.sync_data(),
                Durability::Buffered => Ok(()),
            });
        if let Err(error) = written {
            // Best effort: cut off whatever part of the record got written.
            let _ = self.file.set_len(start);
            return Err(error);
        }
        self.end += bytes.len() as u64;
        Ok(start)
    }

    /// Stores `value` under `key`; durable once this returns `Ok` (with
    /// [`Durability::Sync`]).
    pub fn put(&mut self, key: &[u8], value: &[u8]) -> io::Result<()> {
        let record = Record::Put {
            key: key.to_vec(),
            value: value.to_vec(),
        };
        let start = self.append(&record)?;
        apply(&mut self.index, start, record);
        Ok(())
    }

    /// Removes `key`; returns whether it was there.
    pub fn delete(&mut self, key: &[u8]) -> io::Result<bool> {
        if !self.index.contains_key(key) {
            return Ok(false);
        }
        let record = Record::Delete { key: key.to_vec() };
        let start = self.append(&record)?;
        apply(&mut self.index, start, record);
        Ok(true)
    }

    /// The value stored under `key`, read from the file.
    pub fn get(&self, key: &[u8]) -> io::Result<Option<Vec<u8>>> {
        let Some(&(offset, len)) = self.index.get(key) else {
            return Ok(None);
        };
        let mut value = vec![0; len as usize];
        let mut file = &self.file;
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(&mut value)?;
        Ok(Some(value))
    }
}

/// Applies the record that starts at `start` to the index.
fn apply(index: &mut HashMap<Vec<u8>, (u64, u32)>, start: u64, record: Record) {
    match record {
        Record::Put { key, value } => {
            let offset = start + HEADER as u64 + key.len() as u64;
            index.insert(key, (offset, value.len() as u32));
        }
        Record::Delete { key } => {
            index.remove(&key);
        }
    }
}

// The record format of the exercise `db-record`.

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
