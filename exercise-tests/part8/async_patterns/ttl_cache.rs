use super::*;
use std::time::Duration;
use tokio::time::advance;

const TTL: Duration = Duration::from_secs(60);

fn cache() -> TtlCache<u32> {
    TtlCache::new(TTL).expect("a time to live of 60 s is valid")
}

#[test]
fn a_zero_time_to_live_is_an_error() {
    match TtlCache::<u32>::new(Duration::ZERO) {
        Err(e) => assert_eq!(e, TtlError::ZeroTtl, "new(Duration::ZERO)"),
        Ok(_) => panic!("new(Duration::ZERO) should be Err(TtlError::ZeroTtl), got a cache"),
    }
    assert!(
        TtlCache::<u32>::new(Duration::from_nanos(1)).is_ok(),
        "new(1 ns) is a valid, if short, time to live"
    );
}

#[tokio::test(start_paused = true)]
async fn a_value_is_fresh_until_just_before_its_ttl() {
    let cache = cache();
    cache.insert("a", 1);
    assert_eq!(cache.get("a"), Some(1), "get right after insert");
    advance(TTL - Duration::from_millis(1)).await;
    assert_eq!(
        cache.get("a"),
        Some(1),
        "get 59.999 s after insert, with a ttl of 60 s: still fresh \
         (read the time with tokio::time::Instant, which the test's paused clock moves)"
    );
    assert_eq!(cache.get("missing"), None, "a key never stored");
}

#[tokio::test(start_paused = true)]
async fn a_value_expires_exactly_at_its_ttl() {
    let cache = cache();
    cache.insert("a", 1);
    advance(TTL).await;
    assert_eq!(
        cache.get("a"),
        None,
        "get exactly 60 s after insert, with a ttl of 60 s: expired \
         (read the time with tokio::time::Instant, which the test's paused clock moves)"
    );
    assert_eq!(cache.len(), 0, "get of an expired key removes it");
}

#[tokio::test(start_paused = true)]
async fn inserting_again_restarts_the_ttl() {
    let cache = cache();
    cache.insert("a", 1);
    advance(Duration::from_secs(40)).await;
    cache.insert("a", 2);
    advance(Duration::from_secs(40)).await;
    assert_eq!(
        cache.get("a"),
        Some(2),
        "inserted at 0 s and again at 40 s: at 80 s the second value is fresh"
    );
    advance(Duration::from_secs(20)).await;
    assert_eq!(
        cache.get("a"),
        None,
        "inserted again at 40 s with a ttl of 60 s: expired at 100 s"
    );
}

#[tokio::test(start_paused = true)]
async fn each_entry_has_its_own_ttl() {
    let cache = cache();
    cache.insert("early", 1);
    advance(Duration::from_secs(30)).await;
    cache.insert("late", 2);
    advance(Duration::from_secs(30)).await;
    assert_eq!(
        cache.get("early"),
        None,
        "\"early\" inserted at 0 s, now 60 s"
    );
    assert_eq!(
        cache.get("late"),
        Some(2),
        "\"late\" inserted at 30 s, now 60 s"
    );
}

#[tokio::test(start_paused = true)]
async fn purge_removes_only_expired_entries() {
    let cache = cache();
    assert!(cache.is_empty(), "a new cache is empty");
    cache.insert("a", 1);
    cache.insert("b", 2);
    advance(Duration::from_secs(30)).await;
    cache.insert("c", 3);
    assert_eq!(cache.purge_expired(), 0, "nothing has expired at 30 s");
    assert_eq!(cache.len(), 3);
    advance(Duration::from_secs(30)).await;
    assert_eq!(
        cache.len(),
        3,
        "len counts expired entries that nobody has removed yet"
    );
    assert_eq!(
        cache.purge_expired(),
        2,
        "at 60 s, \"a\" and \"b\" (inserted at 0 s) have expired, \"c\" has not"
    );
    assert_eq!(cache.len(), 1, "purge_expired removed them");
    assert_eq!(cache.get("c"), Some(3), "purge_expired keeps fresh entries");
    assert_eq!(cache.purge_expired(), 0, "a second purge finds nothing");
}
