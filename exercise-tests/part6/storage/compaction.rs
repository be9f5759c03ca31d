//! Every file these tests write is inside a temporary folder that
//! `tempfile::tempdir()` creates and removes. A "crash" is an error
//! returned by a hook before one of the steps.

use super::*;

const STEPS: [Step; 5] = [
    Step::CreateTemp,
    Step::WriteLive,
    Step::SyncTemp,
    Step::Rename,
    Step::SyncDir,
];

/// Records the steps it sees, and fails before `crash_before`.
struct Recorder {
    seen: Vec<Step>,
    crash_before: Option<Step>,
}

impl Hooks for Recorder {
    fn before(&mut self, step: Step) -> io::Result<()> {
        self.seen.push(step);
        if self.crash_before == Some(step) {
            return Err(io::Error::other(format!("simulated crash before {step:?}")));
        }
        Ok(())
    }
}

fn open(path: &Path) -> (Store, Recovery) {
    Store::open(path).unwrap_or_else(|e| panic!("opening {} failed: {e}", path.display()))
}

fn get(store: &Store, key: &str) -> Option<String> {
    store
        .get(key.as_bytes())
        .unwrap()
        .map(|v| String::from_utf8(v).unwrap())
}

/// A store with many dead records: 20 keys written 5 times, 5 deleted.
fn churned(path: &Path) -> Store {
    let (mut store, _) = open(path);
    for round in 0..5 {
        for key in 0..20 {
            store
                .put(
                    format!("key{key:02}").as_bytes(),
                    format!("value {round}").as_bytes(),
                )
                .unwrap();
        }
    }
    for key in 0..5 {
        store.delete(format!("key{key:02}").as_bytes()).unwrap();
    }
    store
}

/// Checks the 15 live keys and the 5 deleted ones of `churned`.
fn check_churned(store: &Store, when: &str) {
    for key in 0..20 {
        let key = format!("key{key:02}");
        let expected = (key.as_str() >= "key05").then_some("value 4");
        assert_eq!(get(store, &key).as_deref(), expected, "{when}: get({key})");
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn compaction_keeps_the_live_data_and_drops_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.log");
    let mut store = churned(&path);
    let before = fs::metadata(&path).unwrap().len();
    let stats = store.compact().unwrap();
    let after = fs::metadata(&path).unwrap().len();
    assert_eq!(
        stats,
        Compaction {
            bytes_before: before,
            bytes_after: after,
            live_keys: 15
        },
        "the compaction's report"
    );
    assert!(
        after * 4 < before,
        "15 live records out of 105: {after} should be far below {before}"
    );
    check_churned(&store, "after compaction");
    assert_eq!(
        files_in(dir.path()),
        ["db.log"],
        "no temporary file should be left"
    );
    drop(store);
    let (store, recovery) = open(&path);
    assert_eq!(
        recovery,
        Recovery {
            records: 15,
            discarded: None
        },
        "the compacted log holds one record per live key"
    );
    check_churned(&store, "after compaction and reopening");
}

#[test]
fn the_steps_come_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = churned(&dir.path().join("db.log"));
    let mut hooks = Recorder {
        seen: Vec::new(),
        crash_before: None,
    };
    store.compact_with(&mut hooks).unwrap();
    assert_eq!(
        hooks.seen, STEPS,
        "hooks.before should be called once per step, in order"
    );
}

#[test]
fn writes_after_compaction_go_to_the_new_log() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.log");
    let mut store = churned(&path);
    store.compact().unwrap();
    store.put(b"new", b"after compaction").unwrap();
    store.delete(b"key10").unwrap();
    assert_eq!(
        get(&store, "new").as_deref(),
        Some("after compaction"),
        "get(new)"
    );
    drop(store);
    let (store, _) = open(&path);
    assert_eq!(
        get(&store, "new").as_deref(),
        Some("after compaction"),
        "a put after compaction should be in the log file on disk"
    );
    assert_eq!(
        get(&store, "key10"),
        None,
        "the delete after compaction too"
    );
}

#[test]
fn a_crash_at_any_step_loses_nothing() {
    for crash in STEPS {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.log");
        let mut store = churned(&path);
        let mut hooks = Recorder {
            seen: Vec::new(),
            crash_before: Some(crash),
        };
        let result = store.compact_with(&mut hooks);
        assert!(
            result.is_err(),
            "a crash before {crash:?} should be returned as an error, got {result:?}"
        );
        let when = format!("after a crash before {crash:?}");
        check_churned(&store, &when);
        // The store must keep working, on whichever log is in place.
        store.put(b"later", b"acknowledged").unwrap();
        drop(store);
        let (store, recovery) = open(&path);
        assert_eq!(
            recovery.discarded, None,
            "{when}, the log on disk should be intact"
        );
        check_churned(&store, &format!("{when} and reopening"));
        assert_eq!(
            get(&store, "later").as_deref(),
            Some("acknowledged"),
            "{when}, a put acknowledged afterwards should be in the log on disk"
        );
        assert_eq!(
            files_in(dir.path()),
            ["db.log"],
            "{when}, no temporary file should be left"
        );
    }
}

#[test]
fn open_removes_the_leftover_of_a_real_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db.log");
    drop(churned(&path));
    // A crash during compaction leaves a half-written new log behind.
    fs::write(compact_path(&path), b"half of a compacted log").unwrap();
    let (store, recovery) = open(&path);
    assert_eq!(recovery.discarded, None, "the real log is intact");
    check_churned(&store, "after a crash that left a temporary file");
    assert_eq!(
        files_in(dir.path()),
        ["db.log"],
        "open should remove db.log.compact"
    );
}

#[test]
fn compacting_an_empty_store() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = open(&dir.path().join("db.log"));
    let stats = store.compact().unwrap();
    assert_eq!(
        stats,
        Compaction {
            bytes_before: 0,
            bytes_after: 0,
            live_keys: 0
        },
        "compacting nothing"
    );
    store.put(b"k", b"v").unwrap();
    assert_eq!(
        get(&store, "k").as_deref(),
        Some("v"),
        "the store still works"
    );
}
