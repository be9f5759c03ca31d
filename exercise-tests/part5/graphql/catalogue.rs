use super::*;
use serde_json::{json, Value};

fn catalogue() -> CatalogueSchema {
    let book = |id, title: &str, year| Book {
        id,
        title: title.to_string(),
        year,
    };
    schema(vec![
        book(7, "The Rust Programming Language", 2019),
        book(3, "Programming Rust", 2021),
        book(12, "Zero to Production in Rust", 2022),
        book(5, "Crafting Interpreters", 2021),
    ])
}

/// Runs `query` and returns its `data` as JSON, failing on any GraphQL error.
async fn data(query: &str) -> Value {
    let response = catalogue().execute(query).await;
    assert!(
        response.errors.is_empty(),
        "the query {query} should succeed, but got the errors {:?}",
        response.errors
    );
    response
        .data
        .into_json()
        .expect("GraphQL data converts to JSON")
}

#[tokio::test]
async fn book_count_counts_every_book() {
    let got = data("{ bookCount }").await;
    assert_eq!(
        got,
        json!({"bookCount": 4}),
        "for the query {{ bookCount }}"
    );
}

#[tokio::test]
async fn book_finds_a_book_by_its_id() {
    let got = data("{ book(id: 12) { id title year } }").await;
    assert_eq!(
        got,
        json!({"book": {"id": 12, "title": "Zero to Production in Rust", "year": 2022}}),
        "book(id: 12) is the third book of the catalogue"
    );
    let got = data("{ book(id: 7) { title } }").await;
    assert_eq!(
        got,
        json!({"book": {"title": "The Rust Programming Language"}}),
        "book(id: 7) is the first book"
    );
}

#[tokio::test]
async fn an_unknown_id_gives_null_not_an_error() {
    let got = data("{ book(id: 99) { title } }").await;
    assert_eq!(
        got,
        json!({"book": null}),
        "no book has id 99: the answer is null, without an error"
    );
}

#[tokio::test]
async fn books_lists_every_book_in_catalogue_order() {
    let got = data("{ books { id } }").await;
    assert_eq!(
        got,
        json!({"books": [{"id": 7}, {"id": 3}, {"id": 12}, {"id": 5}]}),
        "without an argument, books lists the whole catalogue, in its order"
    );
}

#[tokio::test]
async fn title_contains_filters_ignoring_case() {
    let got = data(r#"{ books(titleContains: "RUST") { id } }"#).await;
    assert_eq!(
        got,
        json!({"books": [{"id": 7}, {"id": 3}, {"id": 12}]}),
        r#"titleContains: "RUST" matches "Rust" in any case"#
    );
    let got = data(r#"{ books(titleContains: "programming") { title } }"#).await;
    assert_eq!(
        got,
        json!({"books": [{"title": "The Rust Programming Language"}, {"title": "Programming Rust"}]}),
        r#"titleContains: "programming""#
    );
}

#[tokio::test]
async fn a_filter_that_matches_nothing_gives_an_empty_list() {
    let got = data(r#"{ books(titleContains: "cobol") { id } }"#).await;
    assert_eq!(got, json!({"books": []}), r#"titleContains: "cobol""#);
}

#[tokio::test]
async fn an_empty_filter_matches_every_book() {
    let got = data(r#"{ books(titleContains: "") { id } }"#).await;
    assert_eq!(
        got,
        json!({"books": [{"id": 7}, {"id": 3}, {"id": 12}, {"id": 5}]}),
        r#"titleContains: "" is contained in every title"#
    );
}

#[tokio::test]
async fn the_schema_has_the_names_of_the_task() {
    let sdl = catalogue().sdl();
    for line in [
        "bookCount: Int!",
        "book(id: Int!): Book",
        "books(titleContains: String): [Book!]!",
    ] {
        assert!(
            sdl.contains(line),
            "the schema should have the field `{line}`, but it is:\n{sdl}"
        );
    }
}
