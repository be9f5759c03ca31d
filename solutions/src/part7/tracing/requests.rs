//! `handle` serves one request: it looks the user up (an `.await`), has a
//! spawned task write an audit record, and logs the result. Its logging has
//! four bugs, all with the span it opens:
//!
//! 1. It enters the span with `span.enter()` and keeps the guard across
//!    `.await`. While `handle` waits, the span stays entered on the thread,
//!    so events of other requests running on the same thread land inside
//!    it. Use `#[tracing::instrument]` (or `.instrument(span)`), which
//!    enters the span only while the future is being polled.
//! 2. The span must be called `handle` and carry `request_id` and `user`,
//!    but never the `token`, a secret, which no span or event may hold
//!    (`skip(token)`).
//! 3. The audit task is spawned without the span, so its event belongs to
//!    no request. Give the task the current span (`.in_current_span()`).
//! 4. A failure is returned but never logged. With `#[instrument(err)]`,
//!    an `Err` is logged as an `ERROR` event with an `error` field, inside
//!    the span.

use tracing::Instrument;

/// Finds the account number of `user`. It waits for the (pretend) database.
#[tracing::instrument]
pub async fn lookup(user: &str) -> Result<u32, String> {
    tracing::debug!("querying the accounts table");
    // The database answers later: other requests run meanwhile.
    tokio::task::yield_now().await;
    match user {
        "ada" => Ok(1),
        "bob" => Ok(2),
        _ => Err(format!("no such user: {user}")),
    }
}

/// Writes an audit record for `user`.
pub async fn audit(user: String) {
    tokio::task::yield_now().await;
    tracing::info!(user, "audited");
}

/// Serves one request; `token` is the caller's secret credential.
#[tracing::instrument(skip(token), err)]
pub async fn handle(request_id: u64, user: &str, token: &str) -> Result<u32, String> {
    if token.is_empty() {
        return Err("missing token".to_string());
    }
    let account = lookup(user).await?;
    tokio::spawn(audit(user.to_string()).in_current_span())
        .await
        .map_err(|error| format!("the audit task failed: {error}"))?;
    tracing::info!(account, "handled");
    Ok(account)
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/tracing/requests.rs"]
mod tests;
