use super::*;

/// Keys in a scrambled but fixed order, with repeats.
fn scrambled(n: i64) -> Vec<i64> {
    (0..n).map(|i| (i * 37) % 101 - 50).collect()
}

/// Inserts `keys` into both trees, checking that `insert` answers alike.
fn build(keys: &[i64]) -> (BoxTree, ArenaTree) {
    let mut boxed = BoxTree::new();
    let mut arena = ArenaTree::new();
    for &key in keys {
        let expected = boxed.insert(key);
        let got = arena.insert(key);
        assert_eq!(
            got, expected,
            "insert({key}) should return {expected} (true for a new key, false for a repeat)"
        );
    }
    (boxed, arena)
}

/// Compares everything the two trees can be asked.
fn check_same(keys: &[i64]) {
    let (boxed, arena) = build(keys);
    assert_eq!(
        arena.len(),
        boxed.len(),
        "after inserting {keys:?}, len() should be {}",
        boxed.len()
    );
    assert_eq!(
        arena.is_empty(),
        boxed.is_empty(),
        "after inserting {keys:?}, is_empty() should be {}",
        boxed.is_empty()
    );
    let expected = boxed.in_order();
    assert_eq!(
        arena.in_order(),
        expected,
        "after inserting {keys:?}, in_order() should be {expected:?}"
    );
    assert_eq!(
        arena.height(),
        boxed.height(),
        "after inserting {keys:?}, height() should be {} (smaller keys go left, larger right)",
        boxed.height()
    );
}

#[test]
fn an_empty_tree() {
    let tree = ArenaTree::new();
    assert_eq!(tree.len(), 0, "a new tree should have len() 0");
    assert!(tree.is_empty(), "a new tree should be empty");
    assert_eq!(tree.height(), 0, "an empty tree should have height 0");
    assert_eq!(
        tree.in_order(),
        Vec::<i64>::new(),
        "an empty tree has no keys"
    );
    assert!(!tree.contains(0), "an empty tree should not contain 0");
}

#[test]
fn insert_reports_new_and_repeated_keys() {
    let mut tree = ArenaTree::new();
    assert!(
        tree.insert(5),
        "insert(5) into an empty tree should return true"
    );
    assert!(!tree.insert(5), "a second insert(5) should return false");
    assert_eq!(tree.len(), 1, "a repeated key should not be stored twice");
    assert!(tree.insert(3), "insert(3) should return true");
    assert!(tree.insert(8), "insert(8) should return true");
    assert_eq!(tree.in_order(), [3, 5, 8], "in_order() should be [3, 5, 8]");
    assert_eq!(tree.height(), 2, "5 with children 3 and 8 has height 2");
}

#[test]
fn behaves_like_the_box_tree() {
    check_same(&[42]);
    check_same(&[2, 1, 3]);
    check_same(&[10, 5, 15, 3, 7, 12, 20, 7, 10]);
    check_same(&scrambled(200));
}

#[test]
fn sorted_input_grows_a_tall_tree() {
    let ascending: Vec<i64> = (0..300).collect();
    let descending: Vec<i64> = (0..300).rev().collect();
    check_same(&ascending);
    check_same(&descending);
}

#[test]
fn contains_finds_exactly_the_inserted_keys() {
    let keys = scrambled(60);
    let (boxed, arena) = build(&keys);
    for key in -60..60 {
        let expected = boxed.contains(key);
        assert_eq!(
            arena.contains(key),
            expected,
            "after inserting {keys:?}, contains({key}) should be {expected}"
        );
    }
}

#[test]
fn extreme_keys() {
    check_same(&[0, i64::MIN, i64::MAX, -1, 1, i64::MAX, i64::MIN]);
    let (_, arena) = build(&[i64::MAX, i64::MIN]);
    assert!(
        arena.contains(i64::MIN),
        "contains(i64::MIN) should be true"
    );
    assert!(
        arena.contains(i64::MAX),
        "contains(i64::MAX) should be true"
    );
    assert!(!arena.contains(0), "contains(0) should be false");
}

#[test]
fn inserting_many_keys_allocates_only_when_the_vec_grows() {
    let keys = scrambled(1000);
    let (tree, stats) = course_alloc::measure(|| {
        let mut tree = ArenaTree::new();
        for &key in &keys {
            tree.insert(key);
        }
        tree
    });
    assert_eq!(
        tree.len(),
        101,
        "the 1000 scrambled keys hold 101 distinct values"
    );

    let many: Vec<i64> = (0..1000).map(|i| (i * 7919) % 1000).collect();
    let (tree, stats_many) = course_alloc::measure(|| {
        let mut tree = ArenaTree::new();
        for &key in &many {
            tree.insert(key);
        }
        tree
    });
    assert_eq!(
        tree.len(),
        1000,
        "1000 distinct keys should give len() 1000"
    );
    for stats in [stats, stats_many] {
        assert!(
            stats.allocating_calls() <= 16,
            "inserting up to 1000 keys should only allocate when the one Vec of nodes grows \
             (about log2(1000) = 10 times), not once per node: {stats:?}"
        );
    }
}

#[test]
fn lookups_do_not_allocate() {
    let (_, tree) = build(&scrambled(500));
    let (answers, stats) = course_alloc::measure(|| {
        (
            tree.contains(7),
            tree.contains(1000),
            tree.len(),
            tree.is_empty(),
            tree.height(),
        )
    });
    assert!(
        answers.0 && !answers.1,
        "contains(7) should be true and contains(1000) false"
    );
    assert!(
        stats.is_zero(),
        "contains, len, is_empty and height should not touch the heap: {stats:?}"
    );
}
