//! Add compaction to the log-structured store of `db-log` (given here,
//! solved). A log only grows: every overwrite and every delete leaves dead
//! records behind. `compact` rewrites the log with one `Put` per live key
//! and swaps it in, crash-safely:
//!
//! 1. `CreateTemp`: create `<log file name>.compact` in the same folder
//!    (`compact_path`), after removing any leftover, opened with `read`,
//!    `append` and `create_new` (`truncate` needs `write`, and append mode
//!    is what the store writes with).
//! 2. `WriteLive`: write a `Put` for every live key, in sorted key order,
//!    and build the new index as you go (offsets in the new file).
//! 3. `SyncTemp`: `sync_all` the new file.
//! 4. `Rename`: rename it over the log. Then, at once, make the store use
//!    it: the new file handle (it follows the file through the rename), the
//!    new index and the new end.
//! 5. `SyncDir`: `sync_all` the folder, so that the rename is on disk.
//!
//! Call `hooks.before(step)` before each step; the tests return an error
//! there to simulate a crash. On an error before the rename, remove the
//! temporary file (best effort) and leave the store exactly as it was: it
//! must go on working on the old log. On an error at `SyncDir`, the store
//! already uses the new log. Either way, return the error.
//!
//! A real crash runs no cleanup, so `open` must also remove a leftover
//! `.compact` file: write `remove_leftover` (a missing file is fine).
//! `compact` returns the sizes of the log before and after, and the number
//! of live keys.

#![allow(dead_code, unused_imports)] // course:hide

use std::collections::HashMap;
use std::fmt;
use std::fs::{self, File, OpenOptions};
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

// course:hide-start
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
// course:hide-end

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

// course:hide-start
// The store of `db-log`, solved (and `open` calls `remove_leftover`).
impl Store {
    /// Opens (or creates) the store at `path`, recovering from a torn tail.
    pub fn open(path: &Path) -> io::Result<(Store, Recovery)> {
        remove_leftover(path)?;
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

    /// Appends `record` durably and returns the offset it starts at.
    fn append(&mut self, record: &Record) -> io::Result<u64> {
        let mut bytes = Vec::new();
        encode(record, &mut bytes);
        let start = self.end;
        let written = self
            .file
            .write_all(&bytes)
            .and_then(|()| self.file.sync_data());
        if let Err(error) = written {
            // Best effort: cut off whatever part of the record got written.
            let _ = self.file.set_len(start);
            return Err(error);
        }
        self.end += bytes.len() as u64;
        Ok(start)
    }

    /// Stores `value` under `key`; durable once this returns `Ok`.
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
// course:hide-end

/// The steps of a compaction, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Create the new log next to the old one.
    CreateTemp,
    /// Write the live records to it.
    WriteLive,
    /// Flush it to disk.
    SyncTemp,
    /// Rename it over the old log (and start using it).
    Rename,
    /// Flush the folder, so that the rename is on disk.
    SyncDir,
}

/// Called before each step; an error stops the compaction there.
pub trait Hooks {
    /// Runs before `step`.
    fn before(&mut self, step: Step) -> io::Result<()>;
}

/// Hooks that never interfere.
pub struct NoHooks;

impl Hooks for NoHooks {
    fn before(&mut self, _step: Step) -> io::Result<()> {
        Ok(())
    }
}

/// What a compaction did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Compaction {
    /// The log's length before.
    pub bytes_before: u64,
    /// The log's length after.
    pub bytes_after: u64,
    /// The keys that hold a value (one record each in the new log).
    pub live_keys: usize,
}

/// Where compaction writes the new log: `<log file name>.compact`, in the
/// same folder.
pub fn compact_path(log: &Path) -> PathBuf {
    let mut name = log.file_name().unwrap_or_default().to_os_string();
    name.push(".compact");
    log.with_file_name(name)
}

/// The folder that holds `path` (`.` for a bare file name).
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Removes a compaction's leftover temporary file, if there is one.
pub fn remove_leftover(log: &Path) -> io::Result<()> {
    todo!("remove {} if it is there", compact_path(log).display())
}

impl Store {
    /// Rewrites the log with only the live records.
    pub fn compact(&mut self) -> io::Result<Compaction> {
        self.compact_with(&mut NoHooks)
    }

    /// [`Store::compact`], calling `hooks` before each step.
    pub fn compact_with(&mut self, hooks: &mut impl Hooks) -> io::Result<Compaction> {
        todo!(
            "write the live records to {}, sync, rename, sync the folder",
            compact_path(&self.path).display()
        )
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
#[path = "../../../../exercise-tests/part6/storage/compaction.rs"]
mod tests;
