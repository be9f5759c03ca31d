//! `checkout` logs what it does, but as sentences: the user and the amount
//! are pasted into the message, so a log search for "every charge of user
//! ada" must parse text. Rewrite its events with fields:
//!
//! - a charge that goes through: an `INFO` event with the fields `user` and
//!   `cents` and the message `charged`;
//! - a refused charge (`cents` over `limit`): a `WARN` event with the fields
//!   `user`, `cents` and `limit` and the message `charge refused`;
//! - a charge of 0 cents: a `DEBUG` event with the field `user` and the
//!   message `nothing to charge`.
//!
//! Every event's target stays the default, this module's path.

/// Charges `cents` to `user` if it is at most `limit`; true if it did.
pub fn checkout(user: &str, cents: u64, limit: u64) -> bool {
    if cents == 0 {
        tracing::debug!(user, "nothing to charge");
        return true;
    }
    if cents > limit {
        tracing::warn!(user, cents, limit, "charge refused");
        return false;
    }
    tracing::info!(user, cents, "charged");
    true
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part7/tracing/checkout.rs"]
mod tests;
