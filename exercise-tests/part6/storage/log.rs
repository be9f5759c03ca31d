//! Every file these tests write is inside a temporary folder that
//! `tempfile::tempdir()` creates and removes. A "crash" is simulated by
//! cutting or damaging the log file's bytes, then opening it again.

use super::*;
use std::fs;

fn open(path: &Path) -> (Store, Recovery) {
    Store::open(path).unwrap_or_else(|e| panic!("opening {} failed: {e}", path.display()))
}

fn get(store: &Store, key: &str) -> Option<String> {
    store
        .get(key.as_bytes())
        .unwrap()
        .map(|v| String::from_utf8(v).unwrap())
}

const INTACT: Option<Discarded> = None;

#[test]
fn put_get_overwrite_delete() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, recovery) = open(&dir.path().join("db.log"));
    assert_eq!(recovery.records, 0, "a new store has no records");
    assert_eq!(recovery.discarded, INTACT, "a new store discards nothing");
    store.put(b"lang", b"rust").unwrap();
    store.put(b"year", b"2015").unwrap();
    assert_eq!(get(&store, "lang").as_deref(), Some("rust"), "get(lang)");
    store.put(b"lang", b"Rust 2021").unwrap();
    assert_eq!(
        get(&store, "lang").as_deref(),
        Some("Rust 2021"),
        "get(lang) after overwriting"
    );
    assert_eq!(get(&store, "nope"), None, "a key never stored");
    assert!(
        store.delete(b"year").unwrap(),
        "delete(year) should return true"
    );
    assert!(
        !store.delete(b"year").unwrap(),
        "a second delete(year) should return false"
    );
    assert_eq!(get(&store, "year"), None, "get(year) after delete");
    assert_eq!(store.len(), 1, "one key is left");
}

#[test]
fn a_delete_of_a_missing_key_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.log");
    let (mut store, _) = open(&path);
    store.put(b"k", b"v").unwrap();
    let before = fs::metadata(&path).unwrap().len();
    assert!(
        !store.delete(b"other").unwrap(),
        "deleting a missing key returns false"
    );
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        before,
        "and appends nothing"
    );
}

#[test]
fn reopening_rebuilds_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.log");
    {
        let (mut store, _) = open(&path);
        store.put(b"a", b"1").unwrap();
        store.put(b"b", b"2").unwrap();
        store.put(b"a", b"3").unwrap();
        store.delete(b"b").unwrap();
        store.put(b"c", &[0xFF; 3000]).unwrap();
    }
    let (store, recovery) = open(&path);
    assert_eq!(
        recovery,
        Recovery {
            records: 5,
            discarded: INTACT
        },
        "five records replayed, nothing discarded"
    );
    assert_eq!(
        recovery.to_string(),
        "recovered 5 records; the log is intact",
        "the report"
    );
    assert_eq!(
        get(&store, "a").as_deref(),
        Some("3"),
        "the latest value of a"
    );
    assert_eq!(get(&store, "b"), None, "b was deleted");
    assert_eq!(
        store.get(b"c").unwrap(),
        Some(vec![0xFF; 3000]),
        "c's 3000-byte value"
    );
    assert_eq!(store.len(), 2, "two keys hold values");
}

/// Writes a small log and returns its bytes and, for each put, the file's
/// length once that put was acknowledged and the key and value it wrote.
fn history(dir: &Path) -> (Vec<u8>, Vec<(u64, &'static str, &'static str)>) {
    let path = dir.join("history.log");
    let (mut store, _) = open(&path);
    let puts = [
        ("x", "1"),
        ("y", "first y"),
        ("x", "2"),
        ("z", "a longer value for z"),
        ("y", "second y"),
    ];
    let mut acked = Vec::new();
    for (key, value) in puts {
        store.put(key.as_bytes(), value.as_bytes()).unwrap();
        acked.push((fs::metadata(&path).unwrap().len(), key, value));
    }
    (fs::read(&path).unwrap(), acked)
}

#[test]
fn every_acknowledged_record_survives_a_crash_at_any_byte() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, acked) = history(dir.path());
    for cut in 0..=bytes.len() {
        let path = dir.path().join(format!("crash-{cut}.log"));
        fs::write(&path, &bytes[..cut]).unwrap();
        let (store, recovery) = open(&path);
        // What a correct store holds: every put acknowledged within `cut`.
        let durable: Vec<_> = acked
            .iter()
            .filter(|(end, _, _)| *end as usize <= cut)
            .collect();
        let good_end = durable.last().map_or(0, |(end, _, _)| *end);
        for key in ["x", "y", "z"] {
            let expected = durable
                .iter()
                .rev()
                .find(|(_, k, _)| *k == key)
                .map(|(_, _, v)| *v);
            assert_eq!(
                get(&store, key).as_deref(),
                expected,
                "after a crash that kept {cut} of {} bytes, get({key})",
                bytes.len()
            );
        }
        let expected = (cut as u64 > good_end).then_some(Discarded {
            offset: good_end,
            bytes: cut as u64 - good_end,
            problem: TailProblem::Incomplete,
        });
        assert_eq!(
            recovery,
            Recovery {
                records: durable.len(),
                discarded: expected
            },
            "the recovery report after a crash that kept {cut} bytes"
        );
        assert_eq!(
            fs::metadata(&path).unwrap().len(),
            good_end,
            "open should truncate the file to its last good record ({good_end} bytes)"
        );
    }
}

#[test]
fn a_damaged_last_record_is_discarded_with_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let (mut bytes, acked) = history(dir.path());
    let last_start = acked[acked.len() - 2].0;
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01; // a bit flipped in the last value
    let path = dir.path().join("damaged.log");
    fs::write(&path, &bytes).unwrap();
    let (store, recovery) = open(&path);
    let expected = Discarded {
        offset: last_start,
        bytes: bytes.len() as u64 - last_start,
        problem: TailProblem::Checksum,
    };
    assert_eq!(
        recovery,
        Recovery {
            records: 4,
            discarded: Some(expected)
        },
        "the damaged last record should be discarded"
    );
    assert_eq!(
        recovery.to_string(),
        format!(
            "recovered 4 records; discarded {} bytes at offset {last_start}: a checksum mismatch",
            expected.bytes
        ),
        "the report"
    );
    assert_eq!(
        get(&store, "y").as_deref(),
        Some("first y"),
        "y's earlier value is back"
    );
    assert_eq!(
        get(&store, "z").as_deref(),
        Some("a longer value for z"),
        "z is untouched"
    );
}

#[test]
fn garbage_after_the_last_record_is_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let (mut bytes, _) = history(dir.path());
    let good = bytes.len() as u64;
    bytes.extend([0xFF; 12]); // a header with an impossible key length
    let path = dir.path().join("garbage.log");
    fs::write(&path, &bytes).unwrap();
    let (_, recovery) = open(&path);
    assert_eq!(
        recovery.discarded,
        Some(Discarded {
            offset: good,
            bytes: 12,
            problem: TailProblem::BadLength
        }),
        "12 bytes of 0xFF after the last record"
    );
}

#[test]
fn writing_after_a_recovery_leaves_no_gap() {
    let dir = tempfile::tempdir().unwrap();
    let (bytes, _) = history(dir.path());
    let path = dir.path().join("torn.log");
    fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
    {
        let (mut store, recovery) = open(&path);
        assert_eq!(recovery.records, 4, "the torn last record is dropped");
        store.put(b"w", b"after the crash").unwrap();
    }
    let (store, recovery) = open(&path);
    assert_eq!(
        recovery,
        Recovery {
            records: 5,
            discarded: INTACT
        },
        "the record written after recovery should follow the last good one directly"
    );
    assert_eq!(
        get(&store, "w").as_deref(),
        Some("after the crash"),
        "get(w)"
    );
    assert_eq!(get(&store, "y").as_deref(), Some("first y"), "get(y)");
}

#[test]
fn a_missing_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let result = Store::open(&dir.path().join("no").join("db.log"));
    assert!(
        result.is_err(),
        "opening a store in a missing folder should fail"
    );
}
