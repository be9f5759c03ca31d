use super::*;

/// Runs `f` and returns its result with the number of heap allocations
/// (new blocks and resizes) it made. A clone of a `Vec` or a `String`
/// allocates, so "without cloning" shows up here.
fn allocations<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let (result, stats) = course_alloc::measure(f);
    (result, stats.allocating_calls())
}

#[test]
fn repeat_first_appends_and_returns_the_first_value() {
    let mut values = vec![7, 1, 2];
    assert_eq!(
        repeat_first(&mut values),
        Some(7),
        "repeat_first(&mut vec![7, 1, 2]) should return Some(7)"
    );
    assert_eq!(
        values,
        [7, 1, 2, 7],
        "repeat_first(&mut vec![7, 1, 2]) should push the first value, leaving [7, 1, 2, 7]"
    );
}

#[test]
fn repeat_first_on_empty_changes_nothing() {
    let mut values: Vec<i32> = Vec::new();
    assert_eq!(
        repeat_first(&mut values),
        None,
        "repeat_first(&mut vec![]) should return None"
    );
    assert!(
        values.is_empty(),
        "repeat_first pushed into an empty vector: {values:?}"
    );
}

#[test]
fn repeat_first_does_not_clone() {
    // Room for the pushed value, so a correct `push` does not allocate.
    let mut values = Vec::with_capacity(8);
    values.extend([3, 4, 5]);
    let (got, allocated) = allocations(|| repeat_first(&mut values));
    assert_eq!(
        got,
        Some(3),
        "repeat_first(&mut vec![3, 4, 5]) should return Some(3)"
    );
    assert_eq!(
        allocated, 0,
        "repeat_first on a vector with spare capacity should allocate nothing, but it \
         allocated {allocated} time(s): copy the `i32` out instead of cloning the vector"
    );
}

#[test]
fn summary_joins_and_counts() {
    let names = vec![
        "Ferris".to_string(),
        "Corro".to_string(),
        "Bors".to_string(),
    ];
    assert_eq!(
        summary(names),
        ("Ferris, Corro, Bors".to_string(), 3),
        "summary([\"Ferris\", \"Corro\", \"Bors\"]) should be (\"Ferris, Corro, Bors\", 3)"
    );
}

#[test]
fn summary_of_nobody() {
    assert_eq!(
        summary(Vec::new()),
        (String::new(), 0),
        "summary([]) should be (\"\", 0)"
    );
}

#[test]
fn summary_does_not_clone_the_names() {
    let names = vec![
        "Ada".to_string(),
        "Grace".to_string(),
        "Barbara".to_string(),
        "Frances".to_string(),
    ];
    let (got, allocated) = allocations(move || summary(names));
    assert_eq!(
        got,
        ("Ada, Grace, Barbara, Frances".to_string(), 4),
        "summary([\"Ada\", \"Grace\", \"Barbara\", \"Frances\"]) should be (\"Ada, Grace, Barbara, Frances\", 4)"
    );
    assert_eq!(
        allocated, 1,
        "summary of four names should allocate once, for the joined string, but it \
         allocated {allocated} time(s): count the names without cloning them (take the \
         length first, or let `join` borrow the names)"
    );
}

#[test]
fn swap_ends_swaps_first_and_last() {
    let mut values = [1, 2, 3, 4];
    swap_ends(&mut values);
    assert_eq!(
        values,
        [4, 2, 3, 1],
        "swap_ends([1, 2, 3, 4]) should give [4, 2, 3, 1]"
    );

    let mut pair = [5, 6];
    swap_ends(&mut pair);
    assert_eq!(pair, [6, 5], "swap_ends([5, 6]) should give [6, 5]");
}

#[test]
fn swap_ends_leaves_short_slices_alone() {
    let mut one = [9];
    swap_ends(&mut one);
    assert_eq!(one, [9], "swap_ends([9]) should leave [9]");

    let mut none: [i32; 0] = [];
    swap_ends(&mut none);
    assert_eq!(none, [], "swap_ends([]) should leave []");
}

#[test]
fn swap_ends_does_not_clone() {
    let mut values = vec![1, 2, 3, 4, 5];
    let ((), allocated) = allocations(|| swap_ends(&mut values));
    assert_eq!(
        values,
        [5, 2, 3, 4, 1],
        "swap_ends([1, 2, 3, 4, 5]) should give [5, 2, 3, 4, 1]"
    );
    assert_eq!(
        allocated, 0,
        "swap_ends should allocate nothing, but it allocated {allocated} time(s): \
         swap in place instead of copying the slice"
    );
}
