use super::*;
use mockall::predicate::eq;

fn ada() -> User {
    User {
        id: 7,
        name: "Ada".into(),
        email: "ada@example.com".into(),
    }
}

#[tokio::test]
async fn get_user_returns_the_user() {
    let mut repository = MockUserRepository::new();
    repository
        .expect_find_by_id()
        .with(eq(7))
        .times(1)
        .returning(|_| Ok(Some(ada())));
    let service = UserService::new(repository);
    assert_eq!(service.get_user(7).await, Ok(ada()), "get_user(7)");
}

#[tokio::test]
async fn get_user_of_a_missing_user_is_not_found() {
    let mut repository = MockUserRepository::new();
    repository
        .expect_find_by_id()
        .times(1)
        .returning(|_| Ok(None));
    let service = UserService::new(repository);
    assert_eq!(
        service.get_user(8).await,
        Err(AppError::NotFound),
        "get_user(8) when the repository has no user 8"
    );
}

#[tokio::test]
async fn get_user_passes_repository_errors_on() {
    let mut repository = MockUserRepository::new();
    repository
        .expect_find_by_id()
        .times(1)
        .returning(|_| Err(RepoError));
    let service = UserService::new(repository);
    assert_eq!(
        service.get_user(7).await,
        Err(AppError::Repository(RepoError)),
        "get_user(7) when the repository fails"
    );
}

#[tokio::test]
async fn rename_saves_the_trimmed_name_once() {
    let mut repository = MockUserRepository::new();
    repository
        .expect_find_by_id()
        .with(eq(7))
        .times(1)
        .returning(|_| Ok(Some(ada())));
    let expected = User {
        name: "Ada Lovelace".into(),
        ..ada()
    };
    let saved = expected.clone();
    repository
        .expect_save()
        .withf(move |user| *user == saved)
        .times(1)
        .returning(|_| Ok(()));
    let service = UserService::new(repository);
    assert_eq!(
        service.rename(7, "  Ada Lovelace ").await,
        Ok(expected),
        "rename(7, \"  Ada Lovelace \") should save and return Ada with the trimmed name"
    );
}

#[tokio::test]
async fn rename_to_a_blank_name_touches_nothing() {
    // No expectations: any call to the repository panics.
    let service = UserService::new(MockUserRepository::new());
    let result = service.rename(7, "   ").await;
    assert!(
        matches!(result, Err(AppError::Validation(_))),
        "rename(7, \"   \") should be Err(Validation(..)) without calling the repository, got {result:?}"
    );
}

#[tokio::test]
async fn rename_of_a_missing_user_saves_nothing() {
    let mut repository = MockUserRepository::new();
    repository
        .expect_find_by_id()
        .times(1)
        .returning(|_| Ok(None));
    repository.expect_save().never();
    let service = UserService::new(repository);
    assert_eq!(
        service.rename(8, "Grace").await,
        Err(AppError::NotFound),
        "rename(8, ..) when there is no user 8"
    );
}

#[tokio::test]
async fn rename_reports_a_failed_save() {
    let mut repository = MockUserRepository::new();
    repository
        .expect_find_by_id()
        .returning(|_| Ok(Some(ada())));
    repository
        .expect_save()
        .times(1)
        .returning(|_| Err(RepoError));
    let service = UserService::new(repository);
    assert_eq!(
        service.rename(7, "Ada Lovelace").await,
        Err(AppError::Repository(RepoError)),
        "rename when saving fails"
    );
}
