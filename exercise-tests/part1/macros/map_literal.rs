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
    assert_eq!(
        m,
        HashMap::from([(1, 2), (3, 4)]),
        "map! {{ note(1) => note(2), note(3) => note(4) }}"
    );
    assert_eq!(
        log,
        [1, 2, 3, 4],
        "each key and value evaluated once, left to right"
    );
}

/// What `HashMap::<u32, u32>::with_capacity(n)` asks of the heap.
fn with_capacity_stats(n: usize) -> course_alloc::AllocStats {
    course_alloc::measure(|| HashMap::<u32, u32>::with_capacity(n)).1
}

/// Checks that building `map` (of `pairs` pairs) asked the heap for exactly
/// what `with_capacity(pairs)` asks: one block of the same size.
fn check_allocation(pairs: usize, map: HashMap<u32, u32>, stats: course_alloc::AllocStats) {
    assert_eq!(map.len(), pairs, "a map! of {pairs} distinct keys");
    let expected = with_capacity_stats(pairs);
    assert_eq!(
        (stats.allocating_calls(), stats.bytes_requested),
        (expected.allocating_calls(), expected.bytes_requested),
        "a map! of {pairs} pair(s) should make one allocation of the size that \
         HashMap::with_capacity({pairs}) asks for ({expected:?}), and never grow; \
         it did {stats:?}"
    );
}

#[test]
fn reserves_room_for_every_pair_up_front() {
    let (m, stats) = course_alloc::measure(|| -> HashMap<u32, u32> {
        map! { 0 => 0, 1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7, 8 => 8, 9 => 9 }
    });
    check_allocation(10, m, stats);
}

// Around the table's size steps, a count that is one too low makes the table
// grow, and one too high asks for a bigger table than `with_capacity(n)`.
#[test]
fn reserves_exactly_the_number_of_pairs() {
    let (m, stats) = course_alloc::measure(|| -> HashMap<u32, u32> {
        map! { 1 => 1 }
    });
    check_allocation(1, m, stats);
    let (m, stats) = course_alloc::measure(|| -> HashMap<u32, u32> {
        map! { 1 => 1, 2 => 2, 3 => 3, 4 => 4 }
    });
    check_allocation(4, m, stats);
    let (m, stats) = course_alloc::measure(|| -> HashMap<u32, u32> {
        map! { 1 => 1, 2 => 2, 3 => 3, 4 => 4, 5 => 5, 6 => 6, 7 => 7 }
    });
    check_allocation(7, m, stats);
}

#[test]
fn an_empty_map_allocates_nothing() {
    let (m, stats) = course_alloc::measure(|| -> HashMap<u32, u32> {
        map! {}
    });
    assert!(m.is_empty(), "map! {{}} should be empty, got {m:?}");
    assert!(
        stats.is_zero(),
        "map! {{}} should not touch the heap, as HashMap::with_capacity(0) does not: {stats:?}"
    );
}
