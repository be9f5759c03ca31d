use std::collections::HashMap;

#[test]
fn builds_a_map_from_pairs() {
    let ages: HashMap<&str, u32> = map! { "ada" => 36, "alan" => 41 };
    let expected = HashMap::from([("ada", 36), ("alan", 41)]);
    assert_eq!(ages, expected, "map! {{ \"ada\" => 36, \"alan\" => 41 }}");
}

#[test]
fn empty_map() {
    let empty: HashMap<u8, u8> = map! {};
    assert!(empty.is_empty(), "map! {{}} should be empty, got {empty:?}");
}

#[test]
fn trailing_comma_is_allowed() {
    let m: HashMap<char, bool> = map! {
        'a' => true,
        'b' => false,
    };
    assert_eq!(
        m,
        HashMap::from([('a', true), ('b', false)]),
        "a trailing comma after the last pair"
    );
    let one: HashMap<i32, i32> = map! { 1 => 2, };
    assert_eq!(
        one,
        HashMap::from([(1, 2)]),
        "one pair and a trailing comma"
    );
}

#[test]
fn later_keys_replace_earlier_ones() {
    let m: HashMap<&str, i32> = map! { "k" => 1, "other" => 2, "k" => 3 };
    assert_eq!(m.len(), 2, "two distinct keys in {m:?}");
    assert_eq!(m["k"], 3, "the last value for \"k\" wins");
}

#[test]
fn keys_and_values_can_be_any_expressions() {
    let base = 10;
    let m: HashMap<String, Vec<i32>> = map! {
        format!("k{}", base) => vec![base, base + 1],
        "plain".to_string() => Vec::new(),
    };
    assert_eq!(
        m["k10"],
        vec![10, 11],
        "format!(\"k{{}}\", 10) => vec![10, 11]"
    );
    assert!(m["plain"].is_empty(), "\"plain\" => Vec::new()");
}

#[test]
fn evaluates_each_expression_once_in_order() {
    let mut log = Vec::new();
    let mut note = |x: i32| {
        log.push(x);
        x
    };
    let m: HashMap<i32, i32> = map! { note(1) => note(2), note(3) => note(4) };
    assert_eq!(m, HashMap::from([(1, 2), (3, 4)]));
    assert_eq!(
        log,
        [1, 2, 3, 4],
        "each key and value evaluated once, left to right"
    );
}

#[test]
fn reserves_room_for_every_pair_up_front() {
    let (m, stats) = course_alloc::measure(|| -> HashMap<u32, u32> {
        map! { 0 => 0, 1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8, 9 => 9 }
    });
    assert_eq!(m.len(), 10, "ten pairs");
    assert_eq!(
        stats.allocating_calls(),
        1,
        "building a map of ten pairs should allocate once (HashMap::with_capacity(10)), \
         not grow while inserting: {stats:?}"
    );
}
