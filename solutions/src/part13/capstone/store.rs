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

    /// Runs `work` on the engine, on tokio's blocking pool.
    async fn with_engine<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    {
        let engine = Arc::clone(&self.engine);
        tokio::task::spawn_blocking(move || {
            // The engine's methods leave it consistent even if one panics
            // half-way (a record is either in the index or not), so a
            // poisoned lock is safe to use.
            let mut engine = engine.lock().unwrap_or_else(PoisonError::into_inner);
            work(&mut engine)
        })
        .await?
    }

    /// Stores `value` under `key`; durable once this returns `Ok`.
    pub async fn put(&self, key: Key, value: String) -> Result<(), StoreError> {
        let span = tracing::info_span!("put", key = %key);
        async move {
            let bytes = value.len();
            self.with_engine(move |engine| {
                Ok(engine.put(key.as_str().as_bytes(), value.as_bytes())?)
            })
            .await?;
            tracing::debug!(bytes, "stored");
            Ok(())
        }
        .instrument(span)
        .await
    }

    /// The value stored under `key`, if any.
    pub async fn get(&self, key: Key) -> Result<Option<String>, StoreError> {
        let span = tracing::info_span!("get", key = %key);
        async move {
            let value = self
                .with_engine(move |engine| Ok(engine.get(key.as_str().as_bytes())?))
                .await?;
            tracing::debug!(found = value.is_some(), "looked up");
            value
                .map(|bytes| {
                    String::from_utf8(bytes)
                        .map_err(|e| StoreError::Foreign(format!("a value is not UTF-8: {e}")))
                })
                .transpose()
        }
        .instrument(span)
        .await
    }

    /// Removes `key`; returns whether it was there.
    pub async fn delete(&self, key: Key) -> Result<bool, StoreError> {
        let span = tracing::info_span!("delete", key = %key);
        async move {
            let existed = self
                .with_engine(move |engine| Ok(engine.delete(key.as_str().as_bytes())?))
                .await?;
            tracing::debug!(existed, "deleted");
            Ok(existed)
        }
        .instrument(span)
        .await
    }

    /// The keys that start with `prefix`, in ascending order.
    pub async fn list(&self, prefix: &str) -> Result<Vec<Key>, StoreError> {
        let span = tracing::info_span!("list", prefix);
        let prefix = prefix.to_owned();
        async move {
            let mut keys = self
                .with_engine(move |engine| {
                    engine
                        .keys()
                        .filter(|key| key.starts_with(prefix.as_bytes()))
                        .map(|key| {
                            let key = String::from_utf8(key.to_vec()).map_err(|e| {
                                StoreError::Foreign(format!("a key is not UTF-8: {e}"))
                            })?;
                            Key::new(key).map_err(|e| StoreError::Foreign(e.to_string()))
                        })
                        .collect::<Result<Vec<Key>, StoreError>>()
                })
                .await?;
            keys.sort_unstable();
            tracing::debug!(count = keys.len(), "listed");
            Ok(keys)
        }
        .instrument(span)
        .await
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part13/capstone/store.rs"]
mod tests;
