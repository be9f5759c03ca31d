//! Protect a gRPC service with bearer tokens, on both sides of the call.
//!
//! **Server side.** `BearerAuth` is an interceptor: it sees every request
//! before the handler and either lets it through or answers with a status.
//! It reads the request's `authorization` metadata, which must be
//! `Bearer TOKEN`:
//!
//! - no `authorization` metadata: `UNAUTHENTICATED`, with a message saying
//!   that it is missing;
//! - a value that is not `Bearer ` followed by a token (another scheme, no
//!   token, bytes that are not visible ASCII): `UNAUTHENTICATED`, with a
//!   message showing the expected form `Bearer <token>`;
//! - a token that is not one of `tokens`: `UNAUTHENTICATED`. The message
//!   must not contain the token: statuses end up in logs, and a token is a
//!   secret;
//! - a known token: the request goes on to the handler, with the token's
//!   `Caller` in its extensions (`request.extensions().get::<Caller>()`), and
//!   without the `authorization` metadata, so no handler can leak it.
//!
//! The scheme is case-insensitive (`bearer` and `BEARER` are `Bearer` too,
//! as RFC 7235 says); the token is compared exactly.
//!
//! **Client side.** `AttachToken` is an interceptor for the client: it adds
//! `authorization: Bearer TOKEN` to every request. A token that cannot be
//! sent as metadata (empty, or with characters that are not visible ASCII,
//! such as a line break) fails the call with `INVALID_ARGUMENT` before
//! anything is sent, again without the token in the message.

use std::collections::HashMap;
use std::sync::Arc;
use tonic::metadata::MetadataValue;
use tonic::service::Interceptor;
use tonic::{Request, Status};

/// Who made a request: what the server knows about a token's owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The caller's name.
    pub name: String,
}

/// The server's interceptor: checks the bearer token of every request.
#[derive(Debug, Clone)]
pub struct BearerAuth {
    tokens: Arc<HashMap<String, Caller>>,
}

impl BearerAuth {
    /// An interceptor that accepts these tokens, each for its caller.
    pub fn new(tokens: impl IntoIterator<Item = (String, Caller)>) -> Self {
        BearerAuth {
            tokens: Arc::new(tokens.into_iter().collect()),
        }
    }
}

impl Interceptor for BearerAuth {
    fn call(&mut self, request: Request<()>) -> Result<Request<()>, Status> {
        let mut request = request;
        let value = request
            .metadata_mut()
            .remove("authorization")
            .ok_or_else(|| Status::unauthenticated("missing `authorization` metadata"))?;
        let malformed = || Status::unauthenticated("`authorization` must be `Bearer <token>`");
        let value = value.to_str().map_err(|_| malformed())?;
        let (scheme, token) = value.split_once(' ').ok_or_else(malformed)?;
        if !scheme.eq_ignore_ascii_case("Bearer") || token.is_empty() {
            return Err(malformed());
        }
        let caller = self
            .tokens
            .get(token)
            .ok_or_else(|| Status::unauthenticated("unknown bearer token"))?;
        request.extensions_mut().insert(caller.clone());
        Ok(request)
    }
}

/// The client's interceptor: sends a bearer token with every request.
#[derive(Debug, Clone)]
pub struct AttachToken {
    token: String,
}

impl AttachToken {
    /// An interceptor that sends `token`.
    pub fn new(token: impl Into<String>) -> Self {
        AttachToken {
            token: token.into(),
        }
    }
}

impl Interceptor for AttachToken {
    fn call(&mut self, request: Request<()>) -> Result<Request<()>, Status> {
        let mut request = request;
        if self.token.is_empty() || !self.token.bytes().all(|byte| byte.is_ascii_graphic()) {
            return Err(Status::invalid_argument(
                "a bearer token must be visible ASCII characters, and not empty",
            ));
        }
        let value: MetadataValue<_> = format!("Bearer {}", self.token)
            .parse()
            .map_err(|_| Status::invalid_argument("the bearer token cannot be sent as metadata"))?;
        request.metadata_mut().insert("authorization", value);
        Ok(request)
    }
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/tonic/auth.rs"]
mod tests;
