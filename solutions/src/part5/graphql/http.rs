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
//! - A body that is not one (not JSON, not an object, no `query` or a
//!   `query` that is not a string, or fields of the wrong type): `400 Bad
//!   Request`, with a JSON body `{"errors": [{"message": "..."}]}`.
//! - A body longer than `BODY_LIMIT` bytes: `413 Payload Too Large`.
//! - Otherwise the GraphQL response, in JSON, in the media type that
//!   `response_media_type` (given, below) picks from the `Accept` header.
//!   Its status follows the GraphQL-over-HTTP specification: with
//!   `application/graphql-response+json`, a **request error** (the query
//!   does not parse or fails validation, a limit above included: there is no
//!   data, and no error has a `path`) is answered `400` and without a `data`
//!   entry, anything else `200`; with `application/json`, the status is
//!   `200`, errors or not.
//!
//! The `400` of a body that is not a request, too, is in the media type
//! `response_media_type` picks.
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

/// The media type to answer in, from the request's `Accept` header (given:
/// you do not need to change it).
///
/// As the GraphQL-over-HTTP draft asks since its 2025 watershed: the new
/// media type when the client accepts it (`*/*` and a missing `Accept`
/// included), `application/json` when the client accepts only that (or
/// ranks it higher), and the new media type, the server's choice, when the
/// client accepts neither. A range with `q=0` means "not this one".
pub fn response_media_type(headers: &HeaderMap) -> &'static str {
    let mut ranges = Vec::new();
    for value in headers.get_all(header::ACCEPT) {
        let Ok(value) = value.to_str() else { continue };
        for range in value.split(',') {
            let mut parts = range.split(';');
            let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            if media.is_empty() {
                continue;
            }
            let quality = parts
                .filter_map(|parameter| {
                    let (name, value) = parameter.split_once('=')?;
                    (name.trim().eq_ignore_ascii_case("q"))
                        .then(|| value.trim().parse::<f32>().ok())?
                })
                .next()
                .unwrap_or(1.0);
            ranges.push((media, quality));
        }
    }
    if ranges.is_empty() {
        return GRAPHQL_RESPONSE_JSON;
    }
    // The quality of the most specific range that matches `media` (an exact
    // type before `application/*` before `*/*`), or 0.
    let quality = |media: &str| {
        [media, "application/*", "*/*"]
            .iter()
            .find_map(|wanted| {
                ranges
                    .iter()
                    .filter(|(range, _)| range == wanted)
                    .map(|&(_, quality)| quality)
                    .reduce(f32::max)
            })
            .unwrap_or(0.0)
    };
    let (new, legacy) = (quality(GRAPHQL_RESPONSE_JSON), quality("application/json"));
    if legacy > 0.0 && legacy > new {
        "application/json"
    } else {
        GRAPHQL_RESPONSE_JSON
    }
}

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
    let media_type = response_media_type(&headers);
    let request = match well_formed_request(&body) {
        Ok(request) => request,
        Err(message) => {
            let body = json!({ "errors": [{ "message": message }] });
            return (
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, media_type)],
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
    let status = if media_type == GRAPHQL_RESPONSE_JSON && request_error {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    (
        status,
        [(header::CONTENT_TYPE, media_type)],
        body.to_string(),
    )
        .into_response()
}

/// The body as a GraphQL request, if it is a well-formed one: a JSON object
/// whose `query` is a string. (`async_graphql::Request` alone would take
/// `{}` as a request with an empty query, and a JSON array of its fields.)
fn well_formed_request(body: &[u8]) -> Result<async_graphql::Request, String> {
    let json: serde_json::Value =
        serde_json::from_slice(body).map_err(|error| format!("the body is not JSON: {error}"))?;
    match json.get("query") {
        Some(serde_json::Value::String(_)) if json.is_object() => {}
        _ => {
            return Err(
                "the body is not a GraphQL request: a JSON object with a string `query`".into(),
            )
        }
    }
    serde_json::from_value(json)
        .map_err(|error| format!("the body is not a GraphQL request in JSON: {error}"))
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part5/graphql/http.rs"]
mod tests;
