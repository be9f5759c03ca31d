use super::*;
use tempfile::TempDir;

/// A migrated database in a fresh temporary folder; the folder and the
/// database are deleted when the returned `TempDir` is dropped.
async fn bank() -> (SqlitePool, TempDir) {
    let dir = tempfile::tempdir().expect("a temporary folder for the database");
    let path = dir.path().join("bank.db");
    match open(&path).await {
        Ok(pool) => (pool, dir),
        Err(error) => panic!("open({}) failed: {error}", path.display()),
    }
}

async fn account(pool: &SqlitePool, owner: &str, cents: i64) -> Account {
    match open_account(pool, owner, cents).await {
        Ok(account) => account,
        Err(error) => panic!("open_account({owner:?}, {cents}) failed: {error}"),
    }
}

async fn balances(pool: &SqlitePool, ids: &[i64]) -> Vec<i64> {
    let mut out = Vec::new();
    for &id in ids {
        out.push(
            balance(pool, id)
                .await
                .unwrap_or_else(|error| panic!("balance({id}) failed: {error}")),
        );
    }
    out
}

async fn transfer_count(pool: &SqlitePool) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM transfers")
        .fetch_one(pool)
        .await
        .expect("the transfers table exists")
}

#[test]
fn the_migrator_holds_both_migrations_in_order() {
    let migrator = migrator();
    let versions: Vec<(i64, String)> = migrator
        .iter()
        .map(|migration| (migration.version, migration.description.to_string()))
        .collect();
    assert_eq!(
        versions,
        [(1, "accounts".to_string()), (2, "transfers".to_string())],
        "the migrations' versions and descriptions"
    );
}

#[tokio::test]
async fn opening_twice_migrates_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("bank.db");
    for attempt in 1..=2 {
        let pool = open(&path)
            .await
            .unwrap_or_else(|error| panic!("open number {attempt} failed: {error}"));
        let applied: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
            .fetch_one(&pool)
            .await
            .expect("sqlx records the applied migrations in _sqlx_migrations");
        assert_eq!(
            applied, 2,
            "after open number {attempt}, 2 migrations are recorded"
        );
        pool.close().await;
    }
}

#[tokio::test]
async fn a_database_that_cannot_be_opened_is_an_error() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("no such folder").join("bank.db");
    match open(&path).await {
        Ok(_) => panic!(
            "{} is in a folder that does not exist, yet it opened",
            path.display()
        ),
        Err(BankError::Database(_)) => {}
        Err(other) => panic!("expected BankError::Database, got {other:?}"),
    }
}

#[tokio::test]
async fn accounts_are_opened_and_read_back() {
    let (pool, _dir) = bank().await;
    let ada = account(&pool, "ada", 500).await;
    let bob = account(&pool, "bob", 0).await;
    assert_eq!(
        (ada.clone(), bob.clone()),
        (
            Account {
                id: 1,
                owner: "ada".to_string(),
                balance: 500
            },
            Account {
                id: 2,
                owner: "bob".to_string(),
                balance: 0
            },
        ),
        "the accounts returned by open_account"
    );
    let read: Account = sqlx::query_as("SELECT owner, balance, id FROM accounts WHERE id = 1")
        .fetch_one(&pool)
        .await
        .unwrap_or_else(|error| panic!("reading an Account with FromRow failed: {error}"));
    assert_eq!(read, ada, "FromRow reads the columns by name, in any order");
}

#[tokio::test]
async fn a_second_account_for_one_owner_is_refused() {
    let (pool, _dir) = bank().await;
    account(&pool, "ada", 500).await;
    match open_account(&pool, "ada", 10).await {
        Err(BankError::DuplicateOwner(owner)) => assert_eq!(owner, "ada", "the duplicate owner"),
        other => panic!("expected Err(DuplicateOwner(\"ada\")), got {other:?}"),
    }
    match open_account(&pool, "eve", -1).await {
        Err(BankError::InvalidAmount(-1)) => {}
        other => panic!("expected Err(InvalidAmount(-1)) for a negative balance, got {other:?}"),
    }
}

#[tokio::test]
async fn a_transfer_moves_money_and_is_recorded() {
    let (pool, _dir) = bank().await;
    let ada = account(&pool, "ada", 500).await;
    let bob = account(&pool, "bob", 100).await;
    if let Err(error) = transfer(&pool, ada.id, bob.id, 200).await {
        panic!("transferring 200 from ada (500) to bob failed: {error}");
    }
    assert_eq!(
        balances(&pool, &[ada.id, bob.id]).await,
        [300, 300],
        "balances after the transfer"
    );
    assert_eq!(
        transfer_count(&pool).await,
        1,
        "the transfer is recorded in `transfers`"
    );
}

#[tokio::test]
async fn too_little_money_changes_nothing() {
    let (pool, _dir) = bank().await;
    let ada = account(&pool, "ada", 50).await;
    let bob = account(&pool, "bob", 0).await;
    match transfer(&pool, ada.id, bob.id, 80).await {
        Err(BankError::InsufficientFunds { account, balance }) => {
            assert_eq!(
                (account, balance),
                (ada.id, 50),
                "the error names the account and its balance"
            );
        }
        other => panic!("expected Err(InsufficientFunds), got {other:?}"),
    }
    assert_eq!(
        balances(&pool, &[ada.id, bob.id]).await,
        [50, 0],
        "balances after the refused transfer"
    );
    for cents in [0, -5] {
        match transfer(&pool, ada.id, bob.id, cents).await {
            Err(BankError::InvalidAmount(got)) => assert_eq!(got, cents, "the invalid amount"),
            other => panic!("expected Err(InvalidAmount({cents})), got {other:?}"),
        }
    }
    assert_eq!(transfer_count(&pool).await, 0, "no transfer is recorded");
}

#[tokio::test]
async fn a_missing_account_rolls_everything_back() {
    let (pool, _dir) = bank().await;
    let ada = account(&pool, "ada", 500).await;
    match transfer(&pool, ada.id, 99, 100).await {
        Err(BankError::NoSuchAccount(99)) => {}
        other => panic!("expected Err(NoSuchAccount(99)) for a missing recipient, got {other:?}"),
    }
    assert_eq!(
        balances(&pool, &[ada.id]).await,
        [500],
        "the money taken from ada must be put back when the recipient does not exist (a transaction)"
    );
    match transfer(&pool, 42, ada.id, 100).await {
        Err(BankError::NoSuchAccount(42)) => {}
        other => panic!("expected Err(NoSuchAccount(42)) for a missing sender, got {other:?}"),
    }
    assert_eq!(balances(&pool, &[ada.id]).await, [500], "ada's balance");
    assert_eq!(transfer_count(&pool).await, 0, "no transfer is recorded");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_transfers_never_overdraw() {
    let (pool, _dir) = bank().await;
    let ada = account(&pool, "ada", 50).await;
    let bob = account(&pool, "bob", 0).await;
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let pool = pool.clone();
        tasks.spawn(async move { transfer(&pool, ada.id, bob.id, 10).await });
    }
    let (mut done, mut refused) = (0, 0);
    while let Some(result) = tasks.join_next().await {
        match result.expect("a transfer task panicked") {
            Ok(()) => done += 1,
            Err(BankError::InsufficientFunds { .. }) => refused += 1,
            Err(other) => {
                panic!("a transfer failed with {other:?}; only InsufficientFunds is expected")
            }
        }
    }
    assert_eq!(
        (done, refused),
        (5, 5),
        "10 transfers of 10 from 50: (succeeded, refused)"
    );
    assert_eq!(
        balances(&pool, &[ada.id, bob.id]).await,
        [0, 50],
        "balances at the end"
    );
}
