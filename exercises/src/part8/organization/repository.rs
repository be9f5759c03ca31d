//! The source document's `UserService`, which holds its repository as
//! `Arc<dyn UserRepository>`. The trait's methods return boxed futures,
//! so the trait is dyn compatible (see the chapter).
//!
//! 1. `InMemoryUsers`: a fake repository that keeps users in a
//!    `Mutex<HashMap>`. `find_by_id` gives `Ok(None)` for an unknown id;
//!    `save` inserts or replaces the user with the same id. It is shared
//!    between tasks on several threads, so no save may be lost.
//! 2. `UserService::get_user`: the user, or `NotFound(id)`.
//! 3. `UserService::rename`: trims `new_name`; a name that is then empty,
//!    longer than 50 characters, or contains a control character (such as
//!    a newline) gives `InvalidName` **without asking the repository
//!    anything**. An unknown id gives `NotFound(id)`. Otherwise it saves
//!    and returns the renamed user.
//!
//! A failure of the repository is never a `NotFound`: it becomes
//! `ServiceError::Repository`, with the repository's error as its source.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

/// A future on the heap, which can be sent to another thread.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Its id.
    pub id: u64,
    /// Its display name.
    pub name: String,
}

/// What a repository can fail with.
#[derive(Debug, thiserror::Error)]
pub enum RepositoryError {
    /// The store cannot be reached.
    #[error("the user store is unavailable")]
    Unavailable,
}

/// Where users are kept. Dyn compatible: every method returns a boxed future.
pub trait UserRepository: Send + Sync {
    /// The user with this id, or `None`.
    fn find_by_id(&self, id: u64) -> BoxFuture<'_, Result<Option<User>, RepositoryError>>;
    /// Inserts the user, or replaces the one with the same id.
    fn save(&self, user: User) -> BoxFuture<'_, Result<(), RepositoryError>>;
}

/// A repository in memory, for tests and demos.
#[derive(Debug, Default)]
pub struct InMemoryUsers {
    users: Mutex<HashMap<u64, User>>,
}

impl UserRepository for InMemoryUsers {
    fn find_by_id(&self, id: u64) -> BoxFuture<'_, Result<Option<User>, RepositoryError>> {
        let _users = &self.users;
        todo!("look up user {id}")
    }

    fn save(&self, user: User) -> BoxFuture<'_, Result<(), RepositoryError>> {
        todo!("store {user:?}")
    }
}

/// What the service can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// No user has this id.
    #[error("no user {0}")]
    NotFound(u64),
    /// The new name is not acceptable.
    #[error("invalid name: {0}")]
    InvalidName(String),
    /// The repository failed.
    #[error("the user store failed")]
    Repository(#[from] RepositoryError),
}

/// The longest name `rename` accepts, in characters.
pub const MAX_NAME_CHARS: usize = 50;

/// Use cases about users, over any repository.
#[derive(Clone)]
pub struct UserService {
    repository: Arc<dyn UserRepository>,
}

impl UserService {
    /// A service over `repository`.
    pub fn new(repository: Arc<dyn UserRepository>) -> Self {
        Self { repository }
    }

    /// The user with this id, or `NotFound`.
    pub async fn get_user(&self, id: u64) -> Result<User, ServiceError> {
        let _repository = &self.repository;
        todo!("ask the repository for user {id}")
    }

    /// Renames the user `id` to `new_name`, trimmed, and returns it.
    pub async fn rename(&self, id: u64, new_name: &str) -> Result<User, ServiceError> {
        todo!("rename user {id} to {new_name:?}")
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part8/organization/repository.rs"]
mod tests;
