//! Write `atomic_write_with`, which replaces the contents of a file so that
//! anyone who opens it, even after a crash at the worst moment, sees either
//! the complete old contents or the complete new ones, never a mix and
//! never a half-written file. The steps, in order:
//!
//! 1. `CreateTemp`: create a new temporary file **in the same folder** as
//!    `path` (a rename is atomic only within one file system). Give it a
//!    name that starts with `.` and the target's file name and cannot clash
//!    with another writer (the `tempfile` crate's
//!    `Builder::new().prefix(..).tempfile_in(dir)` does this).
//! 2. `Write`: write all of `data` to it.
//! 3. `SyncFile`: `sync_all` it, so its bytes are on disk before its name
//!    is.
//! 4. `Rename`: rename it over `path` (`persist` in `tempfile`).
//! 5. `SyncDir`: open the folder and `sync_all` it, so the rename itself is
//!    on disk.
//!
//! Before each step, call `hooks.before(step)`: the tests use it to
//! simulate a crash by returning an error there. On any error, return it,
//! and leave no temporary file behind if the rename has not happened (a
//! `tempfile::NamedTempFile` deletes its file when dropped). A `path`
//! without a folder part means the current folder.

use std::fs::File;
use std::io::{self, Write};
use std::path::Path;

/// The steps of an atomic replace, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Create the temporary file next to the target.
    CreateTemp,
    /// Write the new contents to it.
    Write,
    /// Flush it to disk.
    SyncFile,
    /// Rename it over the target.
    Rename,
    /// Flush the folder, so that the rename is on disk.
    SyncDir,
}

/// Called before each step; an error stops the replace there.
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

/// Replaces the contents of `path` with `data`, atomically.
pub fn atomic_write(path: &Path, data: &[u8]) -> io::Result<()> {
    atomic_write_with(path, data, &mut NoHooks)
}

/// [`atomic_write`], calling `hooks` before each step.
pub fn atomic_write_with(path: &Path, data: &[u8], hooks: &mut impl Hooks) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} does not name a file", path.display()),
        )
    })?;
    let prefix = format!(".{}.", name.to_string_lossy());

    hooks.before(Step::CreateTemp)?;
    let mut temp = tempfile::Builder::new().prefix(&prefix).tempfile_in(dir)?;
    // From here until `persist`, dropping `temp` deletes the file.
    hooks.before(Step::Write)?;
    temp.write_all(data)?;
    hooks.before(Step::SyncFile)?;
    temp.as_file().sync_all()?;
    hooks.before(Step::Rename)?;
    temp.persist(path).map_err(|e| e.error)?;
    hooks.before(Step::SyncDir)?;
    File::open(dir)?.sync_all()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part6/files/atomic_write.rs"]
mod tests;
