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
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde_json::json;

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
    #[graphql(complexity = "first * child_complexity")]
    async fn related(&self, #[graphql(default = 10)] first: usize) -> Vec<Book> {
        (1..=first).map(|id| Book { id }).collect()
    }
}

/// The query root.
pub struct Query;

#[Object]
impl Query {
    /// The first `first` books.
    #[graphql(complexity = "first * child_complexity")]
    async fn books(&self, #[graphql(default = 10)] first: usize) -> Vec<Book> {
        (1..=first).map(|id| Book { id }).collect()
    }
}

/// The API's schema.
pub type ApiSchema = Schema<Query, EmptyMutation, EmptySubscription>;

/// Builds the schema, with its limits.
pub fn schema() -> ApiSchema {
    Schema::build(Query, EmptyMutation, EmptySubscription)
        .limit_depth(MAX_DEPTH)
        .limit_complexity(MAX_COMPLEXITY)
        .disable_introspection()
        .finish()
}

/// The router: `POST /graphql`, with the body limit.
pub fn app(schema: ApiSchema) -> Router {
    Router::new()
        .route("/graphql", post(graphql))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(schema)
}

/// Runs one GraphQL request.
async fn graphql(State(schema): State<ApiSchema>, headers: HeaderMap, body: Bytes) -> Response {
    let request: async_graphql::Request = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(error) => {
            let message = format!("the body is not a GraphQL request in JSON: {error}");
            let body = json!({ "errors": [{ "message": message }] });
            return (
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, "application/json")],
                body.to_string(),
            )
                .into_response();
        }
    };
    let response = schema.execute(request).await;
    let request_error = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|error| error.path.is_empty());
    let mut body = serde_json::to_value(&response).unwrap_or_else(|error| {
        json!({ "errors": [{ "message": format!("the response did not serialize: {error}") }] })
    });
    if request_error {
        if let Some(fields) = body.as_object_mut() {
            fields.remove("data");
        }
    }
    let wants_graphql_json = headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .any(|value| value.contains(GRAPHQL_RESPONSE_JSON));
    let (status, content_type) = match (wants_graphql_json, request_error) {
        (true, true) => (StatusCode::BAD_REQUEST, GRAPHQL_RESPONSE_JSON),
        (true, false) => (StatusCode::OK, GRAPHQL_RESPONSE_JSON),
        (false, _) => (StatusCode::OK, "application/json"),
    };
    (
        status,
        [(header::CONTENT_TYPE, content_type)],
        body.to_string(),
    )
        .into_response()
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/graphql/http.rs"]
mod tests;
