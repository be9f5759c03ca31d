//! `import` reads `key=value` lines into a `Store` and returns how many lines
//! it stored; `replace_all` empties the store first, then imports. Both
//! compile and return the right counts, yet the store never changes: nothing
//! is inserted and nothing is removed. Find out why and fix it. Keep the
//! signatures.
//!
//! The rules: spaces around the key and the value are trimmed; a line without
//! `=`, or whose value is not a `u32`, is skipped; a key that is already in
//! the store gets the new value.

use tokio::sync::Mutex;

/// An in-memory key-value store that async code can share.
#[derive(Debug, Default)]
pub struct Store {
    entries: Mutex<Vec<(String, u32)>>,
}

impl Store {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `key` to `value`, replacing any value it had.
    pub async fn insert(&self, key: &str, value: u32) {
        let mut entries = self.entries.lock().await;
        match entries.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => entries.push((key.to_string(), value)),
        }
    }

    /// The value of `key`, if it is in the store.
    pub async fn get(&self, key: &str) -> Option<u32> {
        let entries = self.entries.lock().await;
        entries.iter().find(|(k, _)| k == key).map(|&(_, v)| v)
    }

    /// How many keys the store holds.
    pub async fn count(&self) -> usize {
        self.entries.lock().await.len()
    }

    /// Removes every entry.
    pub async fn remove_all(&self) {
        self.entries.lock().await.clear();
    }
}

/// Stores every well-formed `key=value` line of `text`; returns how many.
pub async fn import(store: &Store, text: &str) -> usize {
    let mut stored = 0;
    for line in text.lines() {
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let Ok(value) = value.trim().parse::<u32>() else {
            continue;
        };
        store.insert(key.trim(), value);
        stored += 1;
    }
    stored
}

/// Empties `store`, then imports `text` into it; returns how many lines it stored.
pub async fn replace_all(store: &Store, text: &str) -> usize {
    let _ = store.remove_all();
    import(store, text).await
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part1/async/import.rs"]
mod tests;
