//! Write `InMemoryUserRepository`, a hand-written *fake* of
//! `UserRepository`: a real, working implementation that keeps users in
//! memory, for tests that care about what ends up stored rather than about
//! which calls were made.
//!
//! It must keep the same contract as the real (SQLite) repository:
//! `find_by_id` returns the stored user or `None`, and `save` inserts a
//! user or replaces the one with the same id. Two extras for tests:
//! `users()` lists what is stored, sorted by id, and `fail_next_save()`
//! makes the next `save` (only the next one) return `Err(RepoError)` and
//! store nothing.
//!
//! The tests run one contract suite against your fake and against a SQLite
//! repository, and use your fake to test `rename`.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// A user of the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: u64,
    pub name: String,
}

/// Why the repository failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoError;

/// Where users are stored.
// `async fn` in a public trait hides whether its futures are `Send`; that
// is fine for a trait used by one crate and its tests (see the chapter).
#[allow(async_fn_in_trait)]
pub trait UserRepository {
    /// The user with this id, if there is one.
    async fn find_by_id(&self, id: u64) -> Result<Option<User>, RepoError>;
    /// Stores `user`, replacing the user with the same id.
    async fn save(&self, user: &User) -> Result<(), RepoError>;
}

/// Renames user `id`; whether there was such a user (given, for the tests).
pub async fn rename<R: UserRepository>(repo: &R, id: u64, name: &str) -> Result<bool, RepoError> {
    let Some(mut user) = repo.find_by_id(id).await? else {
        return Ok(false);
    };
    user.name = name.to_string();
    repo.save(&user).await?;
    Ok(true)
}

/// Users in memory, with a switch to make a save fail.
#[derive(Debug, Default)]
pub struct InMemoryUserRepository {
    // `save` takes `&self`, so the map needs interior mutability.
    users: Mutex<BTreeMap<u64, User>>,
    fail_next_save: AtomicBool,
}

impl InMemoryUserRepository {
    /// A repository holding `users`.
    pub fn with_users(users: impl IntoIterator<Item = User>) -> Self {
        let users = users.into_iter().map(|user| (user.id, user)).collect();
        InMemoryUserRepository {
            users: Mutex::new(users),
            fail_next_save: AtomicBool::new(false),
        }
    }

    /// Every stored user, sorted by id.
    pub fn users(&self) -> Vec<User> {
        // A BTreeMap iterates in key order: sorted by id.
        self.users.lock().unwrap().values().cloned().collect()
    }

    /// Makes the next `save`, and only that one, fail.
    pub fn fail_next_save(&self) {
        self.fail_next_save.store(true, Ordering::SeqCst);
    }
}

impl UserRepository for InMemoryUserRepository {
    async fn find_by_id(&self, id: u64) -> Result<Option<User>, RepoError> {
        Ok(self.users.lock().unwrap().get(&id).cloned())
    }

    async fn save(&self, user: &User) -> Result<(), RepoError> {
        if self.fail_next_save.swap(false, Ordering::SeqCst) {
            return Err(RepoError);
        }
        self.users.lock().unwrap().insert(user.id, user.clone());
        Ok(())
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part9/mocking/fake.rs"]
mod tests;
