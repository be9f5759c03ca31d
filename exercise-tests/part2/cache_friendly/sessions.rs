use super::*;

fn sessions(expiries: &[u64]) -> Vec<Session> {
    expiries
        .iter()
        .enumerate()
        .map(|(i, &expires_at)| Session {
            id: i as u32,
            expires_at,
        })
        .collect()
}

fn ids(sessions: &[Session]) -> Vec<u32> {
    sessions.iter().map(|s| s.id).collect()
}

fn check(expiries: &[u64], now: u64, kept: &[u32]) {
    let mut list = sessions(expiries);
    let removed = drop_expired(&mut list, now);
    assert_eq!(
        ids(&list),
        kept,
        "drop_expired(sessions expiring at {expiries:?}, now = {now}) should keep the ids {kept:?}, in order"
    );
    assert_eq!(
        removed,
        expiries.len() - kept.len(),
        "drop_expired(sessions expiring at {expiries:?}, now = {now}) removed {} sessions and should say so",
        expiries.len() - kept.len()
    );
}

#[test]
fn expired_sessions_are_removed_and_the_rest_keep_their_order() {
    check(&[5, 20, 7, 30], 10, &[1, 3]);
}

#[test]
fn a_session_expiring_exactly_now_is_expired() {
    check(&[10, 11], 10, &[1]);
}

#[test]
fn neighbors_that_both_expired_are_both_removed() {
    check(&[1, 2, 50], 10, &[2]);
    check(&[50, 1, 2, 3, 60, 4, 5], 10, &[0, 4]);
}

#[test]
fn all_or_nothing() {
    check(&[1, 2, 3, 4], 10, &[]);
    check(&[11, 12, 13], 10, &[0, 1, 2]);
    check(&[], 10, &[]);
}

#[test]
fn the_clean_up_works_in_place_without_allocating() {
    let expiries: Vec<u64> = (0..1000).map(|i| (i * 37) % 100).collect();
    let mut list = sessions(&expiries);
    let buffer = list.as_ptr();
    let (removed, stats) = course_alloc::measure(|| drop_expired(&mut list, 49));
    assert_eq!(
        removed, 500,
        "half of the 1000 sessions expire at or before 49"
    );
    assert!(
        list.iter().all(|s| s.expires_at > 49),
        "every session left should expire after 49"
    );
    assert!(
        stats.allocating_calls() == 0,
        "drop_expired should work in place, without allocating: {stats:?}"
    );
    assert_eq!(
        list.as_ptr(),
        buffer,
        "drop_expired should keep the sessions in the vector's own buffer"
    );
}
