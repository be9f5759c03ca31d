use super::*;
use std::error::Error as _;
use std::sync::atomic::{AtomicUsize, Ordering};

fn ada() -> User {
    User {
        id: 1,
        name: "Ada".into(),
    }
}

/// A service over an in-memory repository that already holds Ada (id 1).
async fn service_with_ada() -> (UserService, Arc<InMemoryUsers>) {
    let repository = Arc::new(InMemoryUsers::default());
    repository.save(ada()).await.expect("the fake never fails");
    let service = UserService::new(repository.clone());
    (service, repository)
}

/// A repository that counts the calls it gets and answers with an
/// in-memory fake, or fails every call when `broken`.
#[derive(Default)]
struct Spy {
    inner: InMemoryUsers,
    broken: bool,
    calls: AtomicUsize,
}

impl UserRepository for Spy {
    fn find_by_id(&self, id: u64) -> BoxFuture<'_, Result<Option<User>, RepositoryError>> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if self.broken {
            return Box::pin(async { Err(RepositoryError::Unavailable) });
        }
        self.inner.find_by_id(id)
    }

    fn save(&self, user: User) -> BoxFuture<'_, Result<(), RepositoryError>> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        if self.broken {
            return Box::pin(async { Err(RepositoryError::Unavailable) });
        }
        self.inner.save(user)
    }
}

#[tokio::test]
async fn the_fake_finds_what_was_saved_and_nothing_else() {
    let repository = InMemoryUsers::default();
    let grace = User {
        id: 2,
        name: "Grace".into(),
    };
    repository.save(ada()).await.unwrap();
    repository.save(grace.clone()).await.unwrap();
    assert_eq!(repository.find_by_id(1).await.unwrap(), Some(ada()));
    assert_eq!(repository.find_by_id(2).await.unwrap(), Some(grace));
    assert_eq!(
        repository.find_by_id(3).await.unwrap(),
        None,
        "an unknown id should give Ok(None)"
    );
}

#[tokio::test]
async fn saving_the_same_id_replaces_the_user() {
    let repository = InMemoryUsers::default();
    repository.save(ada()).await.unwrap();
    let renamed = User {
        id: 1,
        name: "Countess".into(),
    };
    repository.save(renamed.clone()).await.unwrap();
    assert_eq!(repository.find_by_id(1).await.unwrap(), Some(renamed));
}

#[tokio::test]
async fn get_user_finds_a_user_or_says_not_found() {
    let (service, _) = service_with_ada().await;
    assert_eq!(service.get_user(1).await.unwrap(), ada());
    let err = service.get_user(42).await.unwrap_err();
    assert!(
        matches!(err, ServiceError::NotFound(42)),
        "get_user(42) should be NotFound(42), got {err:?}"
    );
}

#[tokio::test]
async fn rename_trims_saves_and_returns_the_user() {
    let (service, repository) = service_with_ada().await;
    let user = service.rename(1, "  Ada Lovelace \n").await.unwrap();
    let expected = User {
        id: 1,
        name: "Ada Lovelace".into(),
    };
    assert_eq!(user, expected, "rename should return the renamed user");
    assert_eq!(
        repository.find_by_id(1).await.unwrap(),
        Some(expected),
        "rename should save the new name in the repository"
    );
}

#[tokio::test]
async fn rename_of_an_unknown_user_is_not_found() {
    let (service, repository) = service_with_ada().await;
    let err = service.rename(7, "Grace").await.unwrap_err();
    assert!(
        matches!(err, ServiceError::NotFound(7)),
        "rename(7, ..) should be NotFound(7), got {err:?}"
    );
    assert_eq!(
        repository.find_by_id(7).await.unwrap(),
        None,
        "rename of an unknown user must not create it"
    );
}

#[tokio::test]
async fn bad_names_are_refused_before_asking_the_repository() {
    let too_long = "x".repeat(MAX_NAME_CHARS + 1);
    for bad in ["", "   \t ", too_long.as_str(), "Ada\nLovelace", "Ada\u{7}"] {
        let spy = Arc::new(Spy::default());
        spy.inner.save(ada()).await.unwrap();
        let service = UserService::new(spy.clone());
        let result = service.rename(1, bad).await;
        assert!(
            matches!(result, Err(ServiceError::InvalidName(_))),
            "rename(1, {bad:?}) should be InvalidName, got {result:?}"
        );
        assert_eq!(
            spy.calls.load(Ordering::SeqCst),
            0,
            "rename(1, {bad:?}) should not call the repository"
        );
    }
}

#[tokio::test]
async fn names_of_exactly_fifty_characters_are_fine() {
    let (service, _) = service_with_ada().await;
    // 50 characters, 100 bytes: the limit counts characters.
    let name = "é".repeat(MAX_NAME_CHARS);
    let user = service.rename(1, &name).await.unwrap();
    assert_eq!(user.name, name);
}

#[tokio::test]
async fn a_failing_repository_is_not_a_missing_user() {
    let spy = Arc::new(Spy {
        broken: true,
        ..Spy::default()
    });
    let service = UserService::new(spy);
    for (what, result) in [
        ("get_user(1)", service.get_user(1).await),
        ("rename(1, \"Grace\")", service.rename(1, "Grace").await),
    ] {
        let err = result.unwrap_err();
        assert!(
            matches!(err, ServiceError::Repository(RepositoryError::Unavailable)),
            "{what} on a broken repository should be Repository(Unavailable), got {err:?}"
        );
        let source = err
            .source()
            .expect("a Repository error should keep the repository's error as its source");
        assert_eq!(source.to_string(), "the user store is unavailable");
    }
}

#[test]
fn the_service_is_shared_by_tasks_on_several_threads() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .build()
        .unwrap();
    runtime.block_on(async {
        let repository: Arc<dyn UserRepository> = Arc::new(InMemoryUsers::default());
        let service = UserService::new(repository.clone());
        let mut tasks = Vec::new();
        for id in 0..64 {
            let repository = repository.clone();
            let service = service.clone();
            tasks.push(tokio::spawn(async move {
                repository
                    .save(User {
                        id,
                        name: format!("user {id}"),
                    })
                    .await
                    .unwrap();
                service.rename(id, &format!("renamed {id}")).await.unwrap()
            }));
        }
        for task in tasks {
            task.await.expect("a task panicked");
        }
        for id in 0..64 {
            let user = service.get_user(id).await.unwrap_or_else(|err| {
                panic!("user {id} should be there after 64 concurrent saves, got {err:?}")
            });
            assert_eq!(user.name, format!("renamed {id}"));
        }
    });
}
