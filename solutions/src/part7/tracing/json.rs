//! A service writes its logs as JSON Lines for a log collector, and lets
//! the operator choose what to keep with a filter such as
//! `warn,shop::db=debug` (the syntax of `RUST_LOG`).
//!
//! Write `json_subscriber`: a subscriber that keeps the events `spec`
//! allows (`EnvFilter`) and writes each as one JSON object per line to
//! `writer`, with the event's fields at the top level next to `level` and
//! `target` (`{"level":"DEBUG","target":"shop::db","message":"query
//! done","rows":3}`): no timestamp, and no `span` or `spans` keys.
//!
//! A malformed filter (`shop=loud`) is a `FilterError`, whose message names
//! the filter, gives the parser's reason, and shows what a good one looks
//! like.

use tracing::Subscriber;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::EnvFilter;

/// A filter that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// The filter's text is not valid.
    #[error("invalid log filter {spec:?}: {reason}; use directives such as \"info\" or \"shop=debug,shop::db=warn\"")]
    Invalid {
        /// The filter as given.
        spec: String,
        /// Why it was refused.
        reason: String,
    },
}

/// A subscriber that writes the events `spec` allows to `writer`, as JSON Lines.
pub fn json_subscriber<W>(
    spec: &str,
    writer: W,
) -> Result<Box<dyn Subscriber + Send + Sync>, FilterError>
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let filter = EnvFilter::try_new(spec).map_err(|error| FilterError::Invalid {
        spec: spec.to_string(),
        reason: error.to_string(),
    })?;
    let subscriber = tracing_subscriber::fmt()
        .json()
        .flatten_event(true)
        .with_current_span(false)
        .with_span_list(false)
        .without_time()
        .with_writer(writer)
        .with_env_filter(filter)
        .finish();
    Ok(Box::new(subscriber))
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/tracing/json.rs"]
mod tests;
