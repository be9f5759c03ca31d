use super::*;
use std::sync::Arc;
use std::time::Duration;

fn map(shards: usize) -> ShardedMap<u32> {
    ShardedMap::new(shards).unwrap_or_else(|e| panic!("new({shards}) should work, got {e:?}"))
}

/// A key whose shard is not `shard`, among `key 0`, `key 1`, ...
fn key_outside(map: &ShardedMap<u32>, shard: usize) -> String {
    (0..1_000)
        .map(|i| format!("key {i}"))
        .find(|key| map.shard_index(key) != shard)
        .expect("1000 keys should not all land in one shard of 8")
}

#[test]
fn zero_shards_is_an_error() {
    match ShardedMap::<u32>::new(0) {
        Err(e) => assert_eq!(e, ShardError::NoShards, "new(0)"),
        Ok(_) => panic!("new(0) should be Err(ShardError::NoShards), got a map"),
    }
    assert_eq!(
        map(1).shard_count(),
        1,
        "new(1) is a valid map of one shard"
    );
}

#[test]
fn insert_get_remove_and_len() {
    let map = map(8);
    assert!(map.is_empty(), "a new map is empty");
    assert_eq!(map.insert("a", 1), None, "first insert of \"a\"");
    assert_eq!(map.insert("b", 2), None, "first insert of \"b\"");
    assert_eq!(
        map.insert("a", 3),
        Some(1),
        "insert returns the previous value"
    );
    assert_eq!(map.get("a"), Some(3));
    assert_eq!(map.get("b"), Some(2));
    assert_eq!(map.get("c"), None, "a key never inserted");
    assert_eq!(map.len(), 2, "len counts the entries of all shards");
    assert_eq!(map.remove("a"), Some(3), "remove returns the value");
    assert_eq!(map.remove("a"), None, "a second remove finds nothing");
    assert_eq!(map.len(), 1);
    for i in 0..100 {
        map.insert(&format!("key {i}"), i);
    }
    assert_eq!(
        map.len(),
        101,
        "len after inserting 100 more keys: it counts the entries of every shard"
    );
}

#[test]
fn each_key_is_stored_in_the_shard_its_index_names() {
    let map = map(8);
    assert_eq!(map.shard_count(), 8);
    for i in 0..200 {
        map.insert(&format!("key {i}"), i);
    }
    for i in 0..200 {
        let key = format!("key {i}");
        let index = map.shard_index(&key);
        assert!(index < 8, "shard_index({key:?}) = {index}, not below 8");
        assert_eq!(
            map.shard_index(&key),
            index,
            "shard_index({key:?}) changed between two calls"
        );
        let shard = map.lock_shard(index);
        assert_eq!(
            shard.get(&key),
            Some(&i),
            "{key:?} should be stored in shard {index}, the one shard_index names"
        );
    }
    let total: usize = (0..8).map(|i| map.lock_shard(i).len()).sum();
    assert_eq!(total, 200, "each key is stored once, in one shard");
}

#[test]
fn keys_spread_over_every_shard() {
    let map = map(8);
    let mut per_shard = [0_usize; 8];
    for i in 0..4_000 {
        per_shard[map.shard_index(&format!("key {i}"))] += 1;
    }
    // 500 per shard on average; a fair hash falls below 250 with a
    // probability far too small to matter (more than 11 standard deviations).
    assert!(
        per_shard.iter().all(|&n| n >= 250),
        "4000 keys over 8 shards should give each shard at least 250, got {per_shard:?}: \
         use the hash of the key to pick the shard"
    );
}

#[test]
fn holding_one_shard_does_not_block_another() {
    let map = Arc::new(map(8));
    map.insert("a", 1);
    let held = map.shard_index("a");
    let other = key_outside(&map, held);
    map.insert(&other, 2);
    let _guard = map.lock_shard(held);
    let worker = Arc::clone(&map);
    let key = other.clone();
    // Only a guard against a hang: a correct map answers at once.
    let got = course_deadline::finish_within(Duration::from_secs(2), move || worker.get(&key))
        .unwrap_or_else(|| {
            panic!(
                "get({other:?}) in shard {} did not finish within 2 s while shard {held} was locked: \
                 lock only the shard of the key",
                map.shard_index(&other)
            )
        });
    assert_eq!(got, Some(2));
}
