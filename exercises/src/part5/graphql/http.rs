//! Serve the schema below over HTTP, safely. Books have related books, which
//! have related books, and so on: a client can ask for an answer as large as
//! it likes. Limit what a query may ask for, and answer every request, however
//! hostile, with the right status and a GraphQL error instead of a panic.
//!
//! `schema()`:
//! - refuses queries nested deeper than `MAX_DEPTH` and queries with a
//!   complexity above `MAX_COMPLEXITY` (async-graphql's errors "Query is
//!   nested too deep." and "Query is too complex.");
//! - counts a list field's complexity as `first` times the complexity of what
//!   is selected in it, so that `{ books(first: 1000) { title } }` costs 1000,
//!   not 2;
//! - disables introspection, as a production server does.
//!
//! `app(schema)` answers `POST /graphql`, whose body is a GraphQL request in
//! JSON (`{"query": ..., "variables": ...}`):
//! - A body that is not one (not JSON, or JSON of the wrong shape): `400 Bad
//!   Request`, with a JSON body `{"errors": [{"message": "..."}]}`.
//! - A body longer than `BODY_LIMIT` bytes: `413 Payload Too Large`.
//! - Otherwise the GraphQL response, in JSON. Its media type and status follow
//!   the GraphQL-over-HTTP specification. If the request's `Accept` header
//!   names `application/graphql-response+json`, the response has that media
//!   type, and a **request error** (the query does not parse or fails
//!   validation, a limit above included: there is no data, and no error has a
//!   `path`) is answered `400` and without a `data` entry; anything else
//!   `200`. Without it, the media type is `application/json` and the status
//!   is `200`, errors or not.

use async_graphql::{EmptyMutation, EmptySubscription, Object, Schema};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::post;
use axum::Router;

/// The deepest query allowed (`{ books { title } }` has depth 2).
pub const MAX_DEPTH: usize = 5;
/// The largest complexity allowed.
pub const MAX_COMPLEXITY: usize = 200;
/// The longest request body allowed, in bytes.
pub const BODY_LIMIT: usize = 16 * 1024;
/// The media type of the GraphQL-over-HTTP specification.
pub const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";

/// A book. Each has `first` related books, without end.
pub struct Book {
    id: usize,
}

#[Object]
impl Book {
    /// The book's title.
    async fn title(&self) -> String {
        format!("Book {}", self.id)
    }

    /// The books related to this one.
    async fn related(&self, #[graphql(default = 10)] first: usize) -> Vec<Book> {
        (1..=first).map(|id| Book { id }).collect()
    }
}

/// The query root.
pub struct Query;

#[Object]
impl Query {
    /// The first `first` books.
    async fn books(&self, #[graphql(default = 10)] first: usize) -> Vec<Book> {
        (1..=first).map(|id| Book { id }).collect()
    }
}

/// The API's schema.
pub type ApiSchema = Schema<Query, EmptyMutation, EmptySubscription>;

/// Builds the schema, with its limits.
pub fn schema() -> ApiSchema {
    // No limits yet: any query runs, however deep or large.
    Schema::new(Query, EmptyMutation, EmptySubscription)
}

/// The router: `POST /graphql`, with the body limit.
pub fn app(schema: ApiSchema) -> Router {
    Router::new()
        .route("/graphql", post(graphql))
        .with_state(schema)
}

/// Runs one GraphQL request.
async fn graphql(State(schema): State<ApiSchema>, headers: HeaderMap, body: Bytes) -> Response {
    todo!(
        "run the request in the body ({} bytes, {} header(s)) on the schema ({} types)",
        body.len(),
        headers.len(),
        schema.names().len()
    )
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/graphql/http.rs"]
mod tests;
