use super::*;
use serde_json::{json, Value};

/// Twenty books, by five authors (book `n` is by author `n % 5 + 1`).
fn twenty_books() -> Arc<Db> {
    let books = (1..=20)
        .map(|n| Book {
            id: n,
            title: format!("Book {n}"),
            author_id: n % 5 + 1,
        })
        .collect();
    let authors = (1..=5)
        .map(|id| Author {
            id,
            name: format!("Author {id}"),
        })
        .collect();
    Arc::new(Db::new(books, authors))
}

async fn run(schema: &LibrarySchema, query: &str) -> Value {
    let response = schema.execute(query).await;
    assert!(
        response.errors.is_empty(),
        "the query {query} should succeed, got {} error(s), the first: {:?}",
        response.errors.len(),
        response.errors.first()
    );
    response.data.into_json().expect("data converts to JSON")
}

/// The calls, with the ids of each `Authors` call sorted (a DataLoader
/// passes its keys in no particular order).
fn calls(db: &Db) -> Vec<Call> {
    db.calls()
        .into_iter()
        .map(|call| match call {
            Call::Authors(mut ids) => {
                ids.sort();
                Call::Authors(ids)
            }
            other => other,
        })
        .collect()
}

/// Checks the calls, with a message that counts them when they differ.
fn expect_calls(db: &Db, expected: &[Call], what: &str) {
    let got = calls(db);
    assert!(
        got == expected,
        "{what}: the database should get {} call(s), {expected:?}, but got {}: {got:?}",
        expected.len(),
        got.len()
    );
}

// Paused time: the DataLoader waits 1 ms (a tokio timer) before it loads a
// batch, and with the clock paused that timer fires only when every resolver
// is waiting, however slow the machine.
#[tokio::test(start_paused = true)]
async fn twenty_books_and_their_authors_take_two_database_calls() {
    let db = twenty_books();
    let schema = schema(db.clone());
    let data = run(&schema, "{ books { title author { name } } }").await;
    let expected: Vec<Value> = (1..=20)
        .map(|n| json!({"title": format!("Book {n}"), "author": {"name": format!("Author {}", n % 5 + 1)}}))
        .collect();
    assert_eq!(
        data,
        json!({ "books": expected }),
        "the answer must not change"
    );
    expect_calls(
        &db,
        &[Call::AllBooks, Call::Authors(vec![1, 2, 3, 4, 5])],
        "20 books by 5 authors",
    );
}

#[tokio::test(start_paused = true)]
async fn a_missing_author_is_null_without_an_error() {
    let db = Arc::new(Db::new(
        vec![
            Book {
                id: 1,
                title: "Known".into(),
                author_id: 1,
            },
            Book {
                id: 2,
                title: "Orphan".into(),
                author_id: 99,
            },
        ],
        vec![Author {
            id: 1,
            name: "Ann".into(),
        }],
    ));
    let schema = schema(db.clone());
    let data = run(&schema, "{ books { title author { name } } }").await;
    assert_eq!(
        data,
        json!({"books": [
            {"title": "Known", "author": {"name": "Ann"}},
            {"title": "Orphan", "author": null},
        ]}),
        "the author 99 is not in the database"
    );
    expect_calls(
        &db,
        &[Call::AllBooks, Call::Authors(vec![1, 99])],
        "two books, one of them by a missing author",
    );
}

#[tokio::test(start_paused = true)]
async fn a_query_without_authors_makes_no_author_call() {
    let db = twenty_books();
    let schema = schema(db.clone());
    run(&schema, "{ books { id title } }").await;
    expect_calls(&db, &[Call::AllBooks], "a query that selects no author");
}

#[tokio::test(start_paused = true)]
async fn one_batch_serves_the_whole_request() {
    let db = twenty_books();
    let schema = schema(db.clone());
    let data = run(
        &schema,
        "{ first: books { author { id } } again: books { author { name } } }",
    )
    .await;
    assert_eq!(data["again"][19]["author"]["name"], json!("Author 1"));
    expect_calls(
        &db,
        &[
            Call::AllBooks,
            Call::AllBooks,
            Call::Authors(vec![1, 2, 3, 4, 5]),
        ],
        "the same authors asked for by two lists of one request",
    );
}

#[tokio::test(start_paused = true)]
async fn nothing_is_cached_between_requests() {
    let db = twenty_books();
    let schema = schema(db.clone());
    run(&schema, "{ books { author { name } } }").await;
    db.rename_author(1, "Renamed");
    let data = run(&schema, "{ books { author { name } } }").await;
    assert_eq!(
        data["books"][4]["author"]["name"],
        json!("Renamed"),
        "author 1 was renamed between the two requests; the second must see it"
    );
    let batches = calls(&db)
        .iter()
        .filter(|call| matches!(call, Call::Authors(_)))
        .count();
    assert_eq!(
        batches,
        2,
        "two requests make one author batch each, got {:?}",
        calls(&db)
    );
}
