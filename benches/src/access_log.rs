//! The program profiled in "Profile before optimizing" (Part X): how many
//! distinct users an access log has.
//!
//! A reader guessing where its time goes usually blames the parsing of each
//! line. The profile (`perf record` on `src/bin/profile-me.rs`) says
//! otherwise: almost all of it is `distinct_users_slow`'s linear search of
//! the users seen so far. `distinct_users` is the fix, with a `HashSet`.

use std::collections::HashSet;

/// A log of `lines` lines from `users` users: `user=u123 path=/p/45 status=200`.
pub fn generate(lines: usize, users: usize) -> String {
    let mut log = String::with_capacity(lines * 40);
    for i in 0..lines {
        // A fixed, spread-out order of users, without a random-number crate.
        let user = (i * 7919) % users.max(1);
        let status = if i % 17 == 0 { 404 } else { 200 };
        log.push_str(&format!(
            "user=u{user} path=/p/{} status={status}\n",
            i % 97
        ));
    }
    log
}

/// The user field of one line (`-` when there is none).
fn user_of(line: &str) -> &str {
    line.split_whitespace()
        .find_map(|field| field.strip_prefix("user="))
        .unwrap_or("-")
}

/// Distinct users, remembering them in a `Vec`: every line searches all the
/// users seen so far.
pub fn distinct_users_slow(log: &str) -> usize {
    let mut seen: Vec<&str> = Vec::new();
    for line in log.lines() {
        let user = user_of(line);
        if !seen.contains(&user) {
            seen.push(user);
        }
    }
    seen.len()
}

/// Distinct users, remembering them in a `HashSet`.
pub fn distinct_users(log: &str) -> usize {
    log.lines().map(user_of).collect::<HashSet<_>>().len()
}
