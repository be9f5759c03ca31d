//! A front service answers `GetItem` by asking a downstream service (say, a
//! pricing backend), and it must keep to its caller's deadline.
//!
//! **`caller_budget`** reads the deadline a client sent: tonic's
//! `Request::set_timeout` sends it as the `grpc-timeout` metadata, 1 to 8
//! ASCII digits followed by one unit letter: `H` hours, `M` minutes, `S`
//! seconds, `m` milliseconds, `u` microseconds, `n` nanoseconds (`250m` is
//! 250 ms). No `grpc-timeout` gives `Ok(None)`. Any other value (empty, no
//! digits, more than 8 digits, a sign, a space, an unknown unit such as `s`)
//! gives `INVALID_ARGUMENT`, with a message that quotes the value.
//!
//! **`get_item_within_budget`** handles one call, with `downstream` as the
//! call to the backend:
//!
//! 1. The budget is `caller_budget` of the request's metadata, or
//!    `DEFAULT_BUDGET` when the caller sent none. A malformed `grpc-timeout`
//!    is answered with that `INVALID_ARGUMENT`.
//! 2. `RESERVE` of the budget is kept for the front service's own work. If
//!    the budget is not more than `RESERVE`, answer `DEADLINE_EXCEEDED` at
//!    once, with a message that says how much time was left.
//! 3. Otherwise call `downstream` once, with a new request for the same
//!    `GetItemRequest` whose deadline (`set_timeout`) is the budget minus
//!    `RESERVE`, and wait for it at most that long. If it has not answered
//!    by then, stop waiting and answer `DEADLINE_EXCEEDED`, with a message
//!    that names the downstream budget.
//! 4. Whatever `downstream` answers in time, item or status, is the answer.
//!
//! In every failure case, `downstream` is not called (steps 1 and 2) or not
//! waited for any longer (step 3). Tests run on tokio's paused clock, so
//! only `tokio::time` sees the time pass.

use course_proto::inventory::{GetItemRequest, Item};
use std::future::Future;
use std::time::Duration;
use tonic::metadata::MetadataMap;
use tonic::{Request, Response, Status};

/// The time kept for the front service's own work.
pub const RESERVE: Duration = Duration::from_millis(50);

/// The budget of a call whose client sent no deadline.
pub const DEFAULT_BUDGET: Duration = Duration::from_secs(5);

/// The caller's deadline, from the `grpc-timeout` metadata.
pub fn caller_budget(metadata: &MetadataMap) -> Result<Option<Duration>, Status> {
    todo!("read grpc-timeout from {metadata:?}")
}

/// Answers `request` through `downstream`, within the caller's budget.
pub async fn get_item_within_budget<F, Fut>(
    request: Request<GetItemRequest>,
    downstream: F,
) -> Result<Response<Item>, Status>
where
    F: FnOnce(Request<GetItemRequest>) -> Fut,
    Fut: Future<Output = Result<Response<Item>, Status>>,
{
    let _ = downstream; // course:hide
    todo!("answer {:?} within its budget", request.get_ref())
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/tonic/deadline.rs"]
mod tests;
