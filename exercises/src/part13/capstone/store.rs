//! Step 2: the store. `KvStore` puts the Part VI engine
//! (`course_kv::engine::Store`, synchronous, `&mut self` to write) behind a
//! handle that async code can clone and share. `open` is written; write
//! `put`, `get`, `delete` and `list`.
//!
//! - The engine does blocking file I/O, and `put` waits for the disk
//!   (`sync_data`). Run every engine call on tokio's blocking pool
//!   (`tokio::task::spawn_blocking`), never on the async threads; lock the
//!   `Mutex` inside the blocking task.
//! - `put(key, value)` stores the value (durable once it returns `Ok`);
//!   `get` returns it, or `None`; `delete` returns whether the key was
//!   there; `list(prefix)` returns the keys that start with `prefix`, in
//!   ascending order (all keys for `""`).
//! - Values are UTF-8 text. A stored value or key this program could not
//!   have written (not UTF-8, not a valid `Key`) is `StoreError::Foreign`.
//! - Tracing: each call runs in an INFO span named after it (`put`, `get`,
//!   `delete`, `list`) with a field `key` (for `list`, `prefix`), and logs
//!   one DEBUG event in that span when the engine is done:
//!   `stored` with `bytes` (the value's length), `looked up` with `found`
//!   (`true` or `false`), `deleted` with `existed`, `listed` with `count`.
//!   `open` shows how.

use course_kv::engine::{Durability, Store};
use course_kv::keys::Key;
use std::io;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use tracing::Instrument as _;

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Reading or writing the log failed.
    #[error("storage I/O failed")]
    Io(#[from] io::Error),
    /// A stored key or value is not what this program writes (not UTF-8,
    /// or not a valid key).
    #[error("the log holds a record this program did not write: {0}")]
    Foreign(String),
    /// The blocking task running the engine panicked or was cancelled.
    #[error("the storage task failed")]
    Task(#[from] tokio::task::JoinError),
}

/// A handle to a store on disk; clones share it.
#[derive(Debug, Clone)]
pub struct KvStore {
    engine: Arc<Mutex<Store>>,
}

impl KvStore {
    /// Opens (or creates) the store in the file `path`, with
    /// [`Durability::Sync`].
    pub async fn open(path: impl Into<PathBuf>) -> Result<KvStore, StoreError> {
        KvStore::open_with(path, Durability::Sync).await
    }

    /// Opens (or creates) the store in the file `path`.
    pub async fn open_with(
        path: impl Into<PathBuf>,
        durability: Durability,
    ) -> Result<KvStore, StoreError> {
        let path = path.into();
        let span = tracing::info_span!("open", path = %path.display());
        async move {
            let (store, recovery) =
                tokio::task::spawn_blocking(move || Store::open_with(&path, durability)).await??;
            if let Some(discarded) = recovery.discarded {
                tracing::warn!(
                    offset = discarded.offset,
                    bytes = discarded.bytes,
                    "discarded a torn tail"
                );
            }
            tracing::info!(records = recovery.records, keys = store.len(), "opened");
            Ok(KvStore {
                engine: Arc::new(Mutex::new(store)),
            })
        }
        .instrument(span)
        .await
    }

    /// Stores `value` under `key`; durable once this returns `Ok`.
    pub async fn put(&self, key: Key, value: String) -> Result<(), StoreError> {
        todo!("store {value:?} under {key} through the engine")
    }

    /// The value stored under `key`, if any.
    pub async fn get(&self, key: Key) -> Result<Option<String>, StoreError> {
        todo!("read the value of {key} through the engine")
    }

    /// Removes `key`; returns whether it was there.
    pub async fn delete(&self, key: Key) -> Result<bool, StoreError> {
        todo!("delete {key} through the engine")
    }

    /// The keys that start with `prefix`, in ascending order.
    pub async fn list(&self, prefix: &str) -> Result<Vec<Key>, StoreError> {
        todo!("list the keys that start with {prefix:?}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part13/capstone/store.rs"]
mod tests;
