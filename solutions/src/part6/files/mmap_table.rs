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
        let invalid = |why: String| {
            io::Error::new(ErrorKind::InvalidData, format!("{}: {why}", path.display()))
        };
        let file = File::open(path)?;
        file.lock_shared()?;
        // SAFETY: the mapped file must not change or shrink while the map
        // exists. This crate's writer never changes a table in place: it
        // writes a new file and renames it over the old one, and our map
        // keeps the old file. Writers that do change files in place must
        // take an exclusive lock, and we hold a shared lock on this file
        // for as long as `Table` (and so the map) lives. (Locks are
        // advisory: a program that ignores them can still break this.)
        let map = unsafe { Mmap::map(&file)? };
        if map.len() < HEADER {
            return Err(invalid(format!(
                "{} bytes is too short for a table",
                map.len()
            )));
        }
        if &map[..4] != MAGIC {
            return Err(invalid(format!("not a table (magic {:?})", &map[..4])));
        }
        let count = u32::from_le_bytes(map[4..8].try_into().unwrap()) as usize;
        let expected = count
            .checked_mul(RECORD)
            .and_then(|records| records.checked_add(HEADER));
        if expected != Some(map.len()) {
            let needed = expected.map_or("more".to_string(), |n| n.to_string());
            return Err(invalid(format!(
                "{count} records need {needed} bytes, the file has {}",
                map.len()
            )));
        }
        Ok(Table {
            map,
            count,
            _file: file,
        })
    }

    /// The number of records.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether the table has no records.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The `u64` at byte `at` of the map.
    fn u64_at(&self, at: usize) -> u64 {
        u64::from_le_bytes(self.map[at..at + 8].try_into().unwrap())
    }

    /// The value stored for `key`.
    pub fn get(&self, key: u64) -> Option<u64> {
        let (mut lo, mut hi) = (0, self.count);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let at = HEADER + mid * RECORD;
            match self.u64_at(at).cmp(&key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(self.u64_at(at + 8)),
            }
        }
        None
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/files/mmap_table.rs"]
mod tests;
