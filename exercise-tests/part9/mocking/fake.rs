use super::*;
use rusqlite::{Connection, OptionalExtension};

fn user(id: u64, name: &str) -> User {
    User {
        id,
        name: name.to_string(),
    }
}

/// The real repository, on SQLite, for the contract suite.
struct SqliteRepository {
    conn: Mutex<Connection>,
}

impl SqliteRepository {
    fn new() -> Self {
        let conn = Connection::open_in_memory().expect("an in-memory database");
        conn.execute_batch("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            .expect("creating the table");
        SqliteRepository {
            conn: Mutex::new(conn),
        }
    }
}

impl UserRepository for SqliteRepository {
    async fn find_by_id(&self, id: u64) -> Result<Option<User>, RepoError> {
        let conn = self.conn.lock().unwrap();
        conn.query_row(
            "SELECT id, name FROM users WHERE id = ?1",
            [id as i64],
            |row| {
                Ok(user(
                    row.get::<_, i64>(0)? as u64,
                    &row.get::<_, String>(1)?,
                ))
            },
        )
        .optional()
        .map_err(|_| RepoError)
    }

    async fn save(&self, u: &User) -> Result<(), RepoError> {
        let conn = self.conn.lock().unwrap();
        conn.execute(
            "INSERT INTO users (id, name) VALUES (?1, ?2)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            (u.id as i64, &u.name),
        )
        .map(|_| ())
        .map_err(|_| RepoError)
    }
}

/// The contract every `UserRepository` keeps; `fresh` gives an empty one.
async fn contract<R: UserRepository>(fresh: impl Fn() -> R, what: &str) {
    let repo = fresh();
    assert_eq!(
        repo.find_by_id(1).await,
        Ok(None),
        "{what}: find_by_id(1) in an empty repository"
    );

    let repo = fresh();
    repo.save(&user(1, "Ada")).await.expect("saving Ada");
    assert_eq!(
        repo.find_by_id(1).await,
        Ok(Some(user(1, "Ada"))),
        "{what}: find_by_id(1) after saving Ada as user 1"
    );
    assert_eq!(
        repo.find_by_id(2).await,
        Ok(None),
        "{what}: find_by_id(2) when only user 1 exists"
    );

    let repo = fresh();
    repo.save(&user(1, "Ada")).await.expect("saving Ada");
    repo.save(&user(1, "Ada Lovelace"))
        .await
        .expect("saving user 1 again");
    assert_eq!(
        repo.find_by_id(1).await,
        Ok(Some(user(1, "Ada Lovelace"))),
        "{what}: saving user 1 twice should replace the first version"
    );
}

#[tokio::test]
async fn the_fake_keeps_the_contract() {
    contract(InMemoryUserRepository::default, "InMemoryUserRepository").await;
}

#[tokio::test]
async fn the_real_repository_keeps_the_same_contract() {
    // Not about your code: shows that the contract suite describes the
    // real repository too, so the fake is a faithful stand-in.
    contract(SqliteRepository::new, "SqliteRepository").await;
}

#[tokio::test]
async fn with_users_and_users_list_the_contents_by_id() {
    let repo = InMemoryUserRepository::with_users([user(3, "Edsger"), user(1, "Ada")]);
    assert_eq!(
        repo.users(),
        [user(1, "Ada"), user(3, "Edsger")],
        "users() after with_users([3 Edsger, 1 Ada]), sorted by id"
    );
    assert_eq!(repo.find_by_id(3).await, Ok(Some(user(3, "Edsger"))));
}

#[tokio::test]
async fn fail_next_save_fails_exactly_one_save() {
    let repo = InMemoryUserRepository::with_users([user(1, "Ada")]);
    repo.fail_next_save();
    assert_eq!(
        repo.save(&user(2, "Grace")).await,
        Err(RepoError),
        "the save after fail_next_save()"
    );
    assert_eq!(
        repo.users(),
        [user(1, "Ada")],
        "a failed save should store nothing"
    );
    assert_eq!(
        repo.save(&user(2, "Grace")).await,
        Ok(()),
        "the save after that should succeed again"
    );
    assert_eq!(repo.users(), [user(1, "Ada"), user(2, "Grace")]);
}

#[tokio::test]
async fn rename_with_the_fake() {
    let repo = InMemoryUserRepository::with_users([user(1, "Ada"), user(2, "Grace")]);
    assert_eq!(rename(&repo, 1, "Ada Lovelace").await, Ok(true));
    assert_eq!(rename(&repo, 9, "Nobody").await, Ok(false));
    assert_eq!(
        repo.users(),
        [user(1, "Ada Lovelace"), user(2, "Grace")],
        "what is stored after renaming user 1 and trying to rename user 9"
    );

    repo.fail_next_save();
    assert_eq!(
        rename(&repo, 2, "Grace Hopper").await,
        Err(RepoError),
        "rename when the save fails"
    );
    assert_eq!(
        repo.users()[1],
        user(2, "Grace"),
        "a rename whose save failed should leave the user unchanged"
    );
}
