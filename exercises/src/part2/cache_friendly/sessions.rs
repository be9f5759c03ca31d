//! `drop_expired` removes every session whose `expires_at` is at or before
//! `now`, keeps the others in their order, and returns how many it removed.
//! Users report that some expired sessions survive the clean-up: when two
//! expired sessions are next to each other, the second one stays.
//!
//! Fix it, in place and without allocating. While you are at it, note what
//! the loop costs: every `Vec::remove` shifts all the later sessions down by
//! one, so removing many sessions from a long vector moves memory again and
//! again. The standard library has a method that does the whole clean-up in
//! one pass; the chapter names it.

/// A login session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// The session's id.
    pub id: u32,
    /// The time at which the session expires.
    pub expires_at: u64,
}

/// Removes the sessions that have expired at `now`; returns how many.
pub fn drop_expired(sessions: &mut Vec<Session>, now: u64) -> usize {
    let mut removed = 0;
    let mut i = 0;
    while i < sessions.len() {
        if sessions[i].expires_at <= now {
            sessions.remove(i);
            removed += 1;
        }
        i += 1;
    }
    removed
}

#[cfg(test)]
#[path = "../../../../exercise-tests/part2/cache_friendly/sessions.rs"]
mod tests;
