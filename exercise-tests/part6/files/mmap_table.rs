//! Every file these tests write is inside a temporary folder that
//! `tempfile::tempdir()` creates and removes. (Miri cannot run these tests:
//! it does not support `mmap`.)

use super::*;
use std::fs::{self, TryLockError};

fn table_file(dir: &tempfile::TempDir, entries: &[(u64, u64)]) -> std::path::PathBuf {
    let path = dir.path().join("prices.tbl");
    write_table(&path, entries).unwrap();
    path
}

fn expect_invalid(path: &Path, what: &str) {
    let err = Table::open(path).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidData, "{what}: {err}");
    let name = path.file_name().unwrap().to_string_lossy();
    assert!(
        err.to_string().contains(&*name),
        "{what}: the message should name {name}, got {err:?}"
    );
}

#[test]
fn looks_up_every_key() {
    let dir = tempfile::tempdir().unwrap();
    let entries = [(30, 300), (10, 100), (20, 200), (u64::MAX, 1), (0, 7)];
    let table = Table::open(&table_file(&dir, &entries)).unwrap();
    assert_eq!(table.len(), 5, "five records");
    for (key, value) in entries {
        assert_eq!(table.get(key), Some(value), "get({key})");
    }
}

#[test]
fn missing_keys_are_none() {
    let dir = tempfile::tempdir().unwrap();
    let table = Table::open(&table_file(&dir, &[(10, 1), (20, 2), (30, 3)])).unwrap();
    for key in [0, 5, 15, 25, 35, u64::MAX] {
        assert_eq!(
            table.get(key),
            None,
            "get({key}) of a key that is not there"
        );
    }
}

#[test]
fn an_empty_table_opens() {
    let dir = tempfile::tempdir().unwrap();
    let table = Table::open(&table_file(&dir, &[])).unwrap();
    assert_eq!((table.len(), table.get(1)), (0, None), "an empty table");
}

#[test]
fn a_big_table_is_searched_without_allocating() {
    let dir = tempfile::tempdir().unwrap();
    let entries: Vec<(u64, u64)> = (0..10_000u64).map(|i| (i * 3, i)).collect();
    let table = Table::open(&table_file(&dir, &entries)).unwrap();
    let (found, heap) = course_alloc::measure(|| {
        (0..30_000u64)
            .filter(|&key| table.get(key).is_some())
            .count()
    });
    assert_eq!(found, 10_000, "every third key from 0 to 29,997 is there");
    assert!(
        heap.is_zero(),
        "get should read the mapped bytes in place, without allocating: {heap:?}"
    );
}

#[test]
fn a_file_with_another_magic_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.tbl");
    fs::write(&path, b"TBL2\0\0\0\0").unwrap();
    expect_invalid(&path, "a file starting with TBL2");
}

#[test]
fn a_file_too_short_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("short.tbl");
    fs::write(&path, b"TBL1\x01").unwrap();
    expect_invalid(&path, "a 5-byte file");
}

#[test]
fn a_truncated_or_padded_file_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = table_file(&dir, &[(1, 10), (2, 20)]);
    let bytes = fs::read(&path).unwrap();
    let cut = dir.path().join("cut.tbl");
    fs::write(&cut, &bytes[..bytes.len() - 1]).unwrap();
    expect_invalid(&cut, "a table missing its last byte");
    let padded = dir.path().join("padded.tbl");
    fs::write(&padded, [&bytes[..], &[0]].concat()).unwrap();
    expect_invalid(&padded, "a table with an extra byte");
    let huge = dir.path().join("huge.tbl");
    fs::write(&huge, b"TBL1\xff\xff\xff\xff").unwrap();
    expect_invalid(&huge, "a header claiming 4 billion records");
}

#[test]
fn an_open_table_holds_a_shared_lock() {
    let dir = tempfile::tempdir().unwrap();
    let path = table_file(&dir, &[(1, 10)]);
    let table = Table::open(&path).unwrap();
    let other = File::open(&path).unwrap();
    assert!(
        matches!(other.try_lock(), Err(TryLockError::WouldBlock)),
        "while a Table is open, an exclusive lock on its file should be refused"
    );
    other
        .try_lock_shared()
        .expect("other readers may share the lock");
    other.unlock().unwrap();
    drop(table);
    other
        .try_lock()
        .expect("once the Table is dropped, its lock should be released");
}

#[test]
fn replacing_the_file_leaves_an_open_table_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = table_file(&dir, &[(1, 10), (2, 20)]);
    let old = Table::open(&path).unwrap();
    write_table(&path, &[(1, 11), (3, 33), (4, 44)]).unwrap();
    assert_eq!(
        (old.len(), old.get(1), old.get(3)),
        (2, Some(10), None),
        "an open table keeps mapping the file it opened"
    );
    let new = Table::open(&path).unwrap();
    assert_eq!(
        (new.len(), new.get(1), new.get(3)),
        (3, Some(11), Some(33)),
        "the new table"
    );
}
