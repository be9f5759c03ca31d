//! Step 2b: write the property test yourself. `store_properties(open)`
//! checks any store that `open` makes against a `BTreeMap` model: for
//! every sequence of operations that `ops()` generates (use the given
//! `runner()`), apply each operation to a new store in a temporary folder
//! (`tempfile::tempdir()`) and to the model, and after **each** operation
//! check that:
//!
//! 1. `delete(key)` returned whether the model had the key;
//! 2. `get` agrees with the model for every key in `KEYS`;
//! 3. `keys()` is the model's keys, in the same (ascending) order.
//!
//! `Op::Reopen` changes nothing in the model: a store must hold the same
//! data after a restart. Report a failure by panicking with the runner's
//! error (it holds the smallest failing sequence proptest found). The
//! course runs your properties against the Part VI engine (`Engine`, given:
//! they must hold) and against stores with planted bugs (they must fail for
//! each).

use course_kv::engine::{Durability, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
use std::collections::BTreeMap;
use std::path::Path;

/// The operations of a key-value store, as the property test drives them.
pub trait Kv {
    /// Stores `value` under `key`.
    fn put(&mut self, key: &str, value: &str);
    /// The value stored under `key`.
    fn get(&self, key: &str) -> Option<String>;
    /// Removes `key`; returns whether it was there.
    fn delete(&mut self, key: &str) -> bool;
    /// Every key that holds a value, in ascending order.
    fn keys(&self) -> Vec<String>;
    /// Closes the store and opens its file again, as a restart would.
    fn reopen(&mut self);
}

/// Opens a store in the file `path` (created if missing).
pub type Open = fn(&Path) -> Box<dyn Kv>;

/// One operation of a generated sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// `put(key, value)`.
    Put(String, String),
    /// `delete(key)`.
    Delete(String),
    /// `reopen()`.
    Reopen,
}

/// The keys the operations use: few, so that puts, overwrites and deletes
/// often hit the same key.
pub const KEYS: [&str; 4] = ["a", "b", "ab", "c"];

/// Sequences of 1 to 20 operations on `KEYS` (given).
pub fn ops() -> impl Strategy<Value = Vec<Op>> {
    let key = prop::sample::select(KEYS.to_vec()).prop_map(String::from);
    let op = prop_oneof![
        3 => (key.clone(), "[a-z]{0,6}").prop_map(|(k, v)| Op::Put(k, v)),
        2 => key.prop_map(Op::Delete),
        1 => Just(Op::Reopen),
    ];
    prop::collection::vec(op, 1..20)
}

/// A runner with a fixed seed, so every run checks the same cases, and no
/// regression files (given).
pub fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: 128,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0xCA95_7011E),
        ..Config::default()
    })
}

/// Checks the store that `open` makes against a `BTreeMap`; panics with the
/// smallest failing sequence of operations.
pub fn store_properties(open: Open) {
    let mut runner = runner();
    let result = runner.run(&ops(), |ops| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut store = open(&dir.path().join("kv.log"));
        let mut model = BTreeMap::<String, String>::new();
        for op in ops {
            match op {
                Op::Put(key, value) => {
                    store.put(&key, &value);
                    model.insert(key, value);
                }
                Op::Delete(key) => {
                    let existed = store.delete(&key);
                    prop_assert_eq!(existed, model.remove(&key).is_some(), "delete({:?})", key);
                }
                Op::Reopen => store.reopen(),
            }
            for key in KEYS {
                prop_assert_eq!(store.get(key), model.get(key).cloned(), "get({:?})", key);
            }
            prop_assert_eq!(
                store.keys(),
                model.keys().cloned().collect::<Vec<_>>(),
                "keys()"
            );
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
}

// course:hide-start
/// The Part VI engine as a `Kv` (given): the store your properties must
/// accept. Writes are buffered (no `sync_data`), which keeps the test fast
/// and changes nothing for a restart of the process.
pub struct Engine {
    store: Store,
}

impl Engine {
    /// Opens the engine in the file `path`.
    pub fn open(path: &Path) -> Box<dyn Kv> {
        let (store, _) = Store::open_with(path, Durability::Buffered).expect("the engine opens");
        Box::new(Engine { store })
    }
}

impl Kv for Engine {
    fn put(&mut self, key: &str, value: &str) {
        self.store
            .put(key.as_bytes(), value.as_bytes())
            .expect("put");
    }

    fn get(&self, key: &str) -> Option<String> {
        let value = self.store.get(key.as_bytes()).expect("get")?;
        Some(String::from_utf8(value).expect("values are UTF-8"))
    }

    fn delete(&mut self, key: &str) -> bool {
        self.store.delete(key.as_bytes()).expect("delete")
    }

    fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self
            .store
            .keys()
            .map(|key| String::from_utf8(key.to_vec()).expect("keys are UTF-8"))
            .collect();
        keys.sort();
        keys
    }

    fn reopen(&mut self) {
        let path = self.store.path().to_path_buf();
        let (store, _) = Store::open_with(&path, Durability::Buffered).expect("the engine reopens");
        self.store = store;
    }
}
// course:hide-end

#[cfg(test)]
#[path = "../../../../exercise-tests/part13/capstone/properties.rs"]
mod tests;
