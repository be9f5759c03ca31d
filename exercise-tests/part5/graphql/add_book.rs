use super::*;
use serde_json::{json, Value};

/// A library with three books (ids 1, 2 and 4) by the authors 10 and 20.
fn library() -> LibrarySchema {
    let book = |id, title: &str, year, author_id| Book {
        id,
        title: title.to_string(),
        year,
        author_id,
    };
    schema(Library {
        books: Mutex::new(vec![
            book(1, "Dune", 1965, 10),
            book(4, "Children of Dune", 1976, 10),
            book(2, "The Left Hand of Darkness", 1969, 20),
        ]),
        author_ids: vec![10, 20],
    })
}

/// Runs `query` on `schema`; returns its data and its errors as JSON.
async fn run(schema: &LibrarySchema, query: &str) -> (Value, Vec<Value>) {
    let response = schema.execute(query).await;
    let errors = response
        .errors
        .iter()
        .map(|error| serde_json::to_value(error).expect("errors serialize to JSON"))
        .collect();
    let data = response.data.into_json().expect("data converts to JSON");
    (data, errors)
}

/// The mutation adding a book with these fields, returning every field.
fn add(title: &str, year: i64, author_id: i64) -> String {
    let title = serde_json::to_string(title).unwrap();
    format!(
        "mutation {{ addBook(input: {{title: {title}, year: {year}, authorId: {author_id}}}) \
         {{ id title year authorId }} }}"
    )
}

async fn ids(schema: &LibrarySchema) -> Value {
    let (data, errors) = run(schema, "{ books { id } }").await;
    assert!(errors.is_empty(), "listing the books failed: {errors:?}");
    data
}

/// Checks that `query` is refused with one error with `code` and `field`,
/// whose message names the field, and that the library is unchanged.
async fn expect_refused(query: &str, code: &str, field: &str) {
    let schema = library();
    let before = ids(&schema).await;
    let (data, errors) = run(&schema, query).await;
    assert_eq!(
        errors.len(),
        1,
        "{query}\nshould give exactly one error, got data {data} and errors {errors:?}"
    );
    let error = &errors[0];
    assert_eq!(
        error["extensions"]["code"],
        json!(code),
        "{query}\nshould fail with extensions.code {code:?}; the error was {error}"
    );
    assert_eq!(
        error["extensions"]["field"],
        json!(field),
        "{query}\nshould fail with extensions.field {field:?}; the error was {error}"
    );
    let message = error["message"].as_str().unwrap_or_default();
    assert!(
        message.contains(field),
        "{query}\nthe error message should name the field `{field}`, but it is {message:?}"
    );
    assert_eq!(
        data,
        Value::Null,
        "a refused addBook leaves no data: `data` is null"
    );
    assert_eq!(
        ids(&schema).await,
        before,
        "{query}\nwas refused, so the library must not change"
    );
}

#[tokio::test]
async fn a_valid_book_is_stored_with_the_next_id_and_returned() {
    let schema = library();
    let (data, errors) = run(&schema, &add("The Dispossessed", 1974, 20)).await;
    assert!(errors.is_empty(), "a valid book was refused: {errors:?}");
    assert_eq!(
        data,
        json!({"addBook": {"id": 5, "title": "The Dispossessed", "year": 1974, "authorId": 20}}),
        "the largest id was 4, so the new book gets 5"
    );
    assert_eq!(
        ids(&schema).await,
        json!({"books": [{"id": 1}, {"id": 4}, {"id": 2}, {"id": 5}]}),
        "the new book is listed after the others"
    );
}

#[tokio::test]
async fn the_title_is_stored_trimmed() {
    let schema = library();
    let (data, errors) = run(&schema, &add("  \t Dune Messiah \n", 1969, 10)).await;
    assert!(errors.is_empty(), "a valid book was refused: {errors:?}");
    assert_eq!(data["addBook"]["title"], json!("Dune Messiah"));
}

#[tokio::test]
async fn an_empty_library_starts_at_id_1() {
    let schema = schema(Library {
        books: Mutex::new(Vec::new()),
        author_ids: vec![7],
    });
    let (data, errors) = run(&schema, &add("Solaris", 1961, 7)).await;
    assert!(errors.is_empty(), "a valid book was refused: {errors:?}");
    assert_eq!(data["addBook"]["id"], json!(1), "the first book gets id 1");
}

#[tokio::test]
async fn two_additions_in_one_request_get_two_ids() {
    let schema = library();
    let query = r#"mutation {
        a: addBook(input: {title: "A", year: 2000, authorId: 10}) { id }
        b: addBook(input: {title: "B", year: 2001, authorId: 20}) { id }
    }"#;
    let (data, errors) = run(&schema, query).await;
    assert!(
        errors.is_empty(),
        "two valid books were refused: {errors:?}"
    );
    assert_eq!(data, json!({"a": {"id": 5}, "b": {"id": 6}}));
}

#[tokio::test]
async fn a_blank_title_is_refused() {
    for title in ["", "   ", "\t\n"] {
        expect_refused(&add(title, 2000, 10), "BAD_USER_INPUT", "title").await;
    }
}

#[tokio::test]
async fn a_title_over_200_characters_is_refused() {
    expect_refused(&add(&"x".repeat(201), 2000, 10), "BAD_USER_INPUT", "title").await;
    expect_refused(
        &add(&"y".repeat(100_000), 2000, 10),
        "BAD_USER_INPUT",
        "title",
    )
    .await;
}

#[tokio::test]
async fn the_limit_counts_characters_not_bytes() {
    let schema = library();
    // 200 characters, 400 bytes, and spaces around them that do not count.
    let title = format!("  {}  ", "é".repeat(200));
    let (data, errors) = run(&schema, &add(&title, 2000, 10)).await;
    assert!(
        errors.is_empty(),
        "a title of 200 characters (400 bytes in UTF-8) must be accepted, got {errors:?}"
    );
    assert_eq!(data["addBook"]["title"], json!("é".repeat(200)));
}

#[tokio::test]
async fn a_year_out_of_range_is_refused() {
    for year in [1449, 2101, 0, -5, i64::from(i32::MIN), i64::from(i32::MAX)] {
        expect_refused(&add("Dune", year, 10), "BAD_USER_INPUT", "year").await;
    }
}

#[tokio::test]
async fn the_year_limits_are_included() {
    let schema = library();
    for year in [1450, 2100] {
        let (_, errors) = run(&schema, &add("Edge", year, 10)).await;
        assert!(
            errors.is_empty(),
            "the year {year} must be accepted, got {errors:?}"
        );
    }
}

#[tokio::test]
async fn an_unknown_author_is_not_found() {
    for author_id in [30, 0, -1] {
        expect_refused(&add("Dune", 2000, author_id), "NOT_FOUND", "authorId").await;
    }
}
