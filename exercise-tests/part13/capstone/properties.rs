use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs the learner's properties against `open`: `Err` with the panic
/// message if they caught a bug.
fn run_properties(open: Open) -> Result<(), String> {
    catch_unwind(AssertUnwindSafe(|| store_properties(open))).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(a panic without a message)".to_string())
    })
}

fn require_passing_the_engine() {
    if let Err(message) = run_properties(Engine::open) {
        panic!(
            "your properties failed for the Part VI engine, which is correct: {message}\n\
             A property must hold for correct code."
        );
    }
}

fn require_caught(mutant: Open, what: &str) {
    require_passing_the_engine();
    assert!(
        run_properties(mutant).is_err(),
        "your properties hold for a broken store: {what}. Which check would notice?"
    );
}

#[test]
fn holds_for_the_engine() {
    require_passing_the_engine();
}

/// Keeps everything in memory; a restart starts empty.
struct MemoryOnly(BTreeMap<String, String>);

impl Kv for MemoryOnly {
    fn put(&mut self, key: &str, value: &str) {
        self.0.insert(key.into(), value.into());
    }
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn delete(&mut self, key: &str) -> bool {
        self.0.remove(key).is_some()
    }
    fn keys(&self) -> Vec<String> {
        self.0.keys().cloned().collect()
    }
    fn reopen(&mut self) {
        self.0.clear();
    }
}

#[test]
fn catches_a_store_that_writes_nothing_to_disk() {
    require_caught(
        |_| Box::new(MemoryOnly(BTreeMap::new())),
        "it keeps everything in memory, so a restart loses every value",
    );
}

/// Opens the real engine, for the mutants that wrap it.
fn engine(path: &Path) -> Box<dyn Kv> {
    Engine::open(path)
}

/// Hides deleted keys in memory instead of writing the delete.
struct DeletesInMemory {
    inner: Box<dyn Kv>,
    deleted: BTreeSet<String>,
}

impl Kv for DeletesInMemory {
    fn put(&mut self, key: &str, value: &str) {
        self.deleted.remove(key);
        self.inner.put(key, value);
    }
    fn get(&self, key: &str) -> Option<String> {
        if self.deleted.contains(key) {
            None
        } else {
            self.inner.get(key)
        }
    }
    fn delete(&mut self, key: &str) -> bool {
        let existed = self.get(key).is_some();
        self.deleted.insert(key.into());
        existed
    }
    fn keys(&self) -> Vec<String> {
        self.inner
            .keys()
            .into_iter()
            .filter(|k| !self.deleted.contains(k))
            .collect()
    }
    fn reopen(&mut self) {
        self.deleted.clear();
        self.inner.reopen();
    }
}

#[test]
fn catches_deletes_that_do_not_survive_a_restart() {
    require_caught(
        |path| {
            Box::new(DeletesInMemory {
                inner: engine(path),
                deleted: BTreeSet::new(),
            })
        },
        "it does not write deletes to the file, so deleted keys come back after a restart",
    );
}

/// `delete` always says the key was there.
struct DeleteAlwaysTrue(Box<dyn Kv>);

impl Kv for DeleteAlwaysTrue {
    fn put(&mut self, key: &str, value: &str) {
        self.0.put(key, value);
    }
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key)
    }
    fn delete(&mut self, key: &str) -> bool {
        self.0.delete(key);
        true
    }
    fn keys(&self) -> Vec<String> {
        self.0.keys()
    }
    fn reopen(&mut self) {
        self.0.reopen();
    }
}

#[test]
fn catches_a_delete_that_always_says_the_key_was_there() {
    require_caught(
        |path| Box::new(DeleteAlwaysTrue(engine(path))),
        "`delete` returns true even for a key that is not there",
    );
}

/// A second `put` of a key is ignored.
struct FirstWriteWins(Box<dyn Kv>);

impl Kv for FirstWriteWins {
    fn put(&mut self, key: &str, value: &str) {
        if self.0.get(key).is_none() {
            self.0.put(key, value);
        }
    }
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key)
    }
    fn delete(&mut self, key: &str) -> bool {
        self.0.delete(key)
    }
    fn keys(&self) -> Vec<String> {
        self.0.keys()
    }
    fn reopen(&mut self) {
        self.0.reopen();
    }
}

#[test]
fn catches_a_put_that_does_not_overwrite() {
    require_caught(
        |path| Box::new(FirstWriteWins(engine(path))),
        "a second `put` of the same key keeps the first value",
    );
}

/// Holds the latest `put` in memory until the next write; a restart loses it.
struct LosesTheLastPut {
    inner: Box<dyn Kv>,
    pending: Option<(String, String)>,
}

impl LosesTheLastPut {
    fn flush(&mut self) {
        if let Some((key, value)) = self.pending.take() {
            self.inner.put(&key, &value);
        }
    }
}

impl Kv for LosesTheLastPut {
    fn put(&mut self, key: &str, value: &str) {
        self.flush();
        self.pending = Some((key.into(), value.into()));
    }
    fn get(&self, key: &str) -> Option<String> {
        match &self.pending {
            Some((k, v)) if k == key => Some(v.clone()),
            _ => self.inner.get(key),
        }
    }
    fn delete(&mut self, key: &str) -> bool {
        self.flush();
        self.inner.delete(key)
    }
    fn keys(&self) -> Vec<String> {
        let mut keys = self.inner.keys();
        if let Some((k, _)) = &self.pending {
            if !keys.contains(k) {
                keys.push(k.clone());
                keys.sort();
            }
        }
        keys
    }
    fn reopen(&mut self) {
        self.pending = None;
        self.inner.reopen();
    }
}

#[test]
fn catches_a_store_that_loses_the_last_put_in_a_restart() {
    require_caught(
        |path| {
            Box::new(LosesTheLastPut {
                inner: engine(path),
                pending: None,
            })
        },
        "the last `put` before a restart is lost (it was never written)",
    );
}

/// Lists the keys in descending order.
struct KeysDescending(Box<dyn Kv>);

impl Kv for KeysDescending {
    fn put(&mut self, key: &str, value: &str) {
        self.0.put(key, value);
    }
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key)
    }
    fn delete(&mut self, key: &str) -> bool {
        self.0.delete(key)
    }
    fn keys(&self) -> Vec<String> {
        let mut keys = self.0.keys();
        keys.reverse();
        keys
    }
    fn reopen(&mut self) {
        self.0.reopen();
    }
}

#[test]
fn catches_keys_listed_out_of_order() {
    require_caught(
        |path| Box::new(KeysDescending(engine(path))),
        "`keys()` lists the keys in descending order",
    );
}
