use super::*;

#[test]
fn repeat_first_appends_and_returns_the_first_value() {
    let mut values = vec![7, 1, 2];
    assert_eq!(repeat_first(&mut values), Some(7));
    assert_eq!(
        values,
        [7, 1, 2, 7],
        "repeat_first must push the first value"
    );
}

#[test]
fn repeat_first_on_empty_changes_nothing() {
    let mut values: Vec<i32> = Vec::new();
    assert_eq!(repeat_first(&mut values), None);
    assert!(
        values.is_empty(),
        "repeat_first pushed into an empty vector: {values:?}"
    );
}

#[test]
fn summary_joins_and_counts() {
    let names = vec![
        "Ferris".to_string(),
        "Corro".to_string(),
        "Bors".to_string(),
    ];
    assert_eq!(summary(names), ("Ferris, Corro, Bors".to_string(), 3));
}

#[test]
fn summary_of_nobody() {
    assert_eq!(summary(Vec::new()), (String::new(), 0));
}

#[test]
fn swap_ends_swaps_first_and_last() {
    let mut values = [1, 2, 3, 4];
    swap_ends(&mut values);
    assert_eq!(values, [4, 2, 3, 1]);

    let mut pair = [5, 6];
    swap_ends(&mut pair);
    assert_eq!(pair, [6, 5]);
}

#[test]
fn swap_ends_leaves_short_slices_alone() {
    let mut one = [9];
    swap_ends(&mut one);
    assert_eq!(one, [9]);

    let mut none: [i32; 0] = [];
    swap_ends(&mut none);
    assert_eq!(none, []);
}
