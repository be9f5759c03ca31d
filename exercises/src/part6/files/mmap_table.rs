//! Write `Table`, a read-only lookup table that maps its file into memory
//! with memmap2 instead of reading it. The file (written by `write_table`,
//! given) is:
//!
//! | bytes  | contents                                              |
//! |--------|-------------------------------------------------------|
//! | 4      | the magic `TBL1`                                      |
//! | 4      | the number of records, `u32` little-endian            |
//! | 16 × n | records: key `u64` LE, then value `u64` LE, keys sorted |
//!
//! - `Table::open(path)` opens the file, takes a **shared lock** on it
//!   (`File::lock_shared`, held as long as the `Table` lives), maps it, and
//!   checks it: a file shorter than 8 bytes, with another magic, or whose
//!   length is not exactly `8 + 16 × n` is `ErrorKind::InvalidData`, with
//!   the file's path in the message.
//! - `len` is the number of records; `get(key)` binary-searches the mapped
//!   records and returns the value, without copying the table or allocating
//!   anything.
//! - Mapping a file is `unsafe`: the compiler cannot promise that nobody
//!   changes or shortens the file while it is mapped (writes would change
//!   bytes under a `&[u8]`, and reading past a shortened end raises
//!   SIGBUS). Write the `// SAFETY:` comment that says why it holds here:
//!   `write_table` never changes a table in place (it writes a new file and
//!   renames it over the old one, which leaves existing mappings on the old
//!   file), and writers that do change files in place must take an
//!   exclusive lock, which the shared lock keeps out.

#![allow(dead_code, unused_imports)] // course:hide

use memmap2::Mmap;
use std::fs::File;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::Path;

/// The first four bytes of a table file.
pub const MAGIC: &[u8; 4] = b"TBL1";
/// The header: magic and count.
const HEADER: usize = 8;
/// One record: a key and a value.
const RECORD: usize = 16;

/// Writes `entries`, sorted by key, as a table file at `path`: to a
/// temporary file in the same folder, then renamed over `path`, so that a
/// table is never changed in place.
pub fn write_table(path: &Path, entries: &[(u64, u64)]) -> io::Result<()> {
    let mut sorted = entries.to_vec();
    sorted.sort_unstable();
    let dir = path.parent().unwrap_or(Path::new("."));
    let temp = tempfile::NamedTempFile::new_in(dir)?;
    let mut out = BufWriter::new(temp);
    out.write_all(MAGIC)?;
    let count = u32::try_from(sorted.len()).map_err(|_| ErrorKind::InvalidInput)?;
    out.write_all(&count.to_le_bytes())?;
    for (key, value) in sorted {
        out.write_all(&key.to_le_bytes())?;
        out.write_all(&value.to_le_bytes())?;
    }
    let temp = out.into_inner().map_err(|e| e.into_error())?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A table file, mapped into memory.
#[derive(Debug)]
pub struct Table {
    map: Mmap,
    count: usize,
    /// Holds the shared lock for as long as the map exists.
    _file: File,
}

impl Table {
    /// Opens, locks, maps and checks the table at `path`.
    pub fn open(path: &Path) -> io::Result<Table> {
        todo!("open, lock, map and check {}", path.display())
    }

    /// The number of records.
    pub fn len(&self) -> usize {
        todo!("the number of records")
    }

    /// Whether the table has no records.
    pub fn is_empty(&self) -> bool {
        todo!("whether there are no records")
    }

    /// The value stored for `key`.
    pub fn get(&self, key: u64) -> Option<u64> {
        todo!("binary-search the records for {key}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/files/mmap_table.rs"]
mod tests;
